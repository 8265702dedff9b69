/**
 * Generates the field-by-field documentation of the scenario format (docs/scenario-format.md) from the
 * JSON Schema, so the two can never disagree (a test fails when the committed doc is stale).
 */
import { FORMAT_VERSION } from '../format';
import type { JsonSchema } from '../validation/schema-check';

const anchor = (name: string): string => name.toLowerCase();

/** The semantic checks of the validator, listed in the doc. */
export const SEMANTIC_RULES: readonly string[] = [
  'Ids are unique among actors, meters, phases, cards, initiatives, endings and concepts, and among the choices of a card.',
  "Every id a scenario cites exists: speakers, phase decks, chains (`next`), effects, conditions, evaluation terms, concepts (the scenario's own plus the shared codex `scenarios/codex.json`).",
  'The four family trust meters `elus`, `habitants`, `entreprises`, `associations` are declared; every meter has min <= initial <= max.',
  "Portraits are `portrait-01` … `portrait-38`; a scenario opened in the game from a .zip archive may also name the archive's images (PNG, JPEG, SVG, WebP) by their path, as portraits or as the map `background`.",
  'Every card is in a phase deck or reached by a chain; no phase deck is empty; cards cannot chain into each other forever.',
  'A card whose every choice has a condition is a possible dead end (warning).',
  'A flag tested but never set, or set but never tested, is reported (warning).',
  'Every text has every language of `meta.languages`, which must include `fr`.',
  'There is an `end` ending without condition (the fallback).',
  'Initiative thresholds increase: emerging <= running <= consolidated. A link never joins an actor to itself.',
  'A choice has a `feedback`, unless every outcome has one and the last outcome has no `when`. An outcome or a risk without `when` comes last.',
  'A delayed consequence has `afterTurns`, `when` or both; it can land before the longest possible session ends (phases to their `maxTurns` plus every card once as a chain); its `within` is not shorter than its `afterTurns`. It contains no `cost` and no other `delayed`.',
  "A risk's `chance` is strictly between 0 and 1; `afterTurns` and `within` are whole numbers of at least 1.",
  'A condition that can never hold (bounds that do not meet, such as a meter above its max, or an `all` that contradicts itself) is reported: an error in a drift rule or a delayed consequence (the rule would never apply), a warning elsewhere.',
  'Meters named by drift rules, ceilings, `gap`, `dominant` and `balance` exist; a ceiling does not name its own meter (warning).',
  'A file with an older `formatVersion` (1, or the draft 0) is converted losslessly (warning; `npm run scenario -- migrate <file> --write` saves it); a newer one is refused. A version 2 file that still says `choicePreview` is told it was renamed `preview`.',
  'Files over 5 MB, nesting deeper than 64 levels, duplicate keys and the keys `__proto__`, `constructor`, `prototype` are refused.',
];

/** A short type description of a schema, with links to the definitions it uses. */
export function typeOf(schema: JsonSchema): string {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split('/').pop() ?? '';
    return `[${name}](#${anchor(name)})`;
  }
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.anyOf) return 'one of the shapes below';
  const bounds: string[] = [];
  if (schema.minimum !== undefined) bounds.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) bounds.push(`> ${schema.exclusiveMinimum}`);
  if (schema.exclusiveMaximum !== undefined) bounds.push(`< ${schema.exclusiveMaximum}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${schema.maximum}`);
  // `\S`: not blank (whitespace alone counts as empty), said in words.
  if (schema.pattern === '\\S') bounds.push('not blank');
  else if (schema.pattern !== undefined) bounds.push(`pattern \`${schema.pattern}\``);
  const base =
    schema.type === 'integer' ? 'whole number' : schema.type === 'string' ? 'text' : (schema.type ?? 'any');
  return bounds.length > 0 ? `${base} (${bounds.join(', ')})` : base;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(schema: JsonSchema, defs?: Record<string, JsonSchema>): string[] {
  const lines = ['| Field | Type | Required | Description |', '| --- | --- | --- | --- |'];
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const required = (schema.required ?? []).includes(key) ? 'yes' : 'no';
    const bounds: string[] = [];
    if (sub.minItems !== undefined) bounds.push(`at least ${sub.minItems}`);
    if (sub.maxItems !== undefined) bounds.push(`at most ${sub.maxItems}`);
    const type = typeOf(sub).replace(/\\\|/g, '|');
    const target = sub.$ref?.startsWith('#/$defs/') ? defs?.[sub.$ref.slice(8)] : undefined;
    const description = `${sub.description ?? target?.description ?? ''}${bounds.length > 0 ? ` (${bounds.join(', ')} items)` : ''}`;
    lines.push(`| \`${key}\` | ${cell(type)} | ${required} | ${cell(description)} |`);
  }
  return lines;
}

function section(
  name: string,
  schema: JsonSchema,
  level: string,
  defs?: Record<string, JsonSchema>,
): string[] {
  const out = [`${level} ${name}`, ''];
  if (schema.description) out.push(schema.description, '');
  if (schema.properties) out.push(...table(schema, defs), '');
  else if (!schema.anyOf) out.push(`Type: ${typeOf(schema)}`, '');
  (schema.anyOf ?? []).forEach((alternative, i) => {
    const keys = (alternative.required ?? []).join(', ');
    out.push(
      `**Shape ${i + 1}**${keys ? ` (\`${keys}\`)` : ''}${alternative.description ? `: ${alternative.description}` : ''}`,
      '',
    );
    if (alternative.properties) out.push(...table(alternative, defs), '');
  });
  return out;
}

/** The Markdown documentation of a scenario schema (and of the codex schema, if given). */
export function schemaMarkdown(scenario: JsonSchema, codex?: JsonSchema): string {
  const out = [
    `# Scenario format (version ${FORMAT_VERSION})`,
    '',
    '<!-- GENERATED from scenarios/schema/scenario.schema.json by `npm run docs:scenario-format`. Do not edit by hand. -->',
    '',
    'A scenario is one JSON file in `scenarios/`. Editors that understand JSON Schema (VS Code and others) check and',
    'complete it when it starts with `"$schema": "./schema/scenario.schema.json"`. Check a file with',
    '`npm run scenario -- validate scenarios/<file>.json`; every problem is printed as `file:line:column  /json/path  message`.',
    '',
    'Ids are lowercase letters, digits, dashes and underscores. Texts are `{ "fr": "…", "en": "…" }` objects: French is',
    'required, and every language listed in `meta.languages` must be present everywhere.',
    '',
    ...section('Scenario (the file)', scenario, '##', scenario.$defs),
  ];
  for (const [name, schema] of Object.entries(scenario.$defs ?? {}))
    out.push(...section(name, schema, '##', scenario.$defs));
  if (codex) out.push(...section('Codex (scenarios/codex.json)', codex, '##', scenario.$defs));
  out.push('## Rules beyond the schema', '', ...SEMANTIC_RULES.map((rule) => `- ${rule}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}
