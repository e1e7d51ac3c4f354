import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/io.ts';
import { formatIssue } from '../../src/graph/index.ts';
import { BUNDLED_DIR } from '../helpers.ts';

const SEED_ARTICLE_SHA256 = 'f82db1bd4b214fe2e4b777eea20dbfeddff7bf34b76f6596992174ed0673e56b';

const result = await readDataset(BUNDLED_DIR);
const graph = result.graph!;

// The 43 territorial forces of England and Wales, as listed in the project's research notes.
const FORCES = [
  'Avon and Somerset Police',
  'Bedfordshire Police',
  'Cambridgeshire Constabulary',
  'Cheshire Constabulary',
  'City of London Police',
  'Cleveland Police',
  'Cumbria Constabulary',
  'Derbyshire Constabulary',
  'Devon and Cornwall Police',
  'Dorset Police',
  'Durham Constabulary',
  'Essex Police',
  'Gloucestershire Constabulary',
  'Greater Manchester Police',
  'Hampshire and Isle of Wight Constabulary',
  'Hertfordshire Constabulary',
  'Humberside Police',
  'Kent Police',
  'Lancashire Constabulary',
  'Leicestershire Police',
  'Lincolnshire Police',
  'Merseyside Police',
  'Metropolitan Police Service',
  'Norfolk Constabulary',
  'North Yorkshire Police',
  'Northamptonshire Police',
  'Northumbria Police',
  'Nottinghamshire Police',
  'South Yorkshire Police',
  'Staffordshire Police',
  'Suffolk Constabulary',
  'Surrey Police',
  'Sussex Police',
  'Thames Valley Police',
  'Warwickshire Police',
  'West Mercia Police',
  'West Midlands Police',
  'West Yorkshire Police',
  'Wiltshire Police',
  'Dyfed-Powys Police',
  'Gwent Police',
  'North Wales Police',
  'South Wales Police',
];

describe('the bundled dataset', () => {
  it('validates without errors or warnings', () => {
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(graph.order).toBeGreaterThan(80);
  });

  it('stores the article as a document source, unchanged from the seed article (same SHA-256)', () => {
    // The seed lives outside the repository, so its digest is pinned here instead of reading it.
    const stored = readFileSync(join(BUNDLED_DIR, 'sources', 'article.txt'));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(SEED_ARTICLE_SHA256);
    const article = graph.getAttribute('sources').find((s) => s.id === 'article')!;
    expect(article.kind).toBe('document');
    expect(article.file).toBe('sources/article.txt');
  });

  it('finds every quote exactly in its source text', () => {
    const article = readFileSync(join(BUNDLED_DIR, 'sources', 'article.txt'), 'utf8').normalize('NFC');
    const quotes = [...result.quoteSpans.entries()];
    expect(quotes.length).toBeGreaterThan(50);
    for (const [evidence, span] of quotes) {
      expect(article.slice(span.start, span.end)).toBe(evidence.quote!.normalize('NFC'));
    }
  });

  it('gives every node and every edge evidence, and leaves no node without relations', () => {
    graph.forEachNode((id, a) => {
      expect(a.record.evidence?.length ?? 0, id).toBeGreaterThan(0);
      expect(graph.degree(id), id).toBeGreaterThan(0);
    });
    graph.forEachEdge((id, a) => {
      expect(a.record.evidence?.length ?? 0, id).toBeGreaterThan(0);
    });
  });

  it('has all 43 territorial police forces, each a member of the 43-forces group', () => {
    const forces = graph.filterNodes((_id, a) => a.kind === 'police-force');
    expect(forces.map((id) => graph.getNodeAttribute(id, 'label')).sort()).toEqual([...FORCES].sort());
    const group = graph.filterNodes((_id, a) => a.kind === 'group' && /43 police forces/.test(a.label));
    expect(group).toHaveLength(1);
    for (const force of forces) {
      const member = graph
        .edges(force, group[0]!)
        .some((e) => graph.getEdgeAttribute(e, 'kind') === 'member-of');
      expect(member, force).toBe(true);
    }
  });

  it('names the article’s main stakeholders and its stated relations', () => {
    const relation = (s: string, kind: string, t: string) =>
      graph.edges(s, t).some((e) => graph.getEdgeAttribute(e, 'kind') === kind);
    expect(relation('home-office', 'funds', 'grooming-gangs-taskforce')).toBe(true);
    expect(relation('national-police-chiefs-council', 'leads', 'grooming-gangs-taskforce')).toBe(true);
    expect(relation('national-crime-agency', 'backs', 'grooming-gangs-taskforce')).toBe(true);
    expect(relation('rishi-sunak', 'established', 'grooming-gangs-taskforce')).toBe(true);
    expect(relation('james-cleverly', 'holds-role', 'home-secretary')).toBe(true);
    expect(relation('mark-russell', 'holds-role', 'childrens-society-ceo')).toBe(true);
    expect(graph.getNodeAttribute('grooming-gangs-taskforce', 'record').aliases).toContain(
      'Child Sexual Exploitation Taskforce',
    );
  });

  it('has a stored position for every node', () => {
    graph.forEachNode((id, a) => {
      expect(a.record.position, id).toBeDefined();
    });
  });
});
