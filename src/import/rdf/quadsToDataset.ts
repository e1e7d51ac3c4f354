// Our RDF (Turtle or JSON-LD, as src/export/rdf writes it) back into a dataset: the records are found by
// their types and identifiers (not their IRIs, so a dataset moved to another base still reads), evidence
// by the annotations whose body they are, order by sg:order.
import type { Quad } from 'n3';
import type { Issue } from '../../graph/index.ts';
import { kindOfClass, NS, relationOfProperty, SG } from '../../schema/rdfVocabulary.ts';
import { TripleIndex, termKey } from './tripleIndex.ts';

type Raw = Record<string, unknown>;

const P = {
  type: `${NS.rdf}type`,
  id: `${NS.dcterms}identifier`,
  title: `${NS.dcterms}title`,
  description: `${NS.dcterms}description`,
  label: `${NS.rdfs}label`,
  altLabel: `${NS.skos}altLabel`,
  note: `${NS.skos}note`,
  url: `${NS.schema}url`,
  value: `${NS.rdf}value`,
  hasBody: `${NS.oa}hasBody`,
  hasTarget: `${NS.oa}hasTarget`,
  hasSource: `${NS.oa}hasSource`,
  hasSelector: `${NS.oa}hasSelector`,
  exact: `${NS.oa}exact`,
};
const sg = (local: string): string => `${SG}${local}`;

