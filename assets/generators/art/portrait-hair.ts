/**
 * Hairstyles and headscarves for the portraits. Each style gives a back layer (drawn behind the head)
 * and a front layer (drawn over the forehead), from the head geometry.
 */
import { cloud, compact, mirror } from './path-tools';
import { darken } from './portrait-body';
import { el } from './svg';

/** The hairstyles a portrait can wear. */
export type HairStyle =
  | 'crop'
  | 'sidepart'
  | 'bob'
  | 'long'
  | 'bun'
  | 'afro'
  | 'curly'
  | 'ponytail'
  | 'locs'
  | 'receding'
  | 'bald'
  | 'waves'
  | 'braids'
  | 'beret'
  | 'beanie';

/** The head geometry every part is drawn from. */
export interface Head {
  /** Horizontal centre. */
  cx: number;
  /** Top of the skull. */
  top: number;
  /** Bottom of the chin. */
  chin: number;
  /** Half width of the face at the cheeks. */
  w: number;
}

/** Back and front layers of a hairstyle. */
export interface HairLayers {
  back: string;
  front: string;
}

function pair(left: string, cx: number, fill: string): string {
  return el('path', { d: compact(left) + mirror(left, cx), fill });
}

/** Draws a hairstyle in a colour; `hat` colours a beret or a beanie. */
export function hair(style: HairStyle, h: Head, color: string, hat = '#2c3440'): HairLayers {
  const { cx, top: t, w } = h;
  const L = cx - w;
  const R = cx + w;
  const hl = t + 26;
  const p = (d: string): string => el('path', { d: compact(d), fill: color });
  const cap = (drop: number): string =>
    p(`M${L} ${108 + drop} C${L - 2} ${t + 4} ${cx - 22} ${t - 7} ${cx} ${t - 7} C${cx + 22} ${t - 7} ${R + 2}
       ${t + 4} ${R} ${108 + drop} C${R - 4} 94 ${R - 8} ${hl - 2} ${R - 16} ${hl - 6} Q${cx} ${hl - 14}
       ${L + 16} ${hl - 6} C${L + 8} ${hl - 2} ${L + 4} 94 ${L} ${108 + drop}Z`);
  switch (style) {
    case 'crop':
      return { back: '', front: cap(0) };
    case 'sidepart':
      return {
        back: '',
        front: p(`M${L - 3} 116 C${L - 7} ${t + 8} ${L + 16} ${t - 10} ${cx + 4} ${t - 10} C${R - 6} ${t - 10}
          ${R + 8} ${t + 12} ${R + 2} 116 C${R - 3} 100 ${R - 6} 92 ${R - 12} 86 C${cx + 14} ${hl + 4}
          ${cx - 22} ${hl + 2} ${L + 14} ${hl - 2} C${L + 6} ${hl + 8} ${L} 100 ${L - 3} 116Z`),
      };
    case 'bob':
      return {
        back: p(`M${L - 10} 104 C${L - 14} ${t - 12} ${R + 14} ${t - 12} ${R + 10} 104 L${R + 13} 168
          Q${cx} 180 ${L - 13} 168Z`),
        front: p(`M${L - 4} 122 C${L - 9} ${t - 28} ${R + 9} ${t - 28} ${R + 4} 122 C${R - 1} 106 ${R - 3} 98
          ${R - 5} ${hl + 8} Q${cx} ${hl + 2} ${L + 5} ${hl + 8} C${L + 3} 98 ${L + 1} 106 ${L - 4} 122Z`),
      };
    case 'long':
      return {
        back: p(`M${L - 10} 100 C${L - 14} ${t - 12} ${R + 14} ${t - 12} ${R + 10} 100 C${R + 14} 150 ${R + 20}
          196 ${R + 28} 228 L${L - 28} 228 C${L - 20} 196 ${L - 14} 150 ${L - 10} 100Z`),
        front: pair(
          `M${cx} ${t + 4} C${cx - 8} ${hl - 6} ${L + 20} ${hl} ${L + 8} ${hl + 20} C${L + 2} 122 ${L + 2} 150
           ${L - 4} 178 C${L - 14} 150 ${L - 12} 112 ${L - 10} 96 C${L - 8} ${t + 2} ${cx - 24} ${t - 8} ${cx}
           ${t - 8}Z`,
          cx,
          color,
        ),
      };
    case 'bun':
      return {
        back: el('circle', { cx, cy: t - 14, r: 19, fill: color }),
        front: cap(0),
      };
    case 'afro':
      return {
        back: el('path', { d: cloud(cx, t + 44, w + 24, w + 20, 15, 4), fill: color }),
        front:
          p(`M${L - 2} 112 C${L - 4} ${t - 24} ${R + 4} ${t - 24} ${R + 2} 112 C${R - 2} 96 ${R - 8} ${hl}
          ${R - 20} ${hl - 4} Q${cx} ${hl - 12} ${L + 20} ${hl - 4} C${L + 8} ${hl} ${L + 2} 96 ${L - 2} 112Z`),
      };
    case 'curly':
      return {
        back: el('path', { d: cloud(cx, t + 30, w + 12, w - 6, 12, 3.5), fill: color }),
        front: el('path', { d: cloud(cx, t + 12, w - 4, 20, 9, 3), fill: color }),
      };
    case 'ponytail':
      return {
        back: p(`M${R - 6} ${t + 24} C${R + 26} ${t + 20} ${R + 30} 150 ${R + 14} 178 C${R + 8} 150 ${R + 4}
          120 ${R - 10} ${t + 40}Z`),
        front:
          p(`M${L - 2} 112 C${L - 6} ${t - 24} ${R + 6} ${t - 28} ${R + 2} 112 C${R - 2} 96 ${R - 6} ${hl}
          ${R - 14} ${hl - 4} C${cx + 10} ${hl - 4} ${cx - 20} ${hl + 6} ${L + 10} ${hl + 4} C${L + 4} ${hl + 10}
          ${L + 1} 100 ${L - 2} 112Z`),
      };
    case 'locs': {
      let strands = '';
      const dark = { stroke: '#00000033', 'stroke-width': 1.5 };
      for (let i = 0; i < 10; i += 1) {
        const u = i / 9 - 0.5;
        const x = cx + u * 2 * (w + 2);
        const y0 = t + 24 * (2 * u) ** 2 + 20;
        const end = Math.abs(u) > 0.3 ? 212 : 178;
        const drift = u * 26;
        strands += el('path', {
          d: compact(`M${x - 6} ${y0} Q${x - 6 + drift} ${(y0 + end) / 2} ${x - 5 + drift * 1.6} ${end}
            Q${x + drift * 1.6} ${end + 6} ${x + 5 + drift * 1.6} ${end} Q${x + 6 + drift} ${(y0 + end) / 2}
            ${x + 6} ${y0}Z`),
          fill: color,
          ...dark,
        });
      }
      const mass = p(`M${L - 16} 170 C${L - 20} ${t - 16} ${R + 20} ${t - 16} ${R + 16} 170Z`);
      const side = (x: number, dir: number): string =>
        el('path', {
          d: compact(`M${x - 5} 92 Q${x - 6 + dir * 3} 124 ${x - 4 + dir * 6} 150 Q${x + dir * 6} 156 ${x + 4 + dir * 6}
            150 Q${x + 6 + dir * 3} 124 ${x + 5} 92Z`),
          fill: color,
          ...dark,
        });
      return { back: mass + strands, front: cap(4) + side(L + 3, -1) + side(R - 3, 1) };
    }
    case 'receding':
      return {
        back: '',
        front: pair(
          `M${L - 2} 132 C${L - 5} 112 ${L - 3} 92 ${L + 4} 80 C${L + 10} 70 ${L + 18} 63 ${L + 28} 59
           C${L + 18} 72 ${L + 10} 88 ${L + 8} 100 C${L + 6} 112 ${L + 5} 122 ${L + 4} 132Z`,
          cx,
          color,
        ),
      };
    case 'bald':
      return {
        back: '',
        front:
          pair(
            `M${L - 2} 132 C${L - 4} 116 ${L - 2} 102 ${L + 4} 94 C${L + 6} 106 ${L + 5} 120 ${L + 4} 132Z`,
            cx,
            color,
          ) +
          el('path', {
            d: compact(`M${cx - 22} ${t + 8} Q${cx - 8} ${t} ${cx + 4} ${t + 2}`),
            fill: 'none',
            stroke: '#ffffff',
            'stroke-opacity': 0.35,
            'stroke-width': 5,
            'stroke-linecap': 'round',
          }),
      };
    case 'waves':
      return {
        back: el('path', { d: cloud(cx, t + 34, w + 10, w - 8, 14, 3), fill: color }),
        front: el('path', { d: cloud(cx, t + 10, w - 2, 18, 10, 3.5), fill: color }),
      };
    case 'braids': {
      const braid = (x: number): string => {
        let out = '';
        for (let y = 120; y < 220; y += 13) out += el('ellipse', { cx: x, cy: y, rx: 7, ry: 8, fill: color });
        return out;
      };
      return { back: braid(L - 4) + braid(R + 4), front: cap(6) };
    }
    case 'beret':
      return {
        back: '',
        front:
          pair(
            `M${L - 2} 130 C${L - 4} 116 ${L - 2} 100 ${L + 4} 92 C${L + 7} 104 ${L + 6} 118 ${L + 4} 130Z`,
            cx,
            color,
          ) +
          el('path', {
            d: compact(`M${L - 10} ${t + 30} C${L - 14} ${t + 2} ${cx - 10} ${t - 10} ${cx + 8} ${t - 8}
              C${R + 10} ${t - 6} ${R + 18} ${t + 14} ${R + 10} ${t + 28} C${cx + 20} ${t + 38} ${cx - 30}
              ${t + 40} ${L - 10} ${t + 30}Z`),
            fill: hat,
          }) +
          el('path', {
            d: compact(`M${L - 4} ${t + 30} C${cx - 30} ${t + 38} ${cx + 20} ${t + 36} ${R + 6} ${t + 28}`),
            fill: 'none',
            stroke: '#ffffff',
            'stroke-opacity': 0.15,
            'stroke-width': 3,
          }) +
          el('rect', { x: cx + 4, y: t - 15, width: 4, height: 9, rx: 2, fill: hat }),
      };
    case 'beanie': {
      const band = `M${L - 6} 106 C${L - 6} 96 ${L - 4} 88 ${L - 2} 82 Q${cx} 72 ${R + 2} 82 C${R + 4} 88 ${R + 6} 96
        ${R + 6} 106 Q${cx} 94 ${L - 6} 106Z`;
      let ribs = '';
      for (let i = 1; i < 10; i += 1) {
        const x = L - 4 + ((2 * w + 8) * i) / 10;
        ribs += `M${x} ${84 - 6 * Math.sin((Math.PI * i) / 10)}L${x} ${104 - 8 * Math.sin((Math.PI * i) / 10)}`;
      }
      return {
        back: '',
        front:
          pair(
            `M${L - 2} 128 C${L - 4} 116 ${L - 3} 108 ${L - 1} 102 C${L + 5} 110 ${L + 5} 120 ${L + 4} 128Z`,
            cx,
            color,
          ) +
          el('path', {
            d: compact(`M${L - 2} 86 C${L - 6} ${t - 10} ${R + 6} ${t - 10} ${R + 2} 86Z`),
            fill: hat,
          }) +
          el('path', { d: compact(band), fill: darken(hat, 0.15) }) +
          el('path', { d: compact(ribs), stroke: '#00000026', 'stroke-width': 1.5 }) +
          el('circle', { cx, cy: t - 12, r: 10, fill: darken(hat, -0.15) }),
      };
    }
  }
}

