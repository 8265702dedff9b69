/**
 * Checking a scenario file (.json or .zip) from its bytes, all the way: decoding (the one UTF-8 rule),
 * unpacking an archive within its limits, validating. Its result is plain data (the scenario as JSON
 * text, images as bytes) so that it can cross from the file worker to the page, which only parses and
 * compiles the scenario when the player asks to play it. Pure and synchronous; never throws.
 */
import { stableHash } from '../../core/hash';
import type { Language, LocalizedText, Scenario } from '../../scenario/format';
import { decodeScenarioBytes, encodingProblem, type Problem } from '../../scenario/validation';
import { isArchiveName, unpackArchive, type ArchiveImage } from './open-archive';
import { checkScenarioText, isJsonName, MAX_SCENARIO_BYTES, type OpenRefusal } from './open-scenario';
import { ZIP_LIMITS } from './zip-read';

/** A checked file: what the page needs to show it and, later, to play it; or why it is refused. */
export type CheckedFile =
  | {
      ok: true;
      /** The file's name (the archive's, for an archive). */
      file: string;
      title: LocalizedText;
      /** The scenario file's text (as decoded), kept for after a reload. */
      text: string;
      /** The validated (and migrated) scenario as JSON, parsed only to play. */
      json: string;
      /** Identifies the content: the same scenario gives the same hash (saves are kept by it). */
      hash: string;
      warnings: Problem[];
      images: ArchiveImage[];
    }
  | OpenRefusal;

/** What to check: a file's bytes (by its name, .json or .zip), or a scenario text kept from earlier. */
export type CheckSource =
  { name: string; bytes: Uint8Array } | { name: string; text: string; images?: readonly string[] };

function checkedText(
  text: string,
  file: string,
  lang: Language,
  conceptIds: readonly string[],
  images: readonly ArchiveImage[],
  imageNames: readonly string[],
  shownAs: string = file,
): CheckedFile {
  const checked = checkScenarioText(text, file, lang, conceptIds, imageNames);
  if (!checked.ok) return checked;
  const scenario: Scenario = checked.scenario;
  return {
    ok: true,
    file: shownAs,
    title: scenario.meta.title,
    text,
    json: JSON.stringify(scenario),
    hash: stableHash(scenario),
    warnings: checked.warnings,
    images: [...images],
  };
}

/** Checks a file (see the module comment) against the shared codex's concept ids. */
export function checkScenarioFile(
  source: CheckSource,
  lang: Language,
  conceptIds: readonly string[],
): CheckedFile {
  const file = source.name;
  if ('text' in source) return checkedText(source.text, file, lang, conceptIds, [], source.images ?? []);
  const { bytes } = source;
  if (isArchiveName(file)) {
    if (bytes.byteLength > ZIP_LIMITS.maxArchiveBytes)
      return {
        ok: false,
        file,
        reason: 'archive',
        error: { code: 'archive-too-big', size: bytes.byteLength, max: ZIP_LIMITS.maxArchiveBytes },
      };
    const unpacked = unpackArchive(bytes);
    if (!('json' in unpacked)) return { ok: false, file, reason: 'archive', error: unpacked };
    const inside = `${file}/${unpacked.json.name}`;
    const decoded = decodeScenarioBytes(unpacked.json.data);
    if (!decoded.ok)
      return {
        ok: false,
        file,
        reason: 'invalid',
        problems: [encodingProblem(decoded.problem, inside, lang)],
      };
    const images = [...unpacked.images.values()];
    return checkedText(decoded.text, inside, lang, conceptIds, images, [...unpacked.images.keys()], file);
  }
  if (!isJsonName(file)) return { ok: false, file, reason: 'not-json' };
  if (bytes.byteLength > MAX_SCENARIO_BYTES)
    return { ok: false, file, reason: 'too-big', size: bytes.byteLength };
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok)
    return { ok: false, file, reason: 'invalid', problems: [encodingProblem(decoded.problem, file, lang)] };
  return checkedText(decoded.text, file, lang, conceptIds, [], []);
}
