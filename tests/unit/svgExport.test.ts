// The SVG of the drawn view: well-formed, circles and arrows where the display data says, labels as escaped text.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderSvg, type SvgLabel, type SvgView } from '../../src/app/exchange/svg.ts';

/** A label as the canvas places it: text from x, centred on y, 13 px type, 2 px padding. */
const label = (text: string, x: number, y: number, textWidth: number): SvgLabel => ({
  id: text.toLowerCase(),
  text,
  textX: x,
  textY: y + 13 / 3,
  textWidth,
  x: x - 2,
  y: y - 13 * 0.75,
  width: textWidth + 4,
  height: 13 * 1.3,
});

const view = (over: Partial<SvgView> = {}): SvgView => ({
  width: 400,
  height: 300,
  background: '#f7f8fa',
  labelColor: '#1b1f24',
  labelSize: 13,
  labelFont: 'system-ui, "Segoe UI", sans-serif',
  labelWeight: '500',
  title: 'Two <nodes> & one edge',
  nodes: [
    { x: 100, y: 100, size: 10, color: '#1f77b4' },
    { x: 300, y: 100, size: 20, color: '#d62728' },
  ],
  labels: [label('Home Office', 113, 100, 80), label('<script>alert("x")</script> & Co', 200, 130, 190)],
  edges: [{ x1: 100, y1: 100, x2: 300, y2: 100, targetSize: 20, size: 1.5, color: '#9aa3ad', curvature: 0 }],
  ...over,
});

const parse = (svg: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && name !== 'svg',
  }).parse(svg);

describe('renderSvg', () => {
  it('writes a well-formed SVG of the view size with one circle per node in its colour and size', () => {
    const svg = parse(renderSvg(view())).svg;
    expect(svg.viewBox).toBe('0 0 400 300');
    const circles = svg.g.find((g: { class: string }) => g.class === 'nodes').circle;
    expect(circles).toEqual([
      { cx: '100', cy: '100', r: '10', fill: '#1f77b4' },
      { cx: '300', cy: '100', r: '20', fill: '#d62728' },
    ]);
  });

  it('draws an edge as a line that stops at the target rim with an arrow marker of its colour', () => {
    const text = renderSvg(view());
    const svg = parse(text).svg;
    const path = svg.g.find((g: { class: string }) => g.class === 'edges').path[0];
    expect(path.d).toBe('M100 100 L280 100');
    expect(path['marker-end']).toBe('url(#arrow-0)');
    const marker = svg.defs[0].marker[0];
    expect(marker.id).toBe('arrow-0');
    expect(marker.path[0].fill).toBe('#9aa3ad');
  });

  it('draws a curved edge as a quadratic curve bent by its curvature', () => {
    const curved = view({
      edges: [{ x1: 100, y1: 100, x2: 300, y2: 100, targetSize: 0, size: 1, color: '#000', curvature: 0.25 }],
    });
    expect(renderSvg(curved)).toContain('d="M100 100 Q200 50 300 100"');
  });

  it('writes labels as escaped text, never as markup', () => {
    const text = renderSvg(view());
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert("x")&lt;/script&gt; &amp; Co');
    expect(text).toContain('<title>Two &lt;nodes&gt; &amp; one edge</title>');
    const labels = parse(text).svg.g.find((g: { class: string }) => g.class === 'labels');
    expect(labels.text.map((t: { '#text': string }) => t['#text'])).toEqual([
      'Home Office',
      '<script>alert("x")</script> & Co',
    ]);
  });

  it('draws the labels where the canvas drew them, each held to its measured width', () => {
    const texts = parse(renderSvg(view())).svg.g.find((g: { class: string }) => g.class === 'labels').text;
    expect(texts[0]).toMatchObject({
      'data-node': 'home office',
      x: '113',
      y: '104.33',
      textLength: '80',
      '#text': 'Home Office',
    });
  });

  it('grows the viewBox to hold a label box that runs past the canvas edge', () => {
    const wide = view({ labels: [label('Far right', 380, 290, 60), label('Far left', -20, -5, 30)] });
    const svg = parse(renderSvg(wide)).svg;
    const [x, y, w, h] = String(svg.viewBox).split(' ').map(Number);
    expect([x, y]).toEqual([-22, -14.75]);
    expect(x! + w!).toBe(442);
    expect(y! + h!).toBeCloseTo(300, 5);
    expect(svg.width).toBe(String(w));
  });
});
