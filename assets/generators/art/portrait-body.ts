/**
 * Shoulders, neck and clothing of the portraits.
 */
import { compact, mirror } from './path-tools';
import { el } from './svg';

/** The kinds of neckline and clothing a portrait can wear. */
export type Outfit = 'tee' | 'vneck' | 'shirt' | 'jacket' | 'turtleneck' | 'hoodie' | 'cardigan' | 'overalls';

/** Colours used by an outfit. */
export interface OutfitColors {
  main: string;
  second: string;
  skin: string;
  skinShade: string;
}

const CX = 128;

/** Darkens a #rrggbb colour by a factor (0..1); a negative factor lightens it. */
export function darken(hex: string, factor: number): string {
  const v = parseInt(hex.slice(1), 16);
  const ch = (shift: number): string =>
    Math.min(255, Math.round(((v >> shift) & 255) * (1 - factor)))
      .toString(16)
      .padStart(2, '0');
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** Neck and shoulders in an outfit. `chin` is the bottom of the chin. */
export function body(outfit: Outfit, c: OutfitColors, chin: number, broad: number): string {
  const s = broad;
  const torso = compact(`M${CX - 100 - s} 262 C${CX - 96 - s} 220 ${CX - 70 - s} 200 ${CX - 34} 192
    C${CX - 20} 189 ${CX + 20} 189 ${CX + 34} 192 C${CX + 70 + s} 200 ${CX + 96 + s} 220 ${CX + 100 + s} 262Z`);
  const neck =
    el('path', {
      d: compact(`M${CX - 17} ${chin - 24} L${CX - 17} 198 L${CX + 17} 198 L${CX + 17} ${chin - 24}Z`),
      fill: c.skin,
    }) +
    el('path', {
      d: compact(`M${CX - 17} ${chin - 12} Q${CX} ${chin + 12} ${CX + 17} ${chin - 12} L${CX + 17} ${chin - 4}
        Q${CX} ${chin + 20} ${CX - 17} ${chin - 4}Z`),
      fill: c.skinShade,
    });
  const dark = darken(c.main, 0.2);
  const base = neck + el('path', { d: torso, fill: c.main });
  const line = (d: string, stroke: string, width = 3): string =>
    el('path', { d: compact(d), fill: 'none', stroke, 'stroke-width': width, 'stroke-linecap': 'round' });
  switch (outfit) {
    case 'tee':
      return (
        base +
        el('path', { d: compact(`M${CX - 22} 190 Q${CX} 212 ${CX + 22} 190Z`), fill: c.skin }) +
        line(`M${CX - 23} 190 Q${CX} 213 ${CX + 23} 190`, dark, 4)
      );
    case 'vneck':
      return (
        base +
        el('path', { d: compact(`M${CX - 22} 189 L${CX} 222 L${CX + 22} 189Z`), fill: c.skin }) +
        line(`M${CX - 22} 189 L${CX} 222 L${CX + 22} 189`, dark, 4)
      );
    case 'shirt': {
      const collar = `M${CX - 20} 186 L${CX - 2} 210 L${CX - 28} 206Z`;
      return (
        base +
        el('path', { d: compact(`M${CX - 14} 190 L${CX} 208 L${CX + 14} 190Z`), fill: c.skin }) +
        el('path', { d: compact(collar) + mirror(collar, CX), fill: c.second }) +
        line(`M${CX} 210 L${CX} 262`, dark, 2) +
        el('circle', { cx: CX + 5, cy: 226, r: 2, fill: dark }) +
        el('circle', { cx: CX + 5, cy: 244, r: 2, fill: dark })
      );
    }
    case 'jacket': {
      const lapel = `M${CX - 24} 190 L${CX - 6} 236 L${CX - 16} 226 L${CX - 32} 222 L${CX - 30} 200Z`;
      return (
        base +
        el('path', { d: compact(`M${CX - 24} 190 L${CX} 250 L${CX + 24} 190Z`), fill: c.second }) +
        el('path', { d: compact(`M${CX - 12} 190 L${CX} 204 L${CX + 12} 190Z`), fill: c.skin }) +
        el('path', { d: compact(lapel) + mirror(lapel, CX), fill: dark })
      );
    }
    case 'turtleneck':
      return (
        base +
        el('rect', { x: CX - 21, y: chin - 2, width: 42, height: 204 - chin, rx: 8, fill: dark }) +
        line(`M${CX - 16} ${chin + 6} L${CX + 16} ${chin + 6}`, darken(c.main, 0.35), 2)
      );
    case 'hoodie': {
      const hood = `M${CX - 40} 194 C${CX - 46} 184 ${CX - 26} 176 ${CX} 200 C${CX - 20} 206 ${CX - 34} 204
        ${CX - 40} 194Z`;
      return (
        base +
        el('path', { d: compact(`M${CX - 20} 190 Q${CX} 208 ${CX + 20} 190Z`), fill: c.skin }) +
        el('path', { d: compact(hood) + mirror(hood, CX), fill: dark }) +
        line(`M${CX - 10} 204 L${CX - 12} 236`, c.second, 3) +
        line(`M${CX + 10} 204 L${CX + 12} 236`, c.second, 3)
      );
    }
    case 'cardigan':
      return (
        base +
        el('path', {
          d: compact(`M${CX - 26} 190 L${CX - 12} 262 L${CX + 12} 262 L${CX + 26} 190Z`),
          fill: c.second,
        }) +
        el('path', { d: compact(`M${CX - 18} 190 Q${CX} 206 ${CX + 18} 190Z`), fill: c.skin }) +
        line(`M${CX - 26} 190 L${CX - 12} 262`, dark, 5) +
        line(`M${CX + 26} 190 L${CX + 12} 262`, dark, 5) +
        el('circle', { cx: CX - 22, cy: 226, r: 2.5, fill: dark }) +
        el('circle', { cx: CX - 19, cy: 244, r: 2.5, fill: dark })
      );
    case 'overalls':
      return (
        base +
        el('path', { d: compact(`M${CX - 22} 190 Q${CX} 210 ${CX + 22} 190Z`), fill: c.skin }) +
        el('rect', { x: CX - 30, y: 232, width: 60, height: 40, rx: 4, fill: c.second }) +
        line(`M${CX - 26} 234 L${CX - 40} 196`, c.second, 8) +
        line(`M${CX + 26} 234 L${CX + 40} 196`, c.second, 8) +
        el('circle', { cx: CX - 26, cy: 238, r: 3, fill: '#e8d9b0' }) +
        el('circle', { cx: CX + 26, cy: 238, r: 3, fill: '#e8d9b0' })
      );
  }
}