/** Sets `key` on `out` when the value is defined (our records omit absent fields). */
function put(out: Raw, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

class DatasetReader {
  readonly issues: Issue[] = [];
  constructor(
    private readonly ix: TripleIndex,
    private readonly name: string,
  ) {}

  problem(path: (string | number)[], message: string): void {
    this.issues.push({ severity: 'error', code: 'rdf-shape', path, message: `${this.name}: ${message}` });
  }

  /** The dcterms:identifier of the resource a property points to. */
  idOf(s: string, p: string): string | undefined {
    const o = this.ix.one(s, p);
    return o === undefined ? undefined : this.ix.text(termKey(o), P.id);
  }

  private sortByOrder(subjects: string[]): string[] {
    const order = (s: string): number => this.ix.number(s, sg('order')) ?? Number.MAX_SAFE_INTEGER;
    return subjects.sort((a, b) => order(a) - order(b));
  }

  evidence(body: string): Raw[] | undefined {
    const anns = this.sortByOrder(this.ix.subjectsOf(P.hasBody, body));
    if (anns.length === 0) return undefined;
    return anns.map((a) => {
      const e: Raw = {};
      const target = this.ix.one(a, P.hasTarget);
      const t = target === undefined ? '' : termKey(target);
      put(e, 'source', this.idOf(t, P.hasSource));
      const quoteSel = this.ix
        .all(t, P.hasSelector)
        .map(termKey)
        .find((sel) => this.ix.types(sel).includes(`${NS.oa}TextQuoteSelector`));
      if (quoteSel !== undefined)
        put(e, 'quote', this.ix.text(quoteSel, sg('quote')) ?? this.ix.text(quoteSel, P.exact));
      put(e, 'url', this.ix.text(t, P.url));
      put(e, 'note', this.ix.text(a, P.note));
      put(e, 'basis', this.ix.local(a, sg('basis'), SG));
      put(e, 'stance', this.ix.local(a, sg('stance'), SG));
      return e;
    });
  }

  claim(holder: string): Raw | undefined {
    const c = this.ix.one(holder, sg('claim'));
    if (c === undefined) return undefined;
    const k = termKey(c);
    const out: Raw = {};
    put(out, 'by', this.idOf(k, sg('claimedBy')));
    put(out, 'status', this.ix.local(k, sg('status'), SG));
    put(out, 'note', this.ix.text(k, P.note));
    put(out, 'evidence', this.evidence(k) ?? []);
    return out;
  }

  dates(s: string, out: Raw): void {
    put(out, 'start', this.ix.text(s, sg('start')));
    put(out, 'end', this.ix.text(s, sg('end')));
    put(out, 'on', this.ix.text(s, sg('on')));
  }

  attributes(s: string): Raw | undefined {
    const list = this.ix.all(s, sg('attribute')).map(termKey);
    if (list.length === 0) return undefined;
    const out: Raw = {};
    for (const a of list) {
      const key = this.ix.text(a, sg('key'));
      if (key !== undefined) out[key] = this.ix.value(a, P.value);
    }
    return out;
  }

  figure(f: string): Raw {
    const out: Raw = {};
    put(out, 'measure', this.ix.text(f, sg('measure')));
    put(out, 'label', this.ix.text(f, P.label));
    put(out, 'value', this.ix.number(f, P.value));
    put(out, 'qualifier', this.ix.text(f, sg('qualifier')));
    put(out, 'unit', this.ix.text(f, sg('unit')));
    this.dates(f, out);
    put(out, 'evidence', this.evidence(f) ?? []);
    put(out, 'claim', this.claim(f));
    return out;
  }

  node(s: string): Raw {
    const out: Raw = {};
    put(out, 'id', this.ix.text(s, P.id));
    put(out, 'label', this.ix.text(s, P.label));
    const kinds = this.ix.types(s).flatMap((t) => kindOfClass(t) ?? []);
    if (kinds.length !== 1)
      this.problem(
        ['nodes', s],
        `node <${s}> needs exactly one node kind class (sg:Person, sg:Charity...), found ${kinds.length}`,
      );
    put(out, 'type', kinds[0]);
    const listHead = this.ix.one(s, sg('aliases'));
    const alt = this.ix.all(s, P.altLabel).map((o) => o.value);
    // The ordered list when present; else the labels as found, sorted for a stable result.
    const aliases = listHead !== undefined ? this.ix.list(listHead).map((o) => o.value) : alt.sort();
    if (listHead !== undefined || alt.length > 0) out.aliases = aliases;
    put(out, 'description', this.ix.text(s, P.description));
    put(out, 'url', this.ix.text(s, P.url));
    put(out, 'start', this.ix.text(s, sg('start')));
    put(out, 'end', this.ix.text(s, sg('end')));
    const figures = this.sortByOrder(this.ix.all(s, sg('figure')).map(termKey));
    if (figures.length > 0) out.figures = figures.map((f) => this.figure(f));
    put(out, 'attributes', this.attributes(s));
    put(out, 'evidence', this.evidence(s));
    put(out, 'claim', this.claim(s));
    const x = this.ix.number(s, sg('x'));
    const y = this.ix.number(s, sg('y'));
    if (x !== undefined && y !== undefined) out.position = { x, y };
    return out;
  }

  edge(s: string): Raw {
    const out: Raw = {};
    put(out, 'id', this.ix.text(s, P.id));
    put(out, 'source', this.idOf(s, `${NS.rdf}subject`));
    put(out, 'target', this.idOf(s, `${NS.rdf}object`));
    const predicate = this.ix.text(s, `${NS.rdf}predicate`);
    const kind = predicate === undefined ? undefined : relationOfProperty(predicate);
    if (kind === undefined)
      this.problem(
        ['edges', s],
        `relation <${s}> has no rdf:predicate among our relation kinds (got ${predicate ?? 'none'})`,
      );
    put(out, 'type', kind);
    put(out, 'detail', this.ix.text(s, sg('detail')));
    this.dates(s, out);
    put(out, 'weight', this.ix.number(s, sg('weight')));
    put(out, 'attributes', this.attributes(s));
    put(out, 'evidence', this.evidence(s));
    put(out, 'claim', this.claim(s));
    return out;
  }

  source(s: string, kind: 'document' | 'reference'): Raw {
    const out: Raw = {};
    put(out, 'id', this.ix.text(s, P.id));
    out.kind = kind;
    put(out, 'title', this.ix.text(s, P.title));
    put(out, 'publisher', this.ix.text(s, `${NS.dcterms}publisher`));
    put(out, 'author', this.ix.text(s, `${NS.dcterms}creator`));
    put(out, 'date', this.ix.text(s, `${NS.dcterms}date`));
    put(out, 'url', this.ix.text(s, P.url));
    put(out, 'file', this.ix.text(s, sg('file')));
    put(out, 'text', this.ix.text(s, sg('text')));
    put(out, 'note', this.ix.text(s, P.note));
    return out;
  }
}

const byId = (a: Raw, b: Raw): number => {
  const x = String(a.id);
  const y = String(b.id);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The raw dataset (to be validated by load()) from our triples, or why it cannot be read. */
export function quadsToDataset(quads: readonly Quad[], name: string): { raw?: Raw; issues: Issue[] } {
  const ix = new TripleIndex(quads, [P.hasBody]);
  const reader = new DatasetReader(ix, name);
  const datasets = ix.ofType(sg('Dataset'));
  if (datasets.length !== 1) {
    reader.problem([], `expected one sg:Dataset resource (our RDF export), found ${datasets.length}`);
    return { issues: reader.issues };
  }
  const d = datasets[0]!;
  const raw: Raw = { schemaVersion: ix.number(d, sg('schemaVersion')) };
  put(raw, 'id', ix.text(d, P.id));
  put(raw, 'title', ix.text(d, P.title));
  put(raw, 'description', ix.text(d, P.description));
  const sources = [
    ...ix.ofType(sg('Document')).map((s) => reader.source(s, 'document')),
    ...ix.ofType(sg('Reference')).map((s) => reader.source(s, 'reference')),
  ];
  raw.sources = sources.sort(byId);
  raw.nodes = ix
    .ofType(sg('Node'))
    .map((s) => reader.node(s))
    .sort(byId);
  raw.edges = ix
    .ofType(sg('Relation'))
    .map((s) => reader.edge(s))
    .sort(byId);
  return { raw, issues: reader.issues };
}
