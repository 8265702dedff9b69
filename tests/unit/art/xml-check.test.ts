import { describe, expect, it } from 'vitest';
import { allElements, parseXml } from './xml-check';

describe('the tiny XML reader used on the art', () => {
  it('reads a well-formed document with nested elements, attributes and entities', () => {
    const doc = parseXml('<svg a="1"><title>Caf&amp;é &#233;</title><g id="x"><path d="M0 0"/></g></svg>\n');
    expect(doc.name).toBe('svg');
    expect(doc.attrs.a).toBe('1');
    expect(doc.children[0]?.text).toBe('Caf&amp;é &#233;');
    expect(allElements(doc).map((e) => e.name)).toEqual(['svg', 'title', 'g', 'path']);
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a mismatched closing tag', '<svg><g></h></svg>'],
    ['an unquoted attribute', '<svg a=1/>'],
    ['a duplicate attribute', '<svg a="1" a="2"/>'],
    ['a bare ampersand', '<svg><title>a & b</title></svg>'],
    ['two roots', '<svg/><svg/>'],
    ['text outside the root', 'hello<svg/>'],
    ['attributes without a space', '<svg a="1"b="2"/>'],
    ['a comment (not written by the generator)', '<svg><!-- x --></svg>'],
  ])('rejects %s', (_label, source) => {
    expect(() => parseXml(source)).toThrow();
  });
});
