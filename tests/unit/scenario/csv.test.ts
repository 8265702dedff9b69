import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectStrings } from '../../../src/scenario/authoring/strings-collect';
import { fromCsv, toCsv } from '../../../src/scenario/authoring/strings-formats';
import { readCsv, writeCsv } from '../../../src/scenario/csv';
import { loadScenario } from '../modes/helpers';

describe('CSV files (one writer, one formula guard)', () => {
  it('reads back every text exactly, whatever its quotes, separators, line breaks or apostrophes', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', ',', ';', '"', "'", '\n', '\r', '\t', '=', '+', '-', '@', 'é'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // A row of empty cells is skipped as an empty line: give each row a non-empty first cell.
          const safe = rows.map((row) => [`r${row.length}`, ...row]);
          for (const separator of [',', ';'] as const)
            expect(readCsv(writeCsv(safe, { separator, bom: separator === ';' }), separator)).toEqual(safe);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('neutralises formulas in every export: the report and the translators’ strings', () => {
    const cells = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tcmd', "'=still"];
    const written = writeCsv([cells]);
    for (const cell of cells) expect(written).toContain(`"'${cell.replace(/"/g, '""')}"`);
    expect(readCsv(written)[0]).toEqual(cells);
    expect(writeCsv([[5, -3, null, Number.NaN]])).toBe('5,-3,,\r\n');
    const scenario = loadScenario('premiers-pas');
    const entries = collectStrings(scenario, 'en').map((entry, i) =>
      i === 0 ? { ...entry, translation: '=cmd|" /C calc"!A0' } : entry,
    );
    const csv = toCsv(entries, 'en');
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(fromCsv(csv)[0]?.translation).toBe('=cmd|" /C calc"!A0');
  });
});
