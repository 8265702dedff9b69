/**
 * `scenario play <file> [--seed N] [--choices 1,2,1…]`: plays one session in text mode through the
 * public API (src/engine/api.ts: the real rules, the view model and the debrief), printing what a
 * player reads.
 */
import { readSync } from 'node:fs';
import { Session } from '../engine/api';
import type { MessageLang } from '../scenario/validation';
import { intOption, UsageError, type ParsedArgs } from './cli-args';
import { loadScenario, printProblems } from './cli-io';
import { cardText, consequenceText, endingText, phaseText, PLAY_WORDS } from './play-text';

/** Where interactive choices come from: one line per call, `null` at the end of input. */
export type LineReader = (prompt: string) => string | null;

/** Parses `--choices 1,2,1` into 1-based numbers. */
export function parseChoices(raw: string | undefined): number[] | null {
  if (raw === undefined) return null;
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^[1-9]\d*$/.test(part)))
    throw new UsageError(`--choices must be numbers from 1 separated by commas, not "${raw}"`);
  return parts.map(Number);
}

/** Reads one line from stdin synchronously (a terminal or a pipe); `null` at the end of input. */
export function stdinLine(prompt: string): string | null {
  process.stdout.write(prompt);
  const bytes: number[] = [];
  const buffer = Buffer.alloc(1);
  for (;;) {
    let read: number;
    try {
      read = readSync(0, buffer, 0, 1, null);
    } catch (error) {
      // A non-blocking stdin has nothing yet: wait 50 ms rather than spin.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') read = 0;
      else throw error;
    }
    if (read === 0) return bytes.length > 0 ? Buffer.from(bytes).toString('utf8') : null;
    if (buffer[0] === 0x0a) return Buffer.from(bytes).toString('utf8').replace(/\r$/, '');
    bytes.push(buffer[0] ?? 0);
  }
}

/** Runs the verb; returns the exit code. Choices come from `--choices`, else from `input` (stdin). */
export function runPlay(
  args: ParsedArgs,
  lang: MessageLang,
  out: (line: string) => void,
  input: LineReader = stdinLine,
): number {
  const [file] = args.positionals;
  if (file === undefined) throw new UsageError('play needs a scenario file');
  const seed = intOption(args, 'seed', 1);
  const given = parseChoices(args.options.get('choices'));
  const opened = loadScenario(file, lang);
  if (!opened.loaded) {
    printProblems(opened.problems, lang);
    return 1;
  }
  const session = Session.start(opened.loaded, { seed, lang });
  const w = PLAY_WORDS[lang];
  const picked: number[] = [];
  const replayLine = (): string =>
    `${w.replay}${lang === 'fr' ? ' :' : ':'} npm run scenario -- play ${file} --lang ${lang} --seed ${seed}` +
    (picked.length > 0 ? ` --choices ${picked.join(',')}` : '');
  out(`${session.view().scenario.title} — seed ${seed}`);
  for (;;) {
    const view = session.view();
    if (view.screen === 'ended') {
      if (view.ending) for (const line of endingText(view.ending, session.debrief(), view)) out(line);
      out(replayLine());
      return 0;
    }
    if (view.screen === 'phase-intro') for (const line of phaseText(view)) out(line);
    if (view.screen === 'consequence' && view.consequence)
      for (const line of consequenceText(view.consequence, session.state, view)) out(line);
    if (view.screen !== 'card') {
      session.continue();
      continue;
    }
    const card = view.card;
    if (!card) throw new Error(`no card to show at turn ${view.progress.turn}`);
    for (const line of cardText(card, view)) out(line);
    const max = card.choices.length;
    let number: number | undefined;
    if (given) {
      number = given[picked.length];
      if (number === undefined) {
        out(w.stopped(card.id, view.progress.turn + 1));
        out(replayLine());
        return 0;
      }
      if (number > max)
        throw new UsageError(`--choices: choice ${number} at card "${card.id}" does not exist (1–${max})`);
      const blocked = card.choices[number - 1]?.unavailable;
      if (blocked)
        throw new UsageError(
          `--choices: choice ${number} at card "${card.id}" cannot be taken: ${blocked.reason}`,
        );
    } else {
      while (number === undefined) {
        const line = input(w.prompt);
        if (line === null || line.trim().toLowerCase() === 'q') {
          out(w.quit);
          out(replayLine());
          return 0;
        }
        const n = Number(line.trim());
        const blocked = card.choices[n - 1]?.unavailable;
        if (blocked) out(blocked.reason);
        else if (Number.isInteger(n) && n >= 1 && n <= max) number = n;
        else out(w.invalid(max));
      }
    }
    const choice = card.choices[number - 1];
    if (!choice) throw new Error('unreachable: choice number checked');
    picked.push(number);
    session.choose(choice.id);
  }
}
