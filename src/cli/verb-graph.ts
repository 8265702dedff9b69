import type { MessageLang } from '../scenario/validation';
import type { ParsedArgs } from './cli-args';
/** Placeholder until implemented. */
export function runGraph(_args: ParsedArgs, _lang: MessageLang, out: (line: string) => void): number {
  out('not yet');
  return 2;
}
