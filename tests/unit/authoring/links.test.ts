/** Every relative link of the authoring docs leads to a file that exists, and to a heading that exists. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = join(import.meta.dirname, '../../../docs/authoring');
const pages = readdirSync(folder).filter((name) => name.endsWith('.md'));

/** The anchors GitHub gives the headings of a Markdown text. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const line of markdown.replace(/```[\s\S]*?```/g, '').split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const slug = (heading[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    anchors.add(slug);
  }
  return anchors;
}

describe.each(pages)('docs/authoring/%s', (page) => {
  const markdown = readFileSync(join(folder, page), 'utf8');
  const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((href) => !/^[a-z]+:/.test(href));

  it('links only to files and headings that exist', () => {
    for (const href of links) {
      const [path = '', anchor] = href.split('#');
      const target = path === '' ? join(folder, page) : join(dirname(join(folder, page)), path);
      expect(existsSync(target), href).toBe(true);
      if (anchor !== undefined && target.endsWith('.md'))
        expect([...anchorsOf(readFileSync(target, 'utf8'))], href).toContain(anchor);
    }
  });
});

describe('the link check', () => {
  it('reads anchors as GitHub writes them', () => {
    const anchors = anchorsOf(
      '# Équilibrer avec `simulate`\n## Quand ça ne marche pas\n```sh\n# not a heading\n```',
    );
    expect([...anchors]).toEqual(['équilibrer-avec-simulate', 'quand-ça-ne-marche-pas']);
  });
});
