// The Neo4j route, checked: Neo4j's own Cypher linter on our Cypher export, and our neo4j-admin CSV
// headers against the header format documented for `neo4j-admin database import`.
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findExporter, writeCypher } from '../../src/export/index.ts';
import { bundledGraph, hostileGraph } from '../exchangeHelpers.ts';

interface Diagnostic {
  readonly severity: number;
  readonly message: string;
}

// The package's ESM entry does not load in this version; its CommonJS entry does.
const require = createRequire(import.meta.url);
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, schema: object): Diagnostic[];
};

const lint = (query: string): string[] => lintCypherQuery(query, {}).map((d) => d.message);

describe("Neo4j's Cypher linter", () => {
  it('still finds what it should: a cartesian product and a syntax error (the check itself works)', () => {
    const found = lint(
      "MATCH (a:Stakeholder {id: 'x'}), (b:Stakeholder {id: 'y'}) CREATE (a)-[:FUNDS]->(b);\nCREATE (n {x: 'open);",
    );
    expect(found.some((m) => /cartesian product/.test(m))).toBe(true);
    expect(found.some((m) => /Failed to parse|Unexpected|Invalid input/.test(m))).toBe(true);
  }, 300_000);

  it('reports no error and no warning on the Cypher export of the bundled dataset', () => {
    expect(lint(writeCypher(bundledGraph()))).toEqual([]);
  }, 300_000);

  it('reports no error and no warning on the Cypher export of the hostile-strings dataset', () => {
    expect(lint(writeCypher(hostileGraph()))).toEqual([]);
  }, 300_000);
});

/** Property types neo4j-admin documents for headers (`name:type`, arrays as `type[]`). */
const TYPES = [
  'int',
  'long',
  'float',
  'double',
  'boolean',
  'byte',
  'short',
  'char',
  'string',
  'point',
  'date',
  'localtime',
  'time',
  'localdatetime',
  'datetime',
  'duration',
];
const PROPERTY = new RegExp(`^[A-Za-z_][A-Za-z0-9_]*(:(${TYPES.join('|')})(\\[\\])?)?$`);
const ID_SPACE = '(\\([A-Za-z_][A-Za-z0-9_]*\\))?';

function table(content: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = Papa.parse<string[]>(content, { skipEmptyLines: true }).data;
  return { header: header!, rows };
}

/** The space named in an :ID, :START_ID or :END_ID field, '' when none. */
const space = (field: string): string => /\(([^)]*)\)$/.exec(field)?.[1] ?? '';

describe('neo4j-admin CSV headers', () => {
  const [nodesFile, relsFile] = findExporter('neo4j-admin')!.write(bundledGraph());
  const nodes = table(nodesFile!.content);
  const rels = table(relsFile!.content);

  it('name one :ID field with an ID space, one :LABEL field, and typed properties', () => {
    const ids = nodes.header.filter((f) => new RegExp(`^[A-Za-z_]*:ID${ID_SPACE}$`).test(f));
    expect(ids).toEqual(['id:ID(Stakeholder)']);
    expect(nodes.header.filter((f) => f === ':LABEL')).toHaveLength(1);
    const properties = nodes.header.filter((f) => !ids.includes(f) && f !== ':LABEL');
    for (const f of properties) expect(f, f).toMatch(PROPERTY);
    expect(properties).toContain('x:double');
    expect(properties).toContain('label:string');
    expect(new Set(nodes.header).size).toBe(nodes.header.length);
  });

  it('name :START_ID and :END_ID in the same ID space as :ID, one :TYPE, and typed properties', () => {
    const start = rels.header.filter((f) => new RegExp(`^:START_ID${ID_SPACE}$`).test(f));
    const end = rels.header.filter((f) => new RegExp(`^:END_ID${ID_SPACE}$`).test(f));
    expect(start).toHaveLength(1);
    expect(end).toHaveLength(1);
    expect(space(start[0]!)).toBe(space('id:ID(Stakeholder)'));
    expect(space(end[0]!)).toBe('Stakeholder');
    expect(rels.header.filter((f) => f === ':TYPE')).toHaveLength(1);
    for (const f of rels.header.filter((x) => !x.startsWith(':'))) expect(f, f).toMatch(PROPERTY);
    expect(rels.header).toContain('weight:double');
  });

  it('hold values of the declared types: labels joined by the array delimiter ";", numbers where double', () => {
    const label = nodes.header.indexOf(':LABEL');
    for (const row of nodes.rows) {
      expect(row).toHaveLength(nodes.header.length);
      for (const l of row[label]!.split(';')) expect(l).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
      expect(row[label]!.split(';')).toContain('Stakeholder');
    }
    for (const [file, t] of [
      ['nodes', nodes],
      ['relationships', rels],
    ] as const) {
      t.header.forEach((f, i) => {
        if (!f.endsWith(':double')) return;
        for (const row of t.rows)
          if (row[i] !== '') expect(Number.isFinite(Number(row[i])), `${file} ${f}`).toBe(true);
      });
    }
    const type = rels.header.indexOf(':TYPE');
    for (const row of rels.rows) expect(row[type]).toMatch(/^[A-Z][A-Z0-9_]*$/);
    // Every relationship end is a node id.
    const ids = new Set(nodes.rows.map((r) => r[0]));
    for (const row of rels.rows) {
      expect(ids.has(row[rels.header.indexOf(':START_ID(Stakeholder)')])).toBe(true);
      expect(ids.has(row[rels.header.indexOf(':END_ID(Stakeholder)')])).toBe(true);
    }
  });
});
