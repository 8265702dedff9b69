/**
 * The face of a portrait: head shape, ears, eyes, brows, nose, mouth, age lines, beard and glasses.
 */
import type { Head } from './portrait-hair';
import { compact, mirror } from './path-tools';
import { el } from './svg';

/** Facial features of one character. */
export interface FaceSpec {
  /** 0 = round jaw, 1 = square jaw. */
  jaw: number;
  nose: 'button' | 'long' | 'wide';
  mouth: 'smile' | 'grin' | 'soft' | 'smirk';
  /** Brow shape: raised arches look open, flat brows look calm. */
  brows: 'arch' | 'flat' | 'thick';
  age: 'young' | 'adult' | 'senior' | 'elder';
  beard?: 'full' | 'stubble' | 'goatee' | 'moustache' | 'short';
  glasses?: 'round' | 'square';
  /** Tinted lenses. */
  tinted?: boolean;
  freckles?: boolean;
  /** Lighter patches of skin (vitiligo). */
  vitiligo?: boolean;
  lips?: string;
  earrings?: 'stud' | 'hoop';
}

/** Colours of a face. */
export interface FaceColors {
  skin: string;
  shade: string;
  hair: string;
  brow: string;
  glasses: string;
}

const INK = '#1f2a30';
const MOUTH = '#7a3430';

function stroke(d: string, color: string, width: number, opacity?: number): string {
  return el('path', {
    d: compact(d),
    fill: 'none',
    stroke: color,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'stroke-opacity': opacity,
  });
}

/** The head outline. */
export function headPath(h: Head, jaw: number): string {
  const { cx, top: t, chin, w } = h;
  const k = 0.38 + jaw * 0.25;
  return compact(`M${cx} ${t} C${cx - w * 0.56} ${t} ${cx - w} ${t + 16} ${cx - w} 112 C${cx - w} ${chin - 32}
    ${cx - w * k} ${chin} ${cx} ${chin} C${cx + w * k} ${chin} ${cx + w} ${chin - 32} ${cx + w} 112
    C${cx + w} ${t + 16} ${cx + w * 0.56} ${t} ${cx} ${t}Z`);
}

/** Ears, drawn before the head so that the head overlaps them. */
export function ears(h: Head, c: FaceColors, earrings?: FaceSpec['earrings']): string {
  const ear = `M${h.cx - h.w + 3} 106 C${h.cx - h.w - 14} 100 ${h.cx - h.w - 14} 134 ${h.cx - h.w + 3} 134Z`;
  let out = el('path', { d: compact(ear) + mirror(ear, h.cx), fill: c.shade });
  if (earrings === 'stud') {
    out += el('circle', { cx: h.cx - h.w - 3, cy: 136, r: 3.2, fill: '#e0a83a' });
    out += el('circle', { cx: h.cx + h.w + 3, cy: 136, r: 3.2, fill: '#e0a83a' });
  } else if (earrings === 'hoop') {
    const hoop = { r: 6, fill: 'none', stroke: '#e0a83a', 'stroke-width': 2.5 };
    out += el('circle', { cx: h.cx - h.w - 3, cy: 141, ...hoop });
    out += el('circle', { cx: h.cx + h.w + 3, cy: 141, ...hoop });
  }
  return out;
}

