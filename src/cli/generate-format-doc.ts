/** Writes docs/scenario-format.md from the JSON Schemas: `npm run docs:scenario-format`. */
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { schemaMarkdown } from '../scenario/authoring/schema-doc';
import { CODEX_SCHEMA, SCENARIO_SCHEMA } from '../scenario/validation';

/** The documentation as committed: generated, then formatted by Prettier like every Markdown file. */
export async function formatDoc(): Promise<string> {
  return format(schemaMarkdown(SCENARIO_SCHEMA, CODEX_SCHEMA), {
    parser: 'markdown',
    printWidth: 110,
    proseWrap: 'preserve',
  });
}

if (process.argv[1] !== undefined && /generate-format-doc\.[tj]s$/.test(process.argv[1])) {
  const target = new URL('../../docs/scenario-format.md', import.meta.url);
  writeFileSync(target, await formatDoc());
  process.stdout.write(`written ${target.pathname}\n`);
}
