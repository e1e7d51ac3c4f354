import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/cli/io.ts';
import { load } from '../../src/graph/index.ts';
import { asDay, dateRange, edgeHoldsOn, nodeHoldsOn, roleHolders } from '../../src/query/index.ts';
import { holdsOn } from '../../src/schema/index.ts';
import { BUNDLED_DIR, smallRaw } from '../helpers.ts';

const graph = (await readDataset(BUNDLED_DIR)).graph!;

describe('dates', () => {
  it('treats start as inclusive, a day end as exclusive and a partial end as covering its period', () => {
    expect(holdsOn({ start: '2023-11-13', end: '2024-07-05' }, '2023-11-13')).toBe(true);
    expect(holdsOn({ start: '2023-11-13', end: '2024-07-05' }, '2024-07-04')).toBe(true);
    expect(holdsOn({ start: '2023-11-13', end: '2024-07-05' }, '2024-07-05')).toBe(false);
    expect(holdsOn({ start: '2023-11-13' }, '2023-11-12')).toBe(false);
    expect(holdsOn({ end: '2024-05' }, '2024-05-31')).toBe(true);
    expect(holdsOn({ end: '2024' }, '2025-01-01')).toBe(false);
    expect(holdsOn({ on: '2024-05-20' }, '2024-05-19')).toBe(false);
    expect(holdsOn({ on: '2024-05-20' }, '2024-06-01')).toBe(true);
    expect(holdsOn({}, '1900-01-01')).toBe(true);
  });

  it('reads partial dates as their first day', () => {
    expect(asDay('2024')).toBe('2024-01-01');
    expect(asDay('2024-05')).toBe('2024-05-01');
    expect(asDay('2024-02-30')).toBeUndefined();
  });
});

describe('the network as of a date', () => {
  it('gives the Home Secretary of the day', () => {
    expect(roleHolders(graph, 'home-secretary', '2023-04-03')).toEqual(['suella-braverman']);
    expect(roleHolders(graph, 'home-secretary', '2024-05-20')).toEqual(['james-cleverly']);
    expect(roleHolders(graph, 'home-secretary', '2024-07-05')).toEqual(['yvette-cooper']);
    expect(roleHolders(graph, 'home-secretary', '2025-12-01')).toEqual(['shabana-mahmood']);
  });

  it('gives the Prime Minister of the day', () => {
    expect(roleHolders(graph, 'prime-minister', '2023-04-03')).toEqual(['rishi-sunak']);
    expect(roleHolders(graph, 'prime-minister', '2024-07-05')).toEqual(['keir-starmer']);
  });

  it('shows the Criminal Justice Bill only while it was before Parliament, and its successor after', () => {
    expect(nodeHoldsOn(graph, 'criminal-justice-bill', '2023-11-13')).toBe(false);
    expect(nodeHoldsOn(graph, 'criminal-justice-bill', '2024-05-20')).toBe(true);
    expect(nodeHoldsOn(graph, 'criminal-justice-bill', '2024-06-01')).toBe(false);
    expect(nodeHoldsOn(graph, 'crime-and-policing-act-2026', '2026-05-01')).toBe(true);
  });

  it('hides relations whose ends did not exist yet, and events before they happened', () => {
    expect(edgeHoldsOn(graph, 'james-cleverly-visited-essex-police-headquarters', '2024-05-19')).toBe(false);
    expect(edgeHoldsOn(graph, 'james-cleverly-visited-essex-police-headquarters', '2024-05-20')).toBe(true);
    expect(edgeHoldsOn(graph, 'home-office-funds-grooming-gangs-taskforce', '2023-01-01')).toBe(false);
  });

  it('spans exactly the dates the small fixture mentions (checked by hand: 2023-04 to 2024-07-05)', () => {
    expect(dateRange(load(smallRaw()).graph!)).toEqual({ min: '2023-04-01', max: '2024-07-05' });
  });

  it('spans exactly the earliest and latest start, end or on of the bundled nodes, figures and edges', () => {
    // Independent of dateRange: every start/end/on string in the records, partial dates as their first day.
    const raw = JSON.parse(readFileSync(join(BUNDLED_DIR, 'dataset.json'), 'utf8'));
    const days: string[] = [];
    const collect = (r: Record<string, unknown>): void => {
      for (const k of ['start', 'end', 'on'])
        if (typeof r[k] === 'string') days.push((r[k] as string).padEnd(10, '-01').slice(0, 10));
    };
    for (const n of raw.nodes) {
      collect(n);
      for (const f of n.figures ?? []) collect(f);
    }
    for (const e of raw.edges) collect(e);
    days.sort();
    expect(dateRange(graph)).toEqual({ min: days[0], max: days.at(-1) });
    expect(days[0]! <= '2022-10-25' && days.at(-1)! >= '2025-09-05').toBe(true);
  });
});