/** Everything drawn on top of the head shape. */
export function features(h: Head, f: FaceSpec, c: FaceColors): string {
  const { cx, chin, w } = h;
  const ey = 117;
  const ex = 18;
  let out = '';
  // Cheeks.
  out += el('ellipse', { cx: cx - ex - 9, cy: 136, rx: 9, ry: 6, fill: '#e06c5a', 'fill-opacity': 0.18 });
  out += el('ellipse', { cx: cx + ex + 9, cy: 136, rx: 9, ry: 6, fill: '#e06c5a', 'fill-opacity': 0.18 });
  if (f.freckles) {
    for (const [dx, dy] of [
      [-30, 128],
      [-24, 131],
      [-27, 135],
      [-20, 127],
    ] as const) {
      out += el('circle', { cx: cx + dx, cy: dy, r: 1.4, fill: c.shade });
      out += el('circle', { cx: cx - dx, cy: dy, r: 1.4, fill: c.shade });
    }
  }
  if (f.vitiligo) {
    const patch = { fill: '#e8c8b2' };
    out += el('path', {
      d: compact(`M${cx - 34} 128 C${cx - 38} 134 ${cx - 34} 142 ${cx - 27} 141 C${cx - 22} 140 ${cx - 18} 136
        ${cx - 21} 131 C${cx - 24} 126 ${cx - 30} 124 ${cx - 34} 128Z`),
      ...patch,
    });
    out += el('path', {
      d: compact(`M${cx + 10} ${chin - 10} C${cx + 8} ${chin - 4} ${cx + 14} ${chin - 1} ${cx + 20} ${chin - 4}
        C${cx + 25} ${chin - 8} ${cx + 22} ${chin - 15} ${cx + 16} ${chin - 14} C${cx + 12} ${chin - 14} ${cx + 11}
        ${chin - 12} ${cx + 10} ${chin - 10}Z`),
      ...patch,
    });
    out += el('path', {
      d: compact(`M${cx + 18} 86 C${cx + 14} 92 ${cx + 20} 97 ${cx + 27} 95 C${cx + 33} 92 ${cx + 31} 85
        ${cx + 25} 84Z`),
      ...patch,
    });
  }
  // Beard under the features.
  if (f.beard === 'full' || f.beard === 'short' || f.beard === 'stubble') {
    const half = `M${cx - w + 1} 112 C${cx - w + 2} 150 ${cx - 26} ${chin + 8} ${cx} ${chin + 8}
      L${cx} 153 C${cx - 10} 153 ${cx - 16} 150 ${cx - 20} 143 C${cx - 30} 142 ${cx - w + 6} 136 ${cx - w + 1} 112Z`;
    const fullD = f.beard === 'full' ? half : half.replace(`${chin + 8}`, `${chin + 2}`);
    out += el('path', {
      d: compact(fullD) + mirror(fullD, cx),
      fill: c.hair,
      'fill-opacity': f.beard === 'stubble' ? 0.3 : undefined,
    });
  }
  if (f.beard === 'goatee') {
    out += el('path', {
      d: compact(`M${cx - 12} 154 Q${cx} 150 ${cx + 12} 154 Q${cx + 10} ${chin + 4} ${cx} ${chin + 4}
        Q${cx - 10} ${chin + 4} ${cx - 12} 154Z`),
      fill: c.hair,
    });
  }
  if (f.beard && f.beard !== 'stubble') {
    const m = `M${cx} 140 C${cx - 4} 137 ${cx - 12} 136 ${cx - 18} 144 C${cx - 10} 143 ${cx - 4} 144 ${cx} 144Z`;
    out += el('path', { d: compact(m) + mirror(m, cx), fill: c.hair });
  }
  // Eyes and brows.
  for (const side of [-1, 1]) {
    const x = cx + side * ex;
    out += el('ellipse', { cx: x, cy: ey, rx: 4.3, ry: 5.2, fill: INK });
    out += el('circle', { cx: x + 1.4, cy: ey - 1.8, r: 1.4, fill: '#ffffff' });
  }
  const browY = f.brows === 'arch' ? 102 : 104;
  const browD =
    f.brows === 'arch'
      ? `M${cx - ex - 9} ${browY + 4} Q${cx - ex} ${browY - 4} ${cx - ex + 9} ${browY + 2}`
      : `M${cx - ex - 9} ${browY + 2} Q${cx - ex} ${browY - 1} ${cx - ex + 9} ${browY + 1}`;
  const bw = f.brows === 'thick' ? 5.5 : 3.5;
  out += stroke(browD, c.brow, bw) + stroke(mirror(browD, cx), c.brow, bw);
  // Age lines.
  if (f.age === 'senior' || f.age === 'elder') {
    const crow = `M${cx - ex - 9} ${ey - 1} L${cx - ex - 14} ${ey - 4} M${cx - ex - 9} ${ey + 3} L${cx - ex - 14}
      ${ey + 5}`;
    out += stroke(crow, c.shade, 2) + stroke(mirror(crow, cx), c.shade, 2);
    const fold = `M${cx - 13} 133 Q${cx - 20} 141 ${cx - 17} 150`;
    out += stroke(fold, c.shade, 2.2) + stroke(mirror(fold, cx), c.shade, 2.2);
  }
  if (f.age === 'elder') {
    out += stroke(
      `M${cx - 14} 90 Q${cx} 87 ${cx + 14} 90 M${cx - 10} 96 Q${cx} 94 ${cx + 10} 96`,
      c.shade,
      2,
    );
    const bag = `M${cx - ex - 5} ${ey + 8} Q${cx - ex} ${ey + 11} ${cx - ex + 5} ${ey + 8}`;
    out += stroke(bag, c.shade, 1.8) + stroke(mirror(bag, cx), c.shade, 1.8);
  }
  if (f.age === 'adult') {
    const dimple = `M${cx - 15} 139 Q${cx - 19} 144 ${cx - 16} 148`;
    out += stroke(dimple, c.shade, 1.8, 0.7) + stroke(mirror(dimple, cx), c.shade, 1.8, 0.7);
  }
  // Nose.
  if (f.nose === 'button') out += stroke(`M${cx - 5} 131 Q${cx} 135 ${cx + 5} 131`, c.shade, 3);
  if (f.nose === 'long')
    out += stroke(`M${cx - 1} 114 Q${cx - 3} 124 ${cx - 6} 130 Q${cx} 136 ${cx + 5} 131`, c.shade, 3);
  if (f.nose === 'wide')
    out += el('path', {
      d: compact(`M${cx - 9} 131 Q${cx - 8} 124 ${cx - 3} 121 L${cx + 3} 121 Q${cx + 8} 124 ${cx + 9} 131
        Q${cx} 137 ${cx - 9} 131Z`),
      fill: c.shade,
    });
  // Mouth.
  const lips = f.lips ?? MOUTH;
  if (f.mouth === 'smile') out += stroke(`M${cx - 11} 146 Q${cx} 155 ${cx + 11} 146`, lips, 3.5);
  if (f.mouth === 'soft') out += stroke(`M${cx - 8} 148 Q${cx} 152 ${cx + 8} 148`, lips, 3.5);
  if (f.mouth === 'smirk') out += stroke(`M${cx - 10} 149 Q${cx + 2} 153 ${cx + 11} 145`, lips, 3.5);
  if (f.mouth === 'grin') {
    out += el('path', {
      d: compact(`M${cx - 13} 144 Q${cx} 147 ${cx + 13} 144 Q${cx + 10} 158 ${cx} 158 Q${cx - 10} 158
        ${cx - 13} 144Z`),
      fill: lips,
    });
    out += el('path', {
      d: compact(`M${cx - 10} 145.5 Q${cx} 148 ${cx + 10} 145.5 L${cx + 9} 149 Q${cx} 151 ${cx - 9} 149Z`),
      fill: '#ffffff',
    });
  }
  // Glasses.
  if (f.glasses) {
    const g = {
      fill: f.tinted ? '#2c3440' : '#ffffff',
      'fill-opacity': f.tinted ? 0.7 : 0.18,
      stroke: c.glasses,
      'stroke-width': 3,
    };
    for (const side of [-1, 1]) {
      const x = cx + side * ex;
      out +=
        f.glasses === 'round'
          ? el('circle', { cx: x, cy: ey, r: 11, ...g })
          : el('rect', { x: x - 13, y: ey - 9, width: 26, height: 19, rx: 5, ...g });
    }
    const inner = f.glasses === 'round' ? ex - 11 : ex - 13;
    out += stroke(`M${cx - inner} ${ey - 1} Q${cx} ${ey - 5} ${cx + inner} ${ey - 1}`, c.glasses, 3);
    out += stroke(`M${cx - ex - 12} ${ey - 3} L${cx - w} ${ey - 6}`, c.glasses, 3);
    out += stroke(`M${cx + ex + 12} ${ey - 3} L${cx + w} ${ey - 6}`, c.glasses, 3);
  }
  return out;
}
