/**
 * The validator's entry points: text in, every problem out (located and worded), and the scenario when
 * there is no error. Runs in Node and in the browser (no eval, no code generation).
 */
import codexSchema from '../../../scenarios/schema/codex.schema.json';
import scenarioSchema from '../../../scenarios/schema/scenario.schema.json';
import { CODEX_FORMAT_VERSION, FORMAT_VERSION, type Codex, type Scenario } from '../format';
import { parseLocatedJson, DEFAULT_LIMITS, type LocatedJson, type ParseLimits } from './json-locate';
import { describeOwner, renderMessage, type MessageLang } from './messages';
import { migrate } from './migrate';
import { sortProblems, type Problem } from './problem';
import { SchemaChecker, type JsonSchema, type SchemaIssue } from './schema-check';
import { checkFlow } from './semantic-flow';
import { checkMechanics } from './semantic-mechanics';
import { checkReferences, type SemanticIssue, type SemanticOptions } from './semantic-refs';

/** Options of the validator. */
export interface ValidateOptions extends SemanticOptions {
  /** Language of the messages. Defaults to English. */
  lang?: MessageLang;
  /** Size and depth limits. */
  limits?: ParseLimits;
}

/** The result of validating a scenario: the scenario only when there is no error. */
export interface ScenarioValidation {
  scenario?: Scenario;
  problems: Problem[];
  /** The format version the file was migrated from, if it was older. */
  migratedFrom?: number;
}

/** The schemas, as plain data. */
export const SCENARIO_SCHEMA = scenarioSchema as unknown as JsonSchema;
/** The codex schema, as plain data. */
export const CODEX_SCHEMA = codexSchema as unknown as JsonSchema;

const checker = new SchemaChecker([SCENARIO_SCHEMA, CODEX_SCHEMA]);

type Issue = {
  code: string;
  path: string;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
  onKey?: boolean;
  line?: number;
  column?: number;
};

