/**
 * Path helpers for symmetric shapes: a face or a hairstyle is drawn once for the left side and mirrored.
 */
import { n } from './svg';

/**
 * Mirrors an absolute path (commands M, L, C, Q, T, S, Z with x y pairs only) around the vertical line
 * x = axis.
 */
export function mirror(path: string, axis: number): string {
  const tokens = path.match(/[MLCQTSZ]|-?\d+(?:\.\d+)?/gi) ?? [];
  let isX = true;
  return tokens
    .map((token) => {
      if (/^[a-z]$/i.test(token)) {
        isX = true;
        return token;
      }
      const value = Number(token);
      const out = isX ? n(2 * axis - value) : n(value);
      isX = !isX;
      return out;
    })
    .join(' ')
    .replace(/ ?([MLCQTSZ]) ?/gi, '$1');
}

/** Compacts a path written with spaces: trims and rounds every number. */
export function compact(path: string): string {
  return path
    .replace(/-?\d+(?:\.\d+)?/g, (m) => n(Number(m)))
    .replace(/\s+/g, ' ')
    .replace(/ ?([MLCQTSZ]) ?/gi, '$1')
    .trim();
}

/** A "cloud" outline: a ring of bumps around a centre, used for curly hair, treetops and smoke. */
export function cloud(cx: number, cy: number, rx: number, ry: number, bumps: number, depth: number): string {
  let out = '';
  for (let i = 0; i <= bumps; i += 1) {
    const a = (i / bumps) * Math.PI * 2 - Math.PI / 2;
    const x = cx + Math.cos(a) * rx;
    const y = cy + Math.sin(a) * ry;
    if (i === 0) {
      out += `M${n(x)} ${n(y)}`;
      continue;
    }
    const am = ((i - 0.5) / bumps) * Math.PI * 2 - Math.PI / 2;
    const qx = cx + Math.cos(am) * (rx + depth * 2);
    const qy = cy + Math.sin(am) * (ry + depth * 2);
    out += `Q${n(qx)} ${n(qy)} ${n(x)} ${n(y)}`;
  }
  return out + 'Z';
}
