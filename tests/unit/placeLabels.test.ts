// Label placement: most important first, inside the canvas, shifted or shortened before dropped.
import { describe, expect, it } from 'vitest';
import { ellipsis, type LabelCandidate, placeLabels } from '../../src/app/graph/placeLabels.ts';

// 7 px per character: a stand-in for canvas text measuring, easy to check by hand.
const measure = (t: string): number => 7 * t.length;
const options = { width: 400, height: 300, labelSize: 13, measure, fitAll: false };
const node = (key: string, x: number, y: number, size = 5, rank = 0, text = key): LabelCandidate => ({
  key,
  x,
  y,
  size,
  text,
  rank,
});

describe('placeLabels', () => {
  it('places the biggest node first, whatever order the candidates come in', () => {
    const leaf = node('Leaf label', 100, 100, 4);
    const hub = node('Hub label', 104, 102, 20);
    for (const order of [
      [leaf, hub],
      [hub, leaf],
    ]) {
      const placed = placeLabels(order, options);
      expect(placed[0]?.id).toBe('Hub label');
    }
  });

  it('puts a higher rank (the selection, a hovered node) before a bigger node', () => {
    const placed = placeLabels([node('Big', 100, 100, 30), node('Chosen', 102, 101, 3, 5)], options);
    expect(placed[0]?.id).toBe('Chosen');
  });

  it('keeps every label inside the canvas: flipped to the left at the right edge, shifted at the others', () => {
    const placed = placeLabels(
      [node('Right edge label', 395, 150), node('Top', 50, 1), node('Bottom', 200, 299)],
      options,
    );
    expect(placed).toHaveLength(3);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(400);
      expect(p.y + p.height).toBeLessThanOrEqual(300);
    }
    const right = placed.find((p) => p.id === 'Right edge label')!;
    expect(right.textX + right.textWidth).toBeLessThan(395);
  });

  it('shortens a label wider than the canvas with an ellipsis', () => {
    const long = 'The 43 police forces of England and Wales and many more words besides';
    const [p] = placeLabels([node('forces', 20, 100, 5, 0, long)], { ...options, width: 200 });
    expect(p?.text.endsWith('…')).toBe(true);
    expect(p!.x + p!.width).toBeLessThanOrEqual(200);
  });

  it('drops a label with no free place on big graphs, and on small ones moves it below or above', () => {
    // The second label's right side is taken by the first's, its left side by the third's.
    const crowd = [
      node('First label', 100, 100, 5, 2),
      node('Left one', 10, 100, 5, 1),
      node('Second label', 100, 104),
    ];
    expect(placeLabels(crowd, options).map((p) => p.id)).toEqual(['First label', 'Left one']);
    const small = placeLabels(crowd, { ...options, fitAll: true });
    expect(small.map((p) => p.id)).toEqual(['First label', 'Left one', 'Second label']);
    const [a, , b] = small;
    expect(a!.y + a!.height <= b!.y || b!.y + b!.height <= a!.y).toBe(true);
  });

  it('leaves out nodes outside the canvas', () => {
    expect(placeLabels([node('Gone', -10, 100), node('Here', 10, 100)], options).map((p) => p.id)).toEqual([
      'Here',
    ]);
  });
});

describe('ellipsis', () => {
  it('keeps the longest prefix that fits, and at least six characters', () => {
    expect(ellipsis('Criminal Justice Bill', 70, measure)).toBe('Criminal…');
    expect(ellipsis('Short', 70, measure)).toBe('Short');
    expect(ellipsis('Criminal Justice Bill', 20, measure)).toBeUndefined();
  });
});