/** Turns issues into located, worded problems. */
function locate(
  file: string,
  parsed: LocatedJson,
  root: unknown,
  issues: Issue[],
  lang: MessageLang,
): Problem[] {
  return issues.map((issue) => {
    let path = issue.path;
    let span = issue.onKey ? parsed.keys.get(path) : undefined;
    while (!span) {
      span = parsed.values.get(path);
      if (span || path === '') break;
      path = path.slice(0, path.lastIndexOf('/'));
    }
    const segments = issue.path.split('/');
    const last = segments.pop() ?? '';
    const key = /^\d+$/.test(last) ? `${segments.pop() ?? ''}[${last}]` : last;
    const owner = describeOwner(lang, issue.path, root);
    const field = issue.path === '' ? owner : `${owner}, ${lang === 'fr' ? `« ${key} »` : `"${key}"`}`;
    return {
      file,
      line: issue.line ?? span?.line ?? 1,
      column: issue.column ?? span?.column ?? 1,
      path: issue.path,
      code: issue.code,
      message: renderMessage(lang, issue.code, { owner, field, ...issue.params }),
      severity: issue.severity,
    };
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const schemaIssues = (issues: SchemaIssue[]): Issue[] =>
  issues.map((i) => ({ ...i, severity: 'error', onKey: i.code === 'schema-additional' }));

/** Missing translations: every localized text must have every declared language. */
function checkTranslations(value: Record<string, unknown>, textPaths: readonly string[]): Issue[] {
  const meta = value.meta;
  const declared = isPlainObject(meta) && Array.isArray(meta.languages) ? meta.languages : [];
  const langs = declared.filter((l): l is string => typeof l === 'string' && l !== 'fr');
  const issues: Issue[] = [];
  for (const path of textPaths) {
    let node: unknown = value;
    for (const part of path.split('/').slice(1))
      node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[part] : undefined;
    if (!isPlainObject(node)) continue;
    for (const lang of langs) {
      const text = node[lang];
      if (typeof text !== 'string' || text.trim() === '')
        issues.push({ code: 'translation-missing', path, params: { lang }, severity: 'error' });
    }
  }
  return issues;
}

/** Fields a current file still names as an older format did: each gets a "renamed" message. */
const RENAMED: readonly { parent: string; old: string; now: string; version: number }[] = [
  { parent: 'meta', old: 'choicePreview', now: 'preview', version: 2 },
];

function renamedFields(value: unknown): Issue[] {
  if (!isPlainObject(value)) return [];
  return RENAMED.flatMap(({ parent, old, now, version }) => {
    const owner = value[parent];
    if (!isPlainObject(owner) || !Object.hasOwn(owner, old)) return [];
    return [
      {
        code: 'field-renamed',
        path: `/${parent}/${old}`,
        params: { old, now, version },
        severity: 'error' as const,
        onKey: true,
      },
    ];
  });
}

/** Runs the semantic checks; on a file that failed the schema they may meet odd shapes, so never throw. */
function semantic(
  value: Record<string, unknown>,
  options: SemanticOptions,
  schemaFailed: boolean,
): SemanticIssue[] {
  try {
    const scenario = value as unknown as Scenario;
    return [...checkReferences(scenario, options), ...checkFlow(scenario), ...checkMechanics(scenario)];
  } catch (error) {
    if (schemaFailed) return [];
    throw error;
  }
}

/**
 * Validates the text of a scenario file: JSON syntax, format version (older files are migrated, newer
 * refused), the schema, then the semantic checks. Every problem is reported at once, sorted by place.
 * Never throws on any input.
 */
export function validateScenarioText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): ScenarioValidation {
  const lang = options.lang ?? 'en';
  const parsed = parseLocatedJson(text, options.limits ?? DEFAULT_LIMITS);
  const issues: Issue[] = parsed.issues.map((i) => ({
    ...i,
    severity: 'error',
    onKey: i.code === 'json-duplicate-key' || i.code === 'json-forbidden-key',
  }));
  if (!('value' in parsed) || parsed.value === undefined)
    return { problems: locate(file, parsed, undefined, issues, lang) };
  const migrated = migrate(parsed.value);
  if (!migrated.ok) {
    issues.push({ code: migrated.code, path: '/formatVersion', params: migrated.params, severity: 'error' });
    return { problems: sortProblems(locate(file, parsed, parsed.value, issues, lang)) };
  }
  let value = migrated.value;
  if (migrated.from !== null) {
    issues.push({
      code: 'format-migrated',
      path: '/formatVersion',
      params: { from: migrated.from, to: FORMAT_VERSION },
      severity: 'warning',
    });
  }
  if (isPlainObject(value) && value.formatVersion === undefined) {
    issues.push({ code: 'format-missing', path: '', params: { current: FORMAT_VERSION }, severity: 'error' });
    value = { ...value, formatVersion: FORMAT_VERSION };
  }
  const checked = checker.check('scenario.schema.json', value);
  const renamed = migrated.from === null ? renamedFields(value) : [];
  const fromSchema = schemaIssues(checked.issues).filter(
    (issue) => !renamed.some((r) => r.path === issue.path),
  );
  issues.push(...renamed, ...fromSchema);
  if (isPlainObject(value)) {
    issues.push(...checkTranslations(value, checked.refs.get('localizedText') ?? []));
    const badPaths = fromSchema.map((i) => i.path);
    // Semantic checks on a part that broke the schema would only echo it: skip them (above and below).
    const underBad = (path: string): boolean =>
      badPaths.some(
        (bad) => path === bad || path.startsWith(`${bad}/`) || (path !== '' && bad.startsWith(`${path}/`)),
      );
    for (const issue of semantic(value, options, fromSchema.length > 0))
      if (!underBad(issue.path)) issues.push(issue);
  }
  const problems = sortProblems(locate(file, parsed, value, issues, lang));
  const failed = problems.some((p) => p.severity === 'error');
  return {
    ...(failed ? {} : { scenario: value as Scenario }),
    problems,
    ...(migrated.from !== null ? { migratedFrom: migrated.from } : {}),
  };
}

/** The result of validating the shared codex. */
export interface CodexValidation {
  codex?: Codex;
  problems: Problem[];
}

/** Validates the text of the shared codex file (`scenarios/codex.json`). Never throws. */
export function validateCodexText(
  text: string,
  file: string,
  options: ValidateOptions = {},
): CodexValidation {
  const lang = options.lang ?? 'en';
  const parsed = parseLocatedJson(text, options.limits ?? DEFAULT_LIMITS);
  const issues: Issue[] = parsed.issues.map((i) => ({
    ...i,
    severity: 'error',
    onKey: i.code === 'json-duplicate-key' || i.code === 'json-forbidden-key',
  }));
  if (parsed.value === undefined) return { problems: locate(file, parsed, undefined, issues, lang) };
  const migrated = migrate(parsed.value, CODEX_FORMAT_VERSION);
  if (!migrated.ok) {
    issues.push({ code: migrated.code, path: '/formatVersion', params: migrated.params, severity: 'error' });
    return { problems: locate(file, parsed, parsed.value, issues, lang) };
  }
  const checked = checker.check('codex.schema.json', parsed.value);
  issues.push(...schemaIssues(checked.issues));
  if (checked.issues.length === 0) {
    const codex = parsed.value as Codex;
    const seen = new Set<string>();
    codex.concepts.forEach((concept, i) => {
      if (seen.has(concept.id))
        issues.push({
          code: 'duplicate-id',
          path: `/concepts/${i}/id`,
          params: { kind: 'concept', id: concept.id },
          severity: 'error',
        });
      seen.add(concept.id);
    });
  }
  const problems = sortProblems(locate(file, parsed, parsed.value, issues, lang));
  return {
    ...(problems.some((p) => p.severity === 'error') ? {} : { codex: parsed.value as Codex }),
    problems,
  };
}
