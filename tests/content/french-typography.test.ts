/**
 * French typography in what the game shows of every bundled scenario and of the codex: each French
 * text, as the game shows it (`localize`, which sets the narrow no-break spaces authors need not type),
 * has a narrow no-break space before « ; : ! ? » and after «.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/engine/localize';
import { frenchSpacingProblems } from '../fixtures/french-typography';
import { bundledScenarios, SCENARIO_DIR } from './bundled-scenarios';

/** Every French text of a parsed file (any object with a string `fr`), with its path. */
function frenchTexts(node: unknown, path: string): [string, { fr: string }][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => frenchTexts(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record.fr === 'string') return [[path, record as { fr: string }]];
  return Object.entries(record).flatMap(([key, value]) => frenchTexts(value, `${path}.${key}`));
}

const files = [
  ...bundledScenarios().map(({ file, scenario }) => ({ file, parsed: scenario as unknown })),
  {
    file: `${SCENARIO_DIR}/codex.json`,
    parsed: JSON.parse(readFileSync(`${SCENARIO_DIR}/codex.json`, 'utf8')),
  },
];

describe.each(files)('$file', ({ file, parsed }) => {
  it('shows every French text with French spacing', () => {
    const texts = frenchTexts(parsed, file);
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.flatMap(([path, text]) => frenchSpacingProblems(path, localize(text, 'fr')))).toEqual([]);
  });
});
