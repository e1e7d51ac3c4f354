// Progress arithmetic, size messages and the level-of-detail settings: pure functions.
import { describe, expect, it } from 'vitest';
import { levelOfDetail } from '../../src/app/graph/lod.ts';
import { progressFraction, progressText } from '../../src/app/load/progress.ts';
import { formatBytes, sizeWarning } from '../../src/app/load/sizeLimit.ts';

describe('load progress', () => {
  it('fills the bar in phase order: reading, parsing, validating, building, drawing', () => {
    const name = 'd.json';
    const steps = [
      progressFraction({ name, phase: 'read', loaded: 0, total: 100 }),
      progressFraction({ name, phase: 'read', loaded: 50, total: 100 }),
      progressFraction({ name, phase: 'read', loaded: 100, total: 100 }),
      progressFraction({ name, phase: 'parse' }),
      progressFraction({ name, phase: 'validate' }),
      progressFraction({ name, phase: 'build', built: 10, toBuild: 100 }),
      progressFraction({ name, phase: 'build', built: 100, toBuild: 100 }),
      progressFraction({ name, phase: 'draw', built: 0, toBuild: 100 }),
      progressFraction({ name, phase: 'draw', built: 100, toBuild: 100 }),
    ] as number[];
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(1);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThanOrEqual(steps[i - 1]!);
  });

  it('is indeterminate while reading a file of unknown size', () => {
    expect(progressFraction({ name: 'd.json', phase: 'read', loaded: 5 })).toBeUndefined();
  });

  it('describes each phase in words, with sizes and counts', () => {
    expect(
      progressText({ name: 'big.gexf', phase: 'read', loaded: 1024 * 1024, total: 4 * 1024 * 1024 }),
    ).toBe('Reading big.gexf: 1.0 MB of 4.0 MB');
    expect(progressText({ name: 'd.json', phase: 'build', built: 20000, toBuild: 90000 })).toBe(
      'Building the graph: 20,000 of 90,000 items',
    );
    expect(progressText({ name: 'd.json', phase: 'build', built: 999, toBuild: 1234567 })).toBe(
      'Building the graph: 999 of 1,234,567 items',
    );
    expect(formatBytes(512)).toBe('512 bytes');
    expect(sizeWarning('a.json', 10, 100)).toBeUndefined();
    expect(sizeWarning('a.json', 60 * 1024 * 1024)).toMatch(/a\.json is 60\.0 MB/);
  });
});

describe('levelOfDetail', () => {
  it('keeps everything on small graphs', () => {
    expect(levelOfDetail(100, 300)).toMatchObject({
      hideEdgesOnMove: false,
      hideLabelsOnMove: false,
      enableEdgeEvents: true,
      labelDensity: 1.5,
    });
  });

  it('hides edges and labels while moving, and thins labels, on big graphs', () => {
    const big = levelOfDetail(100_000, 400_000);
    expect(big).toMatchObject({ hideEdgesOnMove: true, hideLabelsOnMove: true, enableEdgeEvents: false });
    expect(big.labelDensity).toBeLessThan(levelOfDetail(10_000, 40_000).labelDensity);
    expect(big.labelDensity).toBeGreaterThan(0);
  });

  it('turns edge hover and click off when edges are drawn as one-pixel lines', () => {
    expect(levelOfDetail(10_000, 40_000)).toMatchObject({ lineEdges: true, enableEdgeEvents: false });
    expect(levelOfDetail(10_000, 15_000)).toMatchObject({ lineEdges: false, enableEdgeEvents: true });
  });
});
