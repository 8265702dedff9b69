/**
 * Renders every sound of the catalogue, levels it, encodes it to MP3 and writes it to assets/audio/,
 * with a manifest (assets/audio/manifest.json) listing durations, loudness and loop flags.
 * Run with `npm run assets:audio`. Deterministic: the same code always writes the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOUNDS, renderLevelled } from './catalogue';
import { encodeMp3 } from './encode';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'audio');

/** One manifest entry. */
interface ManifestEntry {
  file: string;
  kind: 'cue' | 'ambience';
  purpose: string;
  loop: boolean;
  durationMs: number;
  sampleRate: number;
  kbps: number;
  lufs: number;
  peakDb: number;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const manifest: ManifestEntry[] = [];
  const lines: string[] = [];
  for (const spec of SOUNDS) {
    const { signal, report } = renderLevelled(spec);
    const loop = spec.kind === 'ambience';
    const bytes = encodeMp3(signal, {
      sampleRate: spec.sampleRate,
      kbps: spec.kbps,
      ...(loop ? { loopContext: 1152 } : {}),
    });
    const file = `${spec.id}.mp3`;
    writeFileSync(join(outDir, file), bytes);
    const durationMs = Math.round((signal.length / spec.sampleRate) * 1000);
    manifest.push({
      file,
      kind: spec.kind,
      purpose: spec.purpose,
      loop,
      durationMs,
      sampleRate: spec.sampleRate,
      kbps: spec.kbps,
      lufs: round1(report.lufs),
      peakDb: round1(report.peakDb),
    });
    lines.push(
      [
        file.padEnd(32),
        `${durationMs} ms`.padStart(9),
        `${(bytes.length / 1024).toFixed(1)} KB`.padStart(9),
        `${round1(report.lufs)} LUFS`.padStart(11),
        `peak ${round1(report.peakDb)} dBFS`.padStart(16),
        `rms ${round1(report.rmsDb)} dBFS`.padStart(15),
        report.peakLimited ? ' (peak-limited)' : '',
      ].join(''),
    );
  }
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
