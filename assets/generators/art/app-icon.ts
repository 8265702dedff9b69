/**
 * The application icon (512 × 512): four family nodes woven together by cream threads around a central
 * node, on a deep teal tile. Rendered to PNG by render-png.ts for the web app manifest.
 */
import { BASE, FAMILY } from './palette';
import type { FamilyId } from './palette';
import { el, svgDoc } from './svg';

const NODES: [FamilyId, number, number][] = [
  ['elus', 256, 118],
  ['entreprises', 394, 256],
  ['associations', 256, 394],
  ['habitants', 118, 256],
];

/** The icon as an SVG document. */
export function appIconSvg(): string {
  const thread = { fill: 'none', stroke: BASE.paper, 'stroke-width': 14, 'stroke-linecap': 'round' } as const;
  let threads = '';
  NODES.forEach(([, x, y], i) => {
    const next = NODES[(i + 1) % NODES.length];
    if (!next) return;
    const [, nx, ny] = next;
    // Outer ring threads bow outwards; spokes bow gently to suggest weaving.
    const mx = (x + nx) / 2 + (x + nx - 512) * 0.28;
    const my = (y + ny) / 2 + (y + ny - 512) * 0.28;
    threads += el('path', { d: `M${x} ${y}Q${Math.round(mx)} ${Math.round(my)} ${nx} ${ny}`, ...thread });
    const sx = 256 + (y - 256) * 0.35;
    const sy = 256 - (x - 256) * 0.35;
    threads += el('path', {
      d: `M${x} ${y}Q${Math.round((x + sx) / 2)} ${Math.round((y + sy) / 2)} 256 256`,
      ...thread,
      'stroke-width': 10,
      'stroke-opacity': 0.85,
    });
  });
  const nodes = NODES.map(
    ([family, x, y]) =>
      el('circle', { cx: x, cy: y, r: 50, fill: BASE.paper }) +
      el('circle', { cx: x, cy: y, r: 38, fill: FAMILY[family].main }),
  ).join('');
  return svgDoc({
    width: 512,
    height: 512,
    title: 'Tisser le territoire',
    body:
      el('rect', { width: 512, height: 512, rx: 112, fill: BASE.teal }) +
      el('circle', { cx: 256, cy: 256, r: 200, fill: '#ffffff', 'fill-opacity': 0.07 }) +
      threads +
      nodes +
      el('circle', { cx: 256, cy: 256, r: 30, fill: BASE.gold, stroke: BASE.paper, 'stroke-width': 10 }),
  });
}

/** The icon file, keyed by its path relative to the repository root. */
export function appIconFiles(): [string, string][] {
  return [['assets/public/icons/icon.svg', appIconSvg()]];
}
