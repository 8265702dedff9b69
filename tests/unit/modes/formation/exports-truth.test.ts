/**
 * Issue #18, "the truth of the record": the findings of a trainer's run, reproduced as tests. One
 * choice numbering (the room's) in the report, the CSV and the JSON; the undone path kept across a
 * reload and in every export; disagreement as the share of teams against the choice played; a CSV that
 * French spreadsheets open right.
 */
import { describe, expect, it } from 'vitest';
import { sessionCodeOf } from '../../../../src/core/session-code';
import { choiceNumber } from '../../../../src/engine/modes/formation/choice-number';
import { dissentOf } from '../../../../src/engine/modes/formation/dissent';
import { decodeFormation, encodeFormation } from '../../../../src/engine/modes/formation/persist';
import { buildReport, reportToJson } from '../../../../src/engine/modes/formation/report';
import { CSV_WORDS_FR, reportToCsv, type CsvWords } from '../../../../src/engine/modes/formation/report-csv';
import { startFormation, stepFormation } from '../../../../src/engine/modes/formation/session';
import { teamDebrief } from '../../../../src/engine/modes/formation/team-debrief';
import type { Team } from '../../../../src/engine/modes/formation/teams';
import { readCsv } from '../../../../src/scenario/csv';
import { loadIndex } from '../helpers';
import { playTraining } from './session-flow';

const teams: Team[] = [
  { id: 1, name: 'Mairie', role: 'elus' },
  { id: 2, name: 'Quartier', role: null },
  { id: 3, name: 'Asso', role: null },
  { id: 4, name: 'PME', role: null },
];
const rule = { rule: 'majority', tieBreak: 'card-order' } as const;
const index = loadIndex('quartier-generateur');
/** Teams 1–2 vote the first offered choice, 3–4 the second: 2 against 2, the first played (card order). */
const voteOf = (team: number, _turn: number, count: number): number => (team <= 2 || count < 2 ? 0 : 1);
const { state, rounds } = playTraining(index, 11, teams, rule, voteOf);
const code = sessionCodeOf(state, index);
const undone = rounds.slice(-2).reverse();
const report = buildReport({
  index,
  state,
  rounds,
  undone,
  teams,
  rule,
  lang: 'fr',
  sessionCode: code,
});

describe('one choice numbering: the number the room saw on the card', () => {
  it('numbers among the offered choices, in card order', () => {
    expect(choiceNumber(['b', 'c'], 'b')).toBe(1);
    expect(choiceNumber(['b', 'c'], 'a')).toBeNull();
  });

  it('a card with a greyed-out choice: the room keyed 1, the report says 1 (the table said 2)', () => {
    const shifted = report.rows.filter((row) => {
      const all = index.cards.get(row.card)?.choices.map((c) => c.id) ?? [];
      return row.choices.some((choice, i) => all[i] !== choice.id);
    });
    expect(shifted.length).toBeGreaterThan(0);
    for (const row of report.rows) {
      const offered = row.choices.map((c) => c.id);
      for (const vote of row.votes) {
        const keyed = voteOf(vote.team, row.turn - 1, offered.length) + 1;
        expect(vote.number).toBe(keyed);
        expect(offered[keyed - 1]).toBe(vote.choice);
      }
      expect(row.decidedNumber).toBe(offered.indexOf(row.decided) + 1);
    }
  });

  it('the CSV and the JSON carry the same numbers', () => {
    const csv = readCsv(reportToCsv(report), ';');
    const header = csv[0]!;
    const number = header.indexOf(CSV_WORDS_FR.decidedNumber);
    const vote4 = header.indexOf('vote PME');
    for (const [i, row] of report.rows.entries()) {
      expect(csv[i + 1]![number]).toBe(String(row.decidedNumber));
      expect(csv[i + 1]![vote4]).toBe(String(row.votes[3]!.number));
    }
    const json = JSON.parse(reportToJson(report)) as { version: number; rows: { decidedNumber: number }[] };
    expect(json.version).toBe(2);
    expect(json.rows.map((r) => r.decidedNumber)).toEqual(report.rows.map((r) => r.decidedNumber));
  });
});

describe('disagreement: the share of teams that did not vote for the choice played', () => {
  it('2 against 2 is 2 of 4 (50 %); 3 against 1 is 1 of 4 (25 %); unanimous is 0', () => {
    expect(dissentOf({ decided: 'a', votes: { 1: 'a', 2: 'a', 3: 'b', 4: 'b' } })).toEqual({
      against: 2,
      voted: 4,
      share: 0.5,
    });
    expect(dissentOf({ decided: 'a', votes: { 1: 'a', 2: 'a', 3: 'a', 4: 'b' } }).share).toBe(0.25);
    expect(dissentOf({ decided: 'a', votes: { 1: 'a', 2: 'a' } }).share).toBe(0);
    expect(dissentOf({ decided: 'a', votes: {} })).toEqual({ against: 0, voted: 0, share: 0 });
  });

  it('the report, the debrief and the CSV use it', () => {
    const split = report.rows.filter((row) => row.choices.length > 1);
    for (const row of split) expect(row.dissent).toEqual({ against: 2, voted: 4, share: 0.5 });
    const debrief = teamDebrief(rounds, teams);
    expect(debrief.disagreements.every((d) => d.dissent.share === 0.5)).toBe(true);
    const csv = readCsv(reportToCsv(report), ';');
    const column = csv[0]!.indexOf(CSV_WORDS_FR.disagreement);
    const row = csv.find((line) => line[csv[0]!.indexOf(CSV_WORDS_FR.against)] === '2 sur 4');
    expect(row?.[column]).toBe('0,5');
  });
});

