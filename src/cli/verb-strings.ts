/** `scenario strings export|import <file> --lang L --format csv|po`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { collectStrings } from '../scenario/authoring/strings-collect';
import { fromCsv, toCsv } from '../scenario/authoring/strings-formats';
import { fromPo, toPo } from './strings-po';
import { importTranslations } from '../scenario/authoring/strings-import';
import { LANGUAGES } from '../scenario/format';
import { validateScenarioText, type MessageLang } from '../scenario/validation';
import { UsageError, type ParsedArgs } from './cli-args';
import { loadScenario, printProblems } from './cli-io';

/** Runs the verb; returns the exit code. */
export function runStrings(args: ParsedArgs, lang: MessageLang, out: (line: string) => void): number {
  const [action, file, translations] = args.positionals;
  const target = args.options.get('lang');
  if (action !== 'export' && action !== 'import') throw new UsageError('strings needs "export" or "import"');
  if (file === undefined) throw new UsageError(`strings ${action} needs a scenario file`);
  if (target === undefined || target === 'fr' || !(LANGUAGES as readonly string[]).includes(target)) {
    throw new UsageError(
      `--lang must name a target language (${LANGUAGES.filter((l) => l !== 'fr').join(', ')})`,
    );
  }
  const format = args.options.get('format') ?? (translations?.endsWith('.po') ? 'po' : 'csv');
  if (format !== 'csv' && format !== 'po') throw new UsageError('--format must be csv or po');
  const loaded = loadScenario(file, lang);
  if (!loaded.scenario) {
    printProblems(loaded.problems, lang);
    return 1;
  }
  const fr = lang === 'fr';
  if (action === 'export') {
    const entries = collectStrings(loaded.scenario, target);
    const text = format === 'csv' ? toCsv(entries, target) : toPo(entries, target);
    const dest = args.options.get('out');
    if (dest === undefined) out(text.trimEnd());
    else {
      writeFileSync(dest, text);
      const missing = entries.filter((e) => e.translation === '').length;
      out(
        fr
          ? `${entries.length} textes écrits dans ${dest} (${missing} à traduire).`
          : `${entries.length} strings written to ${dest} (${missing} to translate).`,
      );
    }
    return 0;
  }
  if (translations === undefined) throw new UsageError('strings import needs the translations file');
  const content = readFileSync(translations, 'utf8');
  const rows = format === 'csv' ? fromCsv(content) : fromPo(content);
  const result = importTranslations(loaded.text, loaded.scenario, rows, target);
  const check = validateScenarioText(result.text, file, { lang });
  if (
    check.problems.some((p) => p.severity === 'error') &&
    !loaded.problems.some((p) => p.severity === 'error')
  ) {
    printProblems(check.problems, lang);
    return 1;
  }
  writeFileSync(file, result.text);
  out(
    fr
      ? `${result.applied.length} traduction(s) écrite(s) dans ${file}.`
      : `${result.applied.length} translation(s) written to ${file}.`,
  );
  for (const id of result.stale)
    out(
      fr
        ? `périmé : ${id} (le français a changé depuis l'export)`
        : `stale: ${id} (the French changed since the export)`,
    );
  for (const id of result.unknown)
    out(fr ? `inconnu : ${id} (absent du scénario)` : `unknown: ${id} (not in the scenario)`);
  return result.stale.length > 0 || result.unknown.length > 0 ? 1 : 0;
}
