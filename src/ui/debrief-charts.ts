import type { EcosystemSnapshot, MeterCurve } from '../engine/debrief/debrief-types';
import type { FamilyId } from '../scenario/format';

const SVG = 'http://www.w3.org/2000/svg';

/** Line colours by family (the same as the map), and dash patterns so lines differ without colour. */
const FAMILY_COLOURS: Record<FamilyId, string> = {
  elus: '#3d5a98',
  habitants: '#b85d14',
  entreprises: '#2b7f60',
  associations: '#9a3f74',
};
const OTHER_COLOURS = ['#1f3a3d', '#6b5a1e', '#5a4a8a', '#7a3b2e'];
const DASHES = ['', '10 5', '3 4', '12 4 3 4', '6 6', '2 2', '14 6'];

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  children: readonly SVGElement[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

/** The style of a curve: colour and dash, stable by its position. */
export function curveStyle(curve: MeterCurve, i: number): { colour: string; dash: string } {
  return {
    colour: curve.family
      ? FAMILY_COLOURS[curve.family]
      : (OTHER_COLOURS[i % OTHER_COLOURS.length] ?? '#1f3a3d'),
    dash: DASHES[i % DASHES.length] ?? '',
  };
}

/** A small line sample for a legend. */
export function lineSample(curve: MeterCurve, i: number): SVGSVGElement {
  const { colour, dash } = curveStyle(curve, i);
  return svg(
    'svg',
    { viewBox: '0 0 40 10', width: 40, height: 10, 'aria-hidden': 'true', class: 'line-sample' },
    [
      svg('line', {
        x1: 0,
        y1: 5,
        x2: 40,
        y2: 5,
        stroke: colour,
        'stroke-width': 3,
        'stroke-dasharray': dash,
      }),
    ],
  );
}

/** The meters' curves over the decisions, as an SVG with a summary for screen readers. */
export function curvesChart(curves: readonly MeterCurve[], label: string): SVGSVGElement {
  const width = 640;
  const height = 260;
  const pad = { left: 40, right: 16, top: 12, bottom: 28 };
  const steps = Math.max(1, (curves[0]?.values.length ?? 1) - 1);
  const x = (i: number): number => pad.left + (i / steps) * (width - pad.left - pad.right);
  const y = (ratio: number): number => pad.top + (1 - ratio) * (height - pad.top - pad.bottom);
  const grid: SVGElement[] = [0, 0.5, 1].flatMap((ratio) => [
    svg('line', { x1: pad.left, x2: width - pad.right, y1: y(ratio), y2: y(ratio), class: 'chart-grid' }),
    svg('text', { x: pad.left - 6, y: y(ratio) + 5, 'text-anchor': 'end', class: 'chart-axis' }),
  ]);
  grid.forEach((node, i) => {
    if (node.tagName === 'text') node.textContent = String([0, 50, 100][Math.floor(i / 2)]);
  });
  const ticks: SVGElement[] = [];
  for (let i = 0; i <= steps; i++) {
    const tick = svg('text', { x: x(i), y: height - 8, 'text-anchor': 'middle', class: 'chart-axis' });
    tick.textContent = String(i);
    if (steps <= 12 || i % Math.ceil(steps / 12) === 0) ticks.push(tick);
  }
  const lines = curves.map((curve, i) => {
    const { colour, dash } = curveStyle(curve, i);
    const span = Math.max(1, curve.max - curve.min);
    const points = curve.values.map(
      (v, step) => `${x(step).toFixed(1)},${y((v - curve.min) / span).toFixed(1)}`,
    );
    return svg('polyline', {
      points: points.join(' '),
      fill: 'none',
      stroke: colour,
      'stroke-width': 3,
      'stroke-dasharray': dash,
      'stroke-linejoin': 'round',
    });
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'chart chart-curves' },
    [...grid, ...ticks, ...lines],
  );
}

/** The actors and their threads at one moment: thickness by strength, dashed when weak (1). */
export function ecosystemChart(snapshot: EcosystemSnapshot, label: string): SVGSVGElement {
  const size = 300;
  const at = (actorId: string): { x: number; y: number } | null => {
    const actor = snapshot.actors.find((a) => a.id === actorId);
    return actor ? { x: 20 + (actor.x / 100) * (size - 40), y: 20 + (actor.y / 100) * (size - 40) } : null;
  };
  const threads = snapshot.links.flatMap((link) => {
    const a = at(link.from);
    const b = at(link.to);
    if (!a || !b) return [];
    return [
      svg('line', {
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        class: 'thread',
        'stroke-width': 1.5 + link.strength * 2,
        'stroke-dasharray': link.strength <= 1 ? '6 5' : '',
      }),
    ];
  });
  const nodes = snapshot.actors.flatMap((actor) => {
    const p = at(actor.id);
    if (!p) return [];
    const name = svg('text', { x: p.x, y: p.y + 24, 'text-anchor': 'middle', class: 'actor-name' });
    name.textContent = actor.name.split(' ')[0] ?? actor.name;
    return p
      ? [
          name,
          svg('circle', {
            cx: p.x,
            cy: p.y,
            r: 9,
            fill: FAMILY_COLOURS[actor.family],
            stroke: '#ffffff',
            'stroke-width': 2,
          }),
        ]
      : [];
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, class: 'chart chart-ecosystem' },
    [...threads, ...nodes],
  );
}
