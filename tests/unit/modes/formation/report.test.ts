import { describe, expect, it } from 'vitest';
import { sessionCodeOf } from '../../../../src/core/session-code';
import { buildReport, reportToJson } from '../../../../src/engine/modes/formation/report';
import { reportToCsv } from '../../../../src/engine/modes/formation/report-csv';
import { readCsv, writeCsv } from '../../../../src/scenario/csv';
import type { Team } from '../../../../src/engine/modes/formation/teams';
import { loadIndex } from '../helpers';
import { playTraining } from './session-flow';

/** A strict RFC 4180 reader, to check what the writer produced. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const teams: Team[] = [
  { id: 1, name: 'Élu·es; "mairie"', role: 'elus' },
  { id: 2, name: '=SUM(A1)', role: 'habitants' },
  { id: 3, name: 'Regard', role: 'observers' },
];

describe('session report', () => {
  const index = loadIndex('quartier-generateur');
  const rule = { rule: 'majority', tieBreak: 'card-order' } as const;
  const { state, rounds } = playTraining(
    index,
    11,
    teams,
    rule,
    (team, turn, count) => (team + turn) % count,
  );
  const report = buildReport({
    index,
    state,
    rounds,
    teams,
    rule,
    lang: 'fr',
    sessionCode: sessionCodeOf(state, index),
  });

  it('has one row per turn, with the votes, the decision and the meter moves', () => {
    expect(report.rows).toHaveLength(state.log.length);
    for (const [i, row] of report.rows.entries()) {
      const record = state.log[i]!;
      expect(row.decided).toBe(record.choice);
      expect(row.decidedText.length).toBeGreaterThan(0);
      expect(row.votes.find((v) => v.team === 3)?.choice).toBeNull();
      for (const [id, m] of Object.entries(row.meters)) expect(m.after).toBe(record.meters[id]);
    }
    const first = report.rows[0]!;
    const initial = index.meters.get('elus')!.initial;
    expect(first.meters.elus!.delta).toBe(state.log[0]!.meters.elus! - initial);
  });

  it('writes CSV with a BOM, CRLF, RFC 4180 quoting and neutralised formulas; it reads back cell for cell', () => {
    const csv = reportToCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows).toHaveLength(report.rows.length + 1);
    const header = rows[0]!;
    expect(header).toContain('vote Élu·es; "mairie"');
    expect(header).toContain('vote =SUM(A1)');
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const cardCol = header.indexOf('texte de la carte');
    expect(rows[1]![cardCol]).toBe(report.rows[0]!.cardText);
    const cell = (value: string | number, separator: ',' | ';'): string =>
      writeCsv([[value]], { separator, newline: '\n' }).slice(0, -1);
    expect(cell('=1+1', ';')).toBe(`"'=1+1"`);
    expect(cell(-5, ';')).toBe('-5');
    expect(cell('a,b', ',')).toBe('"a,b"');
    expect(cell('dit "oui"\nensuite', ';')).toBe('"dit ""oui""\nensuite"');
    expect(readCsv(csv, ';')[0]).toEqual(header);
    expect(reportToCsv(report, { bom: false, separator: ',' }).startsWith('statut,')).toBe(true);
  });

  it('writes JSON that parses back to the same report', () => {
    const parsed = JSON.parse(reportToJson(report)) as Record<string, unknown>;
    expect(parsed.format).toBe('tisser-session-report');
    expect(parsed.rows).toEqual(JSON.parse(JSON.stringify(report.rows)));
    expect(parsed.sessionCode).toBe(sessionCodeOf(state, index));
  });
});
