/**
 * Every JSON snippet of the cookbooks and of the guide to format 2's dilemmas (```json cookbook
 * <definition>) is valid for the part of the format it shows, and the French and English versions of each
 * show the same snippets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA } from '../../../src/scenario/validation';
import { SchemaChecker, type JsonSchema } from '../../../src/scenario/validation/schema-check';
import { blockValues, jsonBlocks, type MarkdownBlock } from './markdown-blocks';

const read = (path: string): string => readFileSync(join(import.meta.dirname, '../../..', path), 'utf8');
const definitions = SCENARIO_SCHEMA.$defs ?? {};

/** The schema issues of a value checked against one definition of the scenario schema. */
function issuesOf(definition: string, value: unknown): string[] {
  const fragment: JsonSchema = { $id: 'fragment', $ref: `scenario.schema.json#/$defs/${definition}` };
  const checker = new SchemaChecker([SCENARIO_SCHEMA, fragment]);
  return checker.check('fragment', value).issues.map((i) => `${i.code} ${i.path}`);
}

const cookbookBlocks = (file: string): MarkdownBlock[] =>
  jsonBlocks(read(file)).filter((b) => b.tags[0] === 'cookbook');

const COOKBOOK_KINDS = [
  'map',
  'actor',
  'choice',
  'condition',
  'meter',
  'effect',
  'initiative',
  'ending',
  'phase',
];
const DILEMMA_KINDS = ['choice', 'risk', 'effect', 'meter', 'drift', 'condition', 'ending', 'evaluationTerm'];

describe.each([
  ['docs/authoring/cookbook.fr.md', COOKBOOK_KINDS],
  ['docs/authoring/cookbook.en.md', COOKBOOK_KINDS],
  ['docs/authoring/dilemmes.fr.md', DILEMMA_KINDS],
  ['docs/authoring/dilemmas.en.md', DILEMMA_KINDS],
])('%s', (file, kindsWanted) => {
  const blocks = cookbookBlocks(file);

  it('has a snippet for each kind of recipe', () => {
    const kinds = new Set(blocks.map((b) => b.tags[1]));
    for (const kind of kindsWanted) expect(kinds).toContain(kind);
  });

  it('has only snippets valid for the definition they name', () => {
    for (const block of blocks) {
      const definition = block.tags[1] ?? '';
      expect({ line: block.line, definition, known: definition in definitions }).toEqual({
        line: block.line,
        definition,
        known: true,
      });
      const values = blockValues(block);
      expect(values.length).toBeGreaterThan(0);
      for (const value of values)
        expect({ line: block.line, issues: issuesOf(definition, value) }).toEqual({
          line: block.line,
          issues: [],
        });
    }
  });
});

describe('the cookbook check', () => {
  it('sees a broken snippet', () => {
    expect(issuesOf('effect', { type: 'meter', meter: 'elus' })).not.toEqual([]);
    expect(issuesOf('condition', { flag: 'x', is: 'oui' })).not.toEqual([]);
  });

  it('finds the same snippets in French and in English', () => {
    const bodies = (file: string): string[] =>
      cookbookBlocks(file).map((b) => `${b.tags.join(' ')}\n${b.body}`);
    expect(bodies('docs/authoring/cookbook.en.md')).toEqual(bodies('docs/authoring/cookbook.fr.md'));
    expect(bodies('docs/authoring/dilemmas.en.md')).toEqual(bodies('docs/authoring/dilemmes.fr.md'));
  });
});
