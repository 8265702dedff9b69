/**
 * Draws the portraits of the cast (portrait-cast.ts) head-and-shoulders in a rounded frame (256 × 256).
 */
import { BASE, CLOTH, HAIR, PORTRAIT_BG, SKIN } from './palette';
import { PORTRAITS } from './portrait-cast';
import type { PortraitSpec } from './portrait-cast';
import { body, darken } from './portrait-body';
import { ears, features, headPath } from './portrait-face';
import { hair, headscarf } from './portrait-hair';
import { aidLayers } from './portrait-aids';
import type { Head } from './portrait-hair';
import { el, svgDoc } from './svg';

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** Draws one portrait as a complete SVG document. */
export function portraitSvg(spec: PortraitSpec, index: number): string {
  const id = `p${String(index + 1).padStart(2, '0')}`;
  const skin = pick(SKIN, spec.skin);
  const hairColor = HAIR[spec.hairColor];
  const head: Head = { cx: 128, top: 56, chin: spec.chin, w: spec.w };
  const bg = pick(PORTRAIT_BG, spec.bg);
  const main = pick(CLOTH, spec.cloth);
  const isGrey = spec.hairColor === 'grey' || spec.hairColor === 'white';
  const brow = isGrey
    ? darken(hairColor, 0.35)
    : spec.hairColor === 'blond'
      ? darken(hairColor, 0.3)
      : hairColor;
  const faceColors = { skin: skin.base, shade: skin.shade, hair: hairColor, brow, glasses: BASE.ink };
  const layers =
    spec.hair === 'scarf'
      ? headscarf(head, pick(CLOTH, spec.scarf ?? 0), darken(pick(CLOTH, spec.scarf ?? 0), 0.2))
      : hair(spec.hair, head, hairColor, pick(CLOTH, spec.scarf ?? 4));
  const aid = aidLayers(spec.aid, head, skin.base);
  const frame = { x: 6, y: 6, width: 244, height: 244, rx: 40 };
  const content =
    el('rect', { ...frame, fill: bg }) +
    el('circle', { cx: 128, cy: 118, r: 92, fill: '#ffffff', 'fill-opacity': 0.28 }) +
    layers.back +
    aid.back +
    body(
      spec.outfit,
      { main, second: spec.second, skin: skin.base, skinShade: skin.shade },
      spec.chin,
      spec.broad,
    ) +
    aid.front +
    ears(head, faceColors, spec.face.earrings) +
    el('path', { d: headPath(head, spec.face.jaw), fill: skin.base }) +
    features(head, spec.face, faceColors) +
    layers.front +
    aid.top;
  return svgDoc({
    width: 256,
    height: 256,
    title: `Portrait ${index + 1} : ${spec.title}`,
    defs: el('clipPath', { id: `${id}-clip` }, el('rect', frame)),
    body:
      el('g', { 'clip-path': `url(#${id}-clip)` }, content) +
      el('rect', { ...frame, fill: 'none', stroke: darken(bg, 0.18), 'stroke-width': 4 }),
  });
}

/** Every portrait file, keyed by its path relative to the repository root. */
export function portraitFiles(): [string, string][] {
  return PORTRAITS.map((spec, i) => [
    `assets/art/portraits/portrait-${String(i + 1).padStart(2, '0')}.svg`,
    portraitSvg(spec, i),
  ]);
}
