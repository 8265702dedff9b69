import * as v from 'valibot';
import { check, envelopeVersion, parseStoredText } from '../../stored-envelope';
import { SESSION_LENGTHS, type SessionLength } from './session-length';
import { REPORT_FORMAT } from './report';

/**
 * Several sessions' JSON exports (the report's "Exporter en JSON") combined into one comparison: a
 * facilitator who ran the same scenario with several groups sees the endings, each card's choice per
 * session and the meters' curves side by side. Version 1 exports (before the choices were numbered as
 * on the card) are read too. A file that is not such an export is left out with its reason; the others
 * are kept.
 */

/** A file given to the comparison: its name (to label it and to name it in a message) and its text. */
export interface ExportFile {
  name: string;
  text: string;
}

/** Why a file was left out. */
export type ExportRejection =
  | { kind: 'not-json' }
  | { kind: 'not-report' }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; field: string }
  | { kind: 'other-scenario'; found: string; expected: string }
  | { kind: 'duplicate'; of: string };

/** One session in the comparison. */
export interface ComparedSession {
  /** The file's name without `.json`. */
  label: string;
  sessionCode: string;
  /** The length of play; null in an export written before it was recorded. */
  length: SessionLength | null;
  /** What that length held: the most cards, their minutes (null when not recorded). */
  cut: { turns: number; minutes: number } | null;
  ending: string | null;
  endingTitle: string;
  teams: string[];
  decisions: number;
  /** Decisions the room went back on. */
  undone: number;
}

/** What one session did on a card. */
export interface CardEntry {
  turn: number;
  /** The number the room saw (null in a version 1 export when it cannot be known). */
  number: number | null;
  choice: string;
  choiceText: string;
}

/** A card met by at least one session, with each session's decision on it. */
export interface ComparedCard {
  card: string;
  cardText: string;
  /** One entry per session, same order as `sessions`; null when that session did not meet the card. */
  entries: (CardEntry | null)[];
  /** Every session met it and took the same choice. */
  same: boolean;
}

/** A meter's curve in each session: its value at the start, then after every decision. */
export interface ComparedMeter {
  id: string;
  label: string;
  curves: number[][];
}

/** The comparison. */
export interface ExportsComparison {
  scenarioId: string | null;
  scenarioTitle: string;
  sessions: ComparedSession[];
  rejected: { name: string; reason: ExportRejection }[];
  /** Cards in the order they were first met (by the first session, then the next…). */
  cards: ComparedCard[];
  meters: ComparedMeter[];
}

const row = v.object({
  turn: v.number(),
  card: v.string(),
  cardText: v.string(),
  decided: v.string(),
  decidedText: v.string(),
  decidedNumber: v.optional(v.nullable(v.number())),
  choices: v.array(v.object({ id: v.string() })),
  meters: v.record(v.string(), v.object({ after: v.number(), delta: v.number() })),
});
const schema = v.object({
  scenarioId: v.string(),
  scenarioVersion: v.number(),
  scenarioTitle: v.string(),
  sessionCode: v.string(),
  length: v.optional(v.picklist(SESSION_LENGTHS)),
  cut: v.optional(v.object({ turns: v.number(), minutes: v.number() })),
  ending: v.nullable(v.string()),
  endingTitle: v.optional(v.string(), ''),
  teams: v.array(v.object({ name: v.string() })),
  meters: v.optional(v.array(v.object({ id: v.string(), label: v.string() }))),
  rows: v.array(row),
  undone: v.optional(v.array(v.unknown()), []),
});
type Export = v.InferOutput<typeof schema>;

/** Reads one file as a session report export. */
function readExport(file: ExportFile): { ok: true; report: Export } | { ok: false; reason: ExportRejection } {
  const parsed = parseStoredText(file.text);
  if (!parsed.ok) return { ok: false, reason: { kind: 'not-json' } };
  const header = envelopeVersion(parsed.data, REPORT_FORMAT.format, 'version', REPORT_FORMAT.version);
  if (!header.ok)
    return { ok: false, reason: header.error.kind === 'foreign' ? { kind: 'not-report' } : header.error };
  const read = check(schema, parsed.data);
  return read.ok
    ? { ok: true, report: read.value }
    : { ok: false, reason: { kind: 'invalid', field: read.field } };
}

const labelOf = (name: string): string => name.replace(/\.json$/i, '');

/** Combines the files: the first valid export sets the scenario; the others must be of the same one. */
export function compareExports(files: readonly ExportFile[]): ExportsComparison {
  const kept: { label: string; report: Export }[] = [];
  const rejected: ExportsComparison['rejected'] = [];
  for (const file of files) {
    const read = readExport(file);
    if (!read.ok) {
      rejected.push({ name: file.name, reason: read.reason });
      continue;
    }
    const first = kept[0]?.report;
    if (first && read.report.scenarioId !== first.scenarioId) {
      rejected.push({
        name: file.name,
        reason: { kind: 'other-scenario', found: read.report.scenarioId, expected: first.scenarioId },
      });
      continue;
    }
    const twin = kept.find((k) => k.report.sessionCode === read.report.sessionCode);
    if (twin) {
      rejected.push({ name: file.name, reason: { kind: 'duplicate', of: twin.label } });
      continue;
    }
    kept.push({ label: labelOf(file.name), report: read.report });
  }
  const cards: ComparedCard[] = [];
  const byCard = new Map<string, ComparedCard>();
  kept.forEach(({ report }, i) => {
    for (const r of report.rows) {
      let compared = byCard.get(r.card);
      if (!compared) {
        compared = { card: r.card, cardText: r.cardText, entries: kept.map(() => null), same: false };
        byCard.set(r.card, compared);
        cards.push(compared);
      }
      const at = r.choices.findIndex((c) => c.id === r.decided);
      compared.entries[i] = {
        turn: r.turn,
        number: r.decidedNumber ?? (at >= 0 ? at + 1 : null),
        choice: r.decided,
        choiceText: r.decidedText,
      };
    }
  });
  for (const card of cards) {
    const [first] = card.entries;
    card.same = card.entries.every((e) => e !== null && first !== null && e.choice === first?.choice);
  }
  const first = kept[0]?.report;
  const meterIds = first?.meters?.map((m) => m.id) ?? Object.keys(first?.rows[0]?.meters ?? {});
  const meters: ComparedMeter[] = meterIds.map((id) => ({
    id,
    label: first?.meters?.find((m) => m.id === id)?.label ?? id,
    curves: kept.map(({ report }) => {
      const start = report.rows[0]?.meters[id];
      return [
        ...(start ? [start.after - start.delta] : []),
        ...report.rows.map((r) => r.meters[id]?.after ?? Number.NaN),
      ];
    }),
  }));
  return {
    scenarioId: first?.scenarioId ?? null,
    scenarioTitle: first?.scenarioTitle ?? '',
    sessions: kept.map(({ label, report }) => ({
      label,
      sessionCode: report.sessionCode,
      length: report.length ?? null,
      cut: report.cut ? { turns: report.cut.turns, minutes: report.cut.minutes } : null,
      ending: report.ending,
      endingTitle: report.endingTitle,
      teams: report.teams.map((team) => team.name),
      decisions: report.rows.length,
      undone: report.undone.length,
    })),
    rejected,
    cards,
    meters,
  };
}
