/**
 * Scenario validation: the public API.
 *
 * - `validateScenarioText(text, file, { lang, knownConcepts })` → `{ scenario?, problems }`
 * - `validateCodexText(text, file, { lang })` → `{ codex?, problems }`
 * - `validateScenarioBytes(bytes, file, options)`: the same from a file's bytes (UTF-8, BOM tolerated)
 * - `formatProblem(problem, lang)` → `file:line:column  /json/path  message`
 * - `migrate(raw)` brings an older file to the current format version.
 */
export { formatProblem, sortProblems, type Problem } from './problem';
export { validateScenarioText, validateCodexText, SCENARIO_SCHEMA, CODEX_SCHEMA } from './validate';
export type { ScenarioValidation, CodexValidation, ValidateOptions } from './validate';
export { migrate, MIGRATIONS, type MigrationResult } from './migrate';
export { validateScenarioBytes, validateCodexBytes, encodingProblem } from './validate-bytes';
export { decodeScenarioBytes, type DecodedText, type EncodingProblem } from './decode-text';
export {
  parseLocatedJson,
  DEFAULT_LIMITS,
  type LocatedJson,
  type JsonSpan,
  type ParseLimits,
} from './json-locate';
export type { MessageLang } from './messages';
