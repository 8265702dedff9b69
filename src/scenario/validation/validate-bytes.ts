/**
 * Validation from a file's bytes, for the command line and the game alike: the bytes are read as text by
 * the one decoding rule (decode-text.ts), then validated; an encoding problem is reported like any other,
 * located and worded.
 */
import { decodeScenarioBytes, type EncodingProblem } from './decode-text';
import { renderMessage, type MessageLang } from './messages';
import type { Problem } from './problem';
import {
  validateCodexText,
  validateScenarioText,
  type CodexValidation,
  type ScenarioValidation,
  type ValidateOptions,
} from './validate';

/** An encoding problem as a located problem of the file. */
export function encodingProblem(problem: EncodingProblem, file: string, lang: MessageLang = 'en'): Problem {
  return {
    file,
    line: problem.line,
    column: problem.column,
    path: '',
    code: problem.code,
    message: renderMessage(lang, problem.code, problem.params),
    severity: 'error',
  };
}

/** Validates a scenario file's bytes; `text` is the decoded text when the encoding was right. */
export function validateScenarioBytes(
  bytes: Uint8Array,
  file: string,
  options: ValidateOptions = {},
): ScenarioValidation & { text?: string } {
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return { problems: [encodingProblem(decoded.problem, file, options.lang)] };
  return { ...validateScenarioText(decoded.text, file, options), text: decoded.text };
}

/** Validates the shared codex's bytes. */
export function validateCodexBytes(
  bytes: Uint8Array,
  file: string,
  options: ValidateOptions = {},
): CodexValidation {
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return { problems: [encodingProblem(decoded.problem, file, options.lang)] };
  return validateCodexText(decoded.text, file, options);
}
