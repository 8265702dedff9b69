/**
 * Translator files as gettext PO, written and read by pofile: `msgctxt` = the string's id, `msgid` = the
 * French source, `msgstr` = the translation, `#. source-hash: …` = the hash of the source at export
 * (`#, fuzzy` while untranslated). CLI only (pofile is a Node module); the CSV form is shared with the
 * inspector (src/scenario/authoring/strings-formats.ts).
 */
import PO from 'pofile';
import type { StringEntry } from '../scenario/authoring/strings-collect';
import type { TranslationRow } from '../scenario/authoring/strings-formats';

const HASH = /^source-hash:\s*(\S+)/;

/** Writes the PO export. */
export function toPo(entries: readonly StringEntry[], lang: string): string {
  const po = new PO();
  po.headers = { Language: lang, 'Content-Type': 'text/plain; charset=UTF-8' };
  for (const entry of entries) {
    const item = new PO.Item();
    item.msgctxt = entry.id;
    item.msgid = entry.source;
    item.msgstr = [entry.translation];
    item.extractedComments = [`source-hash: ${entry.sourceHash}`];
    if (entry.translation === '') item.flags.fuzzy = true;
    po.items.push(item);
  }
  return `${po.toString()}\n`;
}

/** Reads a PO export back (entries without a context are not the game's and are left out). */
export function fromPo(text: string): TranslationRow[] {
  return PO.parse(text)
    .items.filter((item) => item.msgctxt !== undefined && item.msgctxt !== '')
    .map((item) => ({
      id: item.msgctxt ?? '',
      source: item.msgid,
      translation: item.msgstr[0] ?? '',
      sourceHash: item.extractedComments.map((line) => HASH.exec(line)?.[1]).find(Boolean) ?? '',
    }));
}