/** A headscarf: a back drape over the shoulders and a front hood with an opening for the face. */
export function headscarf(h: Head, color: string, shade: string): HairLayers {
  const { cx, top: t, w, chin } = h;
  const L = cx - w;
  const R = cx + w;
  const outer = `M${cx} ${t - 14} C${R + 30} ${t - 14} ${R + 26} 120 ${R + 22} 160 C${R + 28} 186 ${R + 46} 198
    ${R + 52} 214 Q${cx} 236 ${L - 52} 214 C${L - 46} 198 ${L - 28} 186 ${L - 22} 160 C${L - 26} 120 ${L - 30} ${t - 14}
    ${cx} ${t - 14}Z`;
  const inner = `M${cx} ${t + 16} C${R - 6} ${t + 16} ${R - 2} 96 ${R - 3} 118 C${R - 5} ${chin - 26} ${cx + 20}
    ${chin - 3} ${cx} ${chin - 3} C${cx - 20} ${chin - 3} ${L + 5} ${chin - 26} ${L + 3} 118 C${L + 2} 96 ${L + 6}
    ${t + 16} ${cx} ${t + 16}Z`;
  const fold = `M${L - 14} 168 Q${cx} ${chin + 40} ${R + 14} 168`;
  return {
    back: '',
    front:
      el('path', { d: compact(outer) + compact(inner), fill: color, 'fill-rule': 'evenodd' }) +
      el('path', {
        d: compact(fold),
        fill: 'none',
        stroke: shade,
        'stroke-width': 4,
        'stroke-linecap': 'round',
      }),
  };
}