describe('predictions shown as predicted', () => {
  it('each team’s prediction per family, set against what happened', () => {
    const row = report.rows[0]!;
    expect(row.votes[0]!.prediction).toEqual({ elus: 'up' });
    const csv = readCsv(reportToCsv(report), ';');
    const column = csv[0]!.indexOf('prédiction Mairie');
    const verdict = row.trends.elus === 'up' ? 'juste' : 'fausse';
    expect(csv[1]![column]).toBe(`élu·es hausse (${verdict})`);
    expect(csv[1]![csv[0]!.indexOf(CSV_WORDS_FR.moved)]).toMatch(
      /^élu·es (hausse|baisse|stable) \/ habitant·es/,
    );
  });
});

describe('undone paths kept', () => {
  const settings = { teams, rule, timerMs: 60_000, timerEnabled: false, predict: true };
  const kept = rounds.length - 2;
  const played = { ...startFormation(settings), history: rounds };
  const back = stepFormation(played, { type: 'rewound', keepTurns: kept }, 0).state;

  it('going back keeps the rounds undone, across a reload', () => {
    expect(back.reversed.map((r) => r.turn)).toEqual([rounds.length, rounds.length - 1]);
    const read = decodeFormation(encodeFormation('quartier-generateur', back), 'quartier-generateur', kept);
    expect(read.ok && read.state.reversed).toEqual(back.reversed);
    expect(read.ok && read.state.history).toHaveLength(kept);
  });

  it('an old save (version 1, nothing undone kept) still loads', () => {
    const old = JSON.parse(encodeFormation('quartier-generateur', back)) as Record<string, unknown>;
    delete old.reversed;
    const read = decodeFormation(JSON.stringify({ ...old, version: 1 }), 'quartier-generateur', kept);
    expect(read.ok && read.state.reversed).toEqual([]);
    expect(read.ok && read.state.history).toHaveLength(kept);
  });

  it('the debrief, the CSV and the JSON show what had been chosen', () => {
    const debrief = teamDebrief(back.history, teams, back.reversed);
    const last = rounds.at(-1)!;
    expect(debrief.reversed[0]).toMatchObject({
      turn: last.turn,
      card: last.card,
      choice: last.decided,
      number: last.choices.indexOf(last.decided) + 1,
      by: last.by,
    });
    expect(report.undone.map((d) => d.turn)).toEqual(undone.map((r) => r.turn));
    expect(report.undone[0]!.decidedText.length).toBeGreaterThan(0);
    const csv = readCsv(reportToCsv(report), ';');
    const status = csv[0]!.indexOf(CSV_WORDS_FR.status);
    expect(csv.filter((line) => line[status] === CSV_WORDS_FR.undone)).toHaveLength(2);
    expect(csv.every((line) => line.length === csv[0]!.length)).toBe(true);
    const json = JSON.parse(reportToJson(report)) as { undone: { card: string; decided: string }[] };
    expect(json.undone[0]).toMatchObject({ card: last.card, decided: last.decided });
  });
});

describe('a CSV French Excel and LibreOffice open right', () => {
  const bytes = Buffer.from(reportToCsv(report), 'utf8');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  it('UTF-8 with a byte order mark, semicolons, decimal commas, CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text, ';');
    expect(rows.length).toBe(report.rows.length + report.undone.length + 1);
    expect(rows[0]!.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/;0\.\d/);
    expect(text).toMatch(/;0,5;/);
  });

  it('French labels and values, never the code’s words', () => {
    const rows = readCsv(text, ';');
    expect(rows[0]!.slice(0, 3)).toEqual(['statut', 'décision', 'phase']);
    const by = rows[0]!.indexOf(CSV_WORDS_FR.decidedBy);
    const values = new Set(rows.slice(1).map((row) => row[by]));
    expect([...values].every((v) => ['majorité', 'égalité départagée', ''].includes(v!))).toBe(true);
    expect(values.has('égalité départagée')).toBe(true);
    expect(text).not.toMatch(/majority|tie-break|\bup\b|\bdown\b/);
  });

  it('English words when the interface is English; the formula guard kept', () => {
    const en: CsvWords = {
      ...CSV_WORDS_FR,
      decidedBy: 'decided by',
      by: { ...CSV_WORDS_FR.by, majority: 'majority', 'tie-break': 'tie broken' },
      outOf: '{{against}} of {{voted}}',
    };
    const english = readCsv(reportToCsv(report, { words: en, separator: ',' }), ',');
    expect(english[0]).toContain('decided by');
    expect(english.some((row) => row.includes('2 of 4'))).toBe(true);
    expect(english.some((row) => row.includes('0.5'))).toBe(true);
    const risky = buildReport({
      index,
      state,
      rounds,
      teams: [{ id: 1, name: '=HYPERLINK("x")', role: null }, ...teams.slice(1)],
      rule,
      lang: 'fr',
      sessionCode: code,
    });
    const written = reportToCsv(risky);
    expect(written).toContain(`"vote =HYPERLINK(""x"")"`);
    expect(written).not.toMatch(/;=|;"=/);
    expect(written).toMatch(/;-\d/);
  });
});
