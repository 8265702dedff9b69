/**
 * A tiny, strict XML reader for the generated SVG files: enough to prove that a file is well-formed and to
 * list its elements and attributes. It accepts the subset the generator writes (no comments, no CDATA,
 * no processing instructions, no DOCTYPE) and throws on anything else.
 */

/** One element of the document. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function checkText(text: string, at: number): void {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i))) throw new Error(`bad entity near offset ${at + i}`);
  }
  if (text.includes('<') || text.includes('>')) throw new Error(`stray angle bracket near offset ${at}`);
}

/** Parses a document and returns its root element; throws with a reason if it is not well-formed. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipSpace = (): void => {
    while (pos < source.length && /\s/.test(source[pos] ?? '')) pos += 1;
  };
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const text = lt === -1 ? source.slice(pos) : source.slice(pos, lt);
    checkText(text, pos);
    const top = stack[stack.length - 1];
    if (top) top.text += text;
    else if (text.trim() !== '') throw new Error('text outside the root element');
    if (lt === -1) break;
    pos = lt + 1;
    if (source[pos] === '/') {
      pos += 1;
      const name = NAME.exec(source.slice(pos))?.[0];
      if (!name) throw new Error(`bad closing tag at ${pos}`);
      pos += name.length;
      skipSpace();
      if (source[pos] !== '>') throw new Error(`unterminated closing tag </${name}`);
      pos += 1;
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> does not close <${open?.name ?? '?'}>`);
      continue;
    }
    const name = NAME.exec(source.slice(pos))?.[0];
    if (!name) throw new Error(`bad tag at ${pos}`);
    pos += name.length;
    const element: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const before = pos;
      skipSpace();
      if (source.startsWith('/>', pos) || source[pos] === '>') break;
      if (pos === before) throw new Error(`missing space before an attribute of <${name}>`);
      const attr = NAME.exec(source.slice(pos))?.[0];
      if (!attr) throw new Error(`bad attribute in <${name}> at ${pos}`);
      pos += attr.length;
      if (source[pos] !== '=' || source[pos + 1] !== '"') throw new Error(`unquoted attribute ${attr}`);
      const end = source.indexOf('"', pos + 2);
      if (end === -1) throw new Error(`unterminated attribute ${attr}`);
      const value = source.slice(pos + 2, end);
      checkText(value, pos);
      if (attr in element.attrs) throw new Error(`duplicate attribute ${attr} in <${name}>`);
      element.attrs[attr] = value;
      pos = end + 1;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (root) throw new Error('more than one root element');
    else root = element;
    if (source.startsWith('/>', pos)) pos += 2;
    else {
      pos += 1;
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name ?? '?'}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element of a tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
