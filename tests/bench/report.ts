import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BudgetCheck } from './budgets';
import type { ChunkSize } from './bundle-size';

/** Formats bytes as kB (1 kB = 1,000 bytes), one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Formats a value with its unit for the table. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'not measured';
  if (unit === 'B') return kb(value);
  if (unit === '×') return `${value.toFixed(2)} ×`;
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (unit === '/s') return `${Math.round(value).toLocaleString('en-US')} /s`;
  return `${Number.isInteger(value) ? value : value.toFixed(2)}${unit ? ` ${unit}` : ''}`;
}

/** A plain-text table with a header row and left-aligned columns. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The per-chunk table: raw, gzip and brotli bytes. */
export function chunkTable(chunks: readonly ChunkSize[]): string {
  return table(
    ['file', 'kind', 'raw', 'gzip', 'brotli'],
    chunks.map((c) => [c.file, c.kind, kb(c.raw), kb(c.gzip), kb(c.brotli)]),
  );
}

/** The budget table: figure, value, budget, PASS/FAIL (and a note when there is one). */
export function budgetTable(checks: readonly BudgetCheck[]): string {
  return table(
    ['figure', 'value', 'budget', 'result', 'note'],
    checks.map((c) => [
      c.figure,
      formatValue(c.value, c.unit),
      c.budget,
      c.pass ? 'PASS' : 'FAIL',
      c.note ?? '',
    ]),
  );
}

/** Writes the run's results as indented JSON. */
export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}
