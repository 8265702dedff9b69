/**
 * Tiny helpers to write compact, deterministic SVG text. Numbers are rounded to one decimal so the output
 * is small and identical from one run to the next.
 */

/** Attribute values: strings are escaped, numbers rounded, undefined attributes are left out. */
export type Attrs = Record<string, string | number | undefined>;

/** Rounds a number to one decimal and drops a trailing ".0". */
export function n(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Escapes text for XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [key, value] of Object.entries(a)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? n(value) : esc(value)}"`;
  }
  return out;
}

/** One element; with no children it is self-closing. */
export function el(name: string, a: Attrs, ...children: string[]): string {
  const inner = children.join('');
  return inner === '' ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${inner}</${name}>`;
}

/** A path `d` string from a template of numbers: pts rounds every number it is given. */
export function d(parts: TemplateStringsArray, ...values: number[]): string {
  let out = parts[0] ?? '';
  values.forEach((v, i) => {
    out += n(v) + (parts[i + 1] ?? '');
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** A polygon/polyline points attribute. */
export function points(list: readonly (readonly [number, number])[]): string {
  return list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
}

/** A whole SVG document with a viewBox, an accessible <title> and optional <desc>. */
export function svgDoc(opts: {
  width: number;
  height: number;
  title: string;
  desc?: string;
  body: string;
  defs?: string;
}): string {
  const head = el('title', {}, esc(opts.title)) + (opts.desc ? el('desc', {}, esc(opts.desc)) : '');
  const defs = opts.defs ? el('defs', {}, opts.defs) : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${opts.width} ${opts.height}" ` +
    `width="${opts.width}" height="${opts.height}" role="img">` +
    head +
    defs +
    opts.body +
    '</svg>\n'
  );
}
