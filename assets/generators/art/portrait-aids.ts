/**
 * Mobility, vision and hearing aids a portrait can show, drawn as plainly as a pair of glasses: a
 * wheelchair (push handles behind the shoulders, the tops of its wheels), a white cane held at the side, a
 * guide dog in its harness, a hearing aid behind the ear, a cochlear implant, a prosthetic arm raised in a
 * wave.
 */
import type { Head } from './portrait-hair';
import { compact } from './path-tools';
import { el } from './svg';

/** The aids a portrait can show. */
export type Aid =
  'wheelchair' | 'white-cane' | 'guide-dog' | 'hearing-aid' | 'cochlear-implant' | 'prosthetic-arm';

/** Where an aid is drawn: behind the body, over the body, or over the hair. */
export interface AidLayers {
  back: string;
  front: string;
  top: string;
}

const FRAME = '#4a5660';
const GRIP = '#2c3440';
const DEVICE = '#8a95a0';

function stroke(d: string, color: string, width: number, cap: 'round' | 'butt' = 'round'): string {
  return el('path', {
    d: compact(d),
    fill: 'none',
    stroke: color,
    'stroke-width': width,
    'stroke-linecap': cap,
  });
}

/** A wheel seen from the front-side: tyre, push rim and a few spokes; only its top shows in the frame. */
function wheel(cx: number, cy: number): string {
  let spokes = '';
  for (let i = 0; i < 6; i += 1) {
    const a = (i / 6) * Math.PI * 2 + 0.3;
    spokes += `M${cx} ${cy}L${cx + Math.cos(a) * 62} ${cy + Math.sin(a) * 62}`;
  }
  return (
    el('circle', { cx, cy, r: 70, fill: 'none', stroke: GRIP, 'stroke-width': 9 }) +
    el('circle', { cx, cy, r: 60, fill: 'none', stroke: '#b9c2c8', 'stroke-width': 3 }) +
    stroke(spokes, '#9aa4ab', 1.5)
  );
}

/** The layers of one aid for a head; `skin` colours a hand where one shows. */
export function aidLayers(aid: Aid | undefined, h: Head, skin: string): AidLayers {
  const { cx, w } = h;
  const none: AidLayers = { back: '', front: '', top: '' };
  switch (aid) {
    case undefined:
      return none;
    case 'wheelchair': {
      const handle = (x: number, dir: number): string =>
        stroke(`M${x} 262 L${x} 196 Q${x} 186 ${x + dir * 12} 186`, FRAME, 7) +
        stroke(`M${x + dir * 6} 186 L${x + dir * 18} 186`, GRIP, 9);
      return {
        back:
          el('rect', { x: cx - 80, y: 200, width: 160, height: 70, rx: 10, fill: '#3d4a54' }) +
          handle(cx - 78, -1) +
          handle(cx + 78, 1) +
          wheel(cx - 112, 276) +
          wheel(cx + 112, 276),
        front: '',
        top: '',
      };
    }
    case 'white-cane': {
      const hand = el('path', {
        d: compact(
          `M44 214 C40 204 50 196 60 198 L74 202 C82 204 82 216 74 218 L56 222 C50 223 46 220 44 214Z`,
        ),
        fill: skin,
      });
      return {
        back: '',
        front:
          stroke('M50 150 L70 262', '#f7f4ee', 6, 'butt') +
          stroke('M66 240 L70 262', '#c65b4a', 6, 'butt') +
          stroke('M48 140 L51 156', GRIP, 7) +
          hand +
          stroke('M56 206 L70 208M55 213 L69 214', '#00000022', 1.5),
        top: '',
      };
    }
    case 'guide-dog': {
      const coat = '#d6aa5e';
      const dark = '#b98c45';
      return {
        back: '',
        front: el(
          'g',
          { transform: 'translate(-52 -52) scale(1.2)' },
          stroke('M182 262 L176 212 Q176 200 188 200 L206 200', '#f7f4ee', 5) +
            el('path', {
              d: compact('M190 262 C186 230 196 214 214 212 C236 210 252 226 254 262Z'),
              fill: coat,
            }) +
            el('path', {
              d: compact('M204 216 C194 214 188 228 192 244 C198 240 204 230 206 220Z'),
              fill: dark,
            }) +
            el('path', {
              d: compact('M238 216 C248 214 254 226 252 240 C246 236 240 228 238 220Z'),
              fill: dark,
            }) +
            el('ellipse', { cx: 222, cy: 246, rx: 11, ry: 8, fill: '#ecd3a0' }) +
            el('ellipse', { cx: 222, cy: 241, rx: 4.5, ry: 3.5, fill: GRIP }) +
            el('circle', { cx: 213, cy: 230, r: 2.6, fill: GRIP }) +
            el('circle', { cx: 231, cy: 230, r: 2.6, fill: GRIP }) +
            stroke('M190 258 C204 250 240 250 254 258', '#c65b4a', 5),
        ),
        top: '',
      };
    }
    case 'hearing-aid': {
      const x = cx - w - 11;
      return {
        back: '',
        front: '',
        top:
          el('path', {
            d: compact(
              `M${x - 2} 96 C${x - 8} 100 ${x - 9} 118 ${x - 3} 126 C${x + 1} 124 ${x + 2} 104 ${x + 3} 98Z`,
            ),
            fill: '#5a7d8c',
          }) + stroke(`M${x + 2} 97 C${x + 8} 96 ${x + 10} 104 ${x + 8} 112`, '#5a7d8c', 1.8),
      };
    }
    case 'cochlear-implant': {
      const x = cx - w - 4;
      return {
        back: '',
        front: '',
        top:
          stroke(`M${x - 4} 92 C${x - 10} 100 ${x - 10} 110 ${x - 7} 116`, '#3d4a54', 1.8) +
          el('circle', { cx: x - 2, cy: 84, r: 9, fill: DEVICE }) +
          el('circle', { cx: x - 2, cy: 84, r: 4, fill: '#b7c0c7' }) +
          el('path', {
            d: compact(
              `M${x - 8} 112 C${x - 14} 114 ${x - 15} 128 ${x - 9} 134 C${x - 6} 130 ${x - 5} 118 ${x - 4} 113Z`,
            ),
            fill: DEVICE,
          }),
      };
    }
    case 'prosthetic-arm': {
      const shell = '#5b6770';
      const light = '#95a2ab';
      let fingers = '';
      for (let i = 0; i < 4; i += 1) {
        const fx = 40 + i * 9;
        fingers +=
          el('rect', {
            x: fx,
            y: 128 - (i === 1 || i === 2 ? 6 : 0),
            width: 7,
            height: 26,
            rx: 3.5,
            fill: light,
          }) + el('rect', { x: fx, y: 142 - (i === 1 || i === 2 ? 6 : 0), width: 7, height: 2, fill: shell });
      }
      return {
        back: '',
        front:
          el('path', { d: compact('M46 262 L52 194 L80 194 L86 262Z'), fill: shell }) +
          el('rect', { x: 49, y: 186, width: 34, height: 10, rx: 4, fill: light }) +
          el('path', {
            d: compact('M40 186 L38 156 Q38 148 46 148 L74 148 Q80 148 80 156 L80 186Z'),
            fill: shell,
          }) +
          fingers +
          el('rect', {
            x: 76,
            y: 152,
            width: 8,
            height: 22,
            rx: 4,
            fill: light,
            transform: 'rotate(28 80 163)',
          }),
        top: '',
      };
    }
  }
}
