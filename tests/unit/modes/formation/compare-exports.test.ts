import { describe, expect, it } from 'vitest';
import { sessionCodeOf } from '../../../../src/core/session-code';
import { COMPARE_WORDS_FR, comparisonToCsv } from '../../../../src/engine/modes/formation/compare-csv';
import { compareExports } from '../../../../src/engine/modes/formation/compare-exports';
import { buildReport, reportToJson } from '../../../../src/engine/modes/formation/report';
import type { Team } from '../../../../src/engine/modes/formation/teams';
import { readCsv } from '../../../../src/scenario/csv';
import { loadIndex } from '../helpers';
import { playTraining } from './session-flow';

const teams: Team[] = [
  { id: 1, name: 'A', role: null },
  { id: 2, name: 'B', role: null },
];
const rule = { rule: 'majority', tieBreak: 'card-order' } as const;

/** A session of `id` played with seed `seed`, every team on the offered choice at `pick`, as exported. */
function exported(id: string, seed: number, pick: number): string {
  const index = loadIndex(id);
  const { state, rounds } = playTraining(index, seed, teams, rule, (_t, _turn, count) => pick % count);
  const report = buildReport({
    index,
    state,
    rounds,
    teams,
    rule,
    lang: 'fr',
    sessionCode: sessionCodeOf(state, index),
  });
  return reportToJson(report);
}

describe('several sessions’ JSON exports combined into one comparison', () => {
  const morning = exported('quartier-generateur', 3, 0);
  const evening = exported('quartier-generateur', 3, 1);
  // A version 1 export (before the room's numbering and the paths abandoned): still read.
  const old = JSON.parse(exported('quartier-generateur', 5, 0)) as Record<string, unknown>;
  delete old.meters;
  delete old.undone;
  delete old.endingTitle;
  // …and before the length of play was recorded.
  delete old.length;
  delete old.cut;
  const v1 = JSON.stringify({
    ...old,
    version: 1,
    rows: (old.rows as Record<string, unknown>[]).map(({ decidedNumber: _n, ...rest }) => rest),
  });
  const comparison = compareExports([
    { name: 'matin.json', text: morning },
    { name: 'soir.json', text: evening },
    { name: 'ancien.json', text: v1 },
    { name: 'notes.txt', text: 'pas du JSON' },
    { name: 'reglages.json', text: '{"theme":"sombre"}' },
    { name: 'autre.json', text: exported('premiers-pas', 3, 0) },
    { name: 'copie.json', text: morning },
    { name: 'abime.json', text: morning.replace('"rows"', '"lignes"') },
    { name: 'futur.json', text: morning.replace('"version": 2', '"version": 9') },
  ]);

  it('keeps every valid export, and says why each other file was left out', () => {
    expect(comparison.sessions.map((s) => s.label)).toEqual(['matin', 'soir', 'ancien']);
    expect(comparison.rejected).toEqual([
      { name: 'notes.txt', reason: { kind: 'not-json' } },
      { name: 'reglages.json', reason: { kind: 'not-report' } },
      {
        name: 'autre.json',
        reason: { kind: 'other-scenario', found: 'premiers-pas', expected: 'quartier-generateur' },
      },
      { name: 'copie.json', reason: { kind: 'duplicate', of: 'matin' } },
      { name: 'abime.json', reason: { kind: 'invalid', field: 'rows' } },
      { name: 'futur.json', reason: { kind: 'too-new', version: 9 } },
    ]);
    expect(comparison.scenarioId).toBe('quartier-generateur');
  });

  it('lines up the endings, each card’s choice per session and the meters’ curves', () => {
    for (const session of comparison.sessions) expect(session.ending).not.toBeNull();
    expect(comparison.sessions[0]!.endingTitle.length).toBeGreaterThan(0);
    const morningRows = (JSON.parse(morning) as { rows: { card: string; decidedNumber: number }[] }).rows;
    for (const row of morningRows) {
      const card = comparison.cards.find((c) => c.card === row.card)!;
      expect(card.entries[0]?.number).toBe(row.decidedNumber);
    }
    const shared = comparison.cards.filter((c) => c.entries[0] && c.entries[1]);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.some((c) => !c.same)).toBe(true);
    expect(comparison.cards[0]!.entries[2]?.number).toBe(1);
    for (const meter of comparison.meters) {
      comparison.sessions.forEach((session, i) =>
        expect(meter.curves[i]).toHaveLength(session.decisions + 1),
      );
    }
    expect(comparison.meters.find((m) => m.id === 'elus')?.label).not.toBe('elus');
  });

  it('exports the comparison as a CSV French spreadsheets read, cell for cell', () => {
    const rows = readCsv(comparisonToCsv(comparison), ';');
    expect(rows[0]).toEqual(['carte', 'texte de la carte', 'matin', 'soir', 'ancien']);
    expect(rows[1]![1]).toBe('fin atteinte');
    expect(rows.filter((r) => r[0] !== '').length).toBe(1 + comparison.cards.length);
    const card = comparison.cards[0]!;
    const line = rows.find((r) => r[0] === card.card)!;
    expect(line[2]).toBe(`${card.entries[0]!.number}. ${card.entries[0]!.choiceText}`);
  });

  it('has a length row in the CSV, as on screen, "not recorded" for an older export', () => {
    const short = JSON.parse(evening) as Record<string, unknown>;
    const cut = compareExports([
      { name: 'matin.json', text: morning },
      {
        name: 'court.json',
        text: JSON.stringify({
          ...short,
          sessionCode: `${String(short.sessionCode)}.45min`,
          length: 45,
          cut: { turns: 15, minutes: 45 },
        }),
      },
      { name: 'ancien.json', text: v1 },
    ]);
    const full = cut.sessions[0]!.cut!;
    const rows = readCsv(comparisonToCsv(cut), ';');
    const lengthRow = rows.find((r) => r[1] === 'durée de jeu');
    expect(lengthRow).toEqual([
      '',
      'durée de jeu',
      `Tout le scénario (${full.turns} cartes au plus, environ ${full.minutes} minutes)`,
      '45 minutes (15 cartes au plus)',
      'non notée (export ancien)',
    ]);
    // Right under the ending, as on screen.
    expect(rows.indexOf(lengthRow!)).toBe(2);
    // The CSV's rules hold on it: semicolons, BOM, and a length as text never run as a formula.
    const text = comparisonToCsv(cut, { ...COMPARE_WORDS_FR, lengthUnknown: '=non notée' });
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(';"\'=non notée"');
  });

  it('gives an empty comparison, not an error, when nothing is readable', () => {
    const empty = compareExports([{ name: 'x.json', text: '' }]);
    expect(empty.sessions).toEqual([]);
    expect(empty.rejected).toEqual([{ name: 'x.json', reason: { kind: 'not-json' } }]);
  });
});
