// The analysis' figures as Table columns: one per metric and the community, numbers that sort as numbers,
// present once the worker has computed them (the Table offers to start it).
import { METRIC_IDS, METRICS, type MetricId } from '../../query/index.ts';
import type { AnalysisController, AnalysisStatus } from './analysisController.ts';

export interface FigureColumn {
  readonly title: string;
  /** What the header's tooltip says: the plain meaning. */
  readonly description: string;
  /** The node's figure, undefined when the analysis did not measure it. */
  value(id: string): number | undefined;
}

/** What the Table needs from the analysis (panels/table.ts knows nothing else of it). */
export interface TableFigures {
  /** The columns, none until the figures are computed for the current filters. */
  columns(): readonly FigureColumn[];
  /** A short line on the figures' state when there are no columns ("Computing… 40%"), or "". */
  note(): string;
  /** Starts the analysis (if not done or running for these filters). */
  request(): void;
  /** Calls back when the columns or the note change. */
  onChange(listener: () => void): void;
}

/** Three significant digits; whole numbers as they are. */
export function formatFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(3);
}

/** Column headings: the metrics' usual names (PageRank's own spelling, not a capitalised id). */
const HEADINGS: Readonly<Record<MetricId, string>> = {
  degree: 'Degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  pagerank: 'PageRank',
  eigenvector: 'Eigenvector',
};

function columnsOf(status: AnalysisStatus): FigureColumn[] {
  if (status.kind !== 'done') return [];
  const { result, index } = status;
  const column = (title: string, description: string, values: ArrayLike<number>): FigureColumn => ({
    title,
    description,
    value: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : values[i];
    },
  });
  return [
    ...METRIC_IDS.map((m) =>
      column(HEADINGS[m], `${METRICS[m].title}: ${METRICS[m].plain}`, result.values[m]),
    ),
    column('Community', 'Louvain community (0 is the largest)', result.community),
  ];
}

export function createTableFigures(controller: AnalysisController): TableFigures {
  return {
    columns: () => columnsOf(controller.status()),
    note() {
      const s = controller.status();
      if (s.kind === 'running')
        return s.progress
          ? `Computing the figures… ${Math.round((100 * s.progress.done) / s.progress.total)}%`
          : 'Computing the figures…';
      if (s.kind === 'error') return `The analysis failed: ${s.message}`;
      return '';
    },
    request: () => controller.ensure(),
    onChange(listener) {
      controller.onStatus(listener);
    },
  };
}
