import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  renderBanlieueCulturelle,
  renderQuartier,
  renderVallee,
  renderValleePyreneenne,
  renderVilleIndustrielle,
} from '../../../assets/generators/audio/ambiences';
import { PEAK_CEILING_DB, SOUNDS, renderLevelled } from '../../../assets/generators/audio/catalogue';
import { renderClick, renderLink, renderPositive } from '../../../assets/generators/audio/cues';
import { encodeMp3, readGaplessInfo } from '../../../assets/generators/audio/encode';
import { limit, loopSeamRatio, loudness, normalise, peak } from '../../../assets/generators/audio/mastering';

const audioDir = join(process.cwd(), 'assets', 'audio');
const cue = (id: string) => {
  const spec = SOUNDS.find((s) => s.id === id);
  if (!spec) throw new Error(`no sound ${id}`);
  return spec;
};

describe('sound generator', () => {
  it('renders the same samples twice (seeded, no Math.random)', () => {
    for (const render of [renderClick, renderPositive, renderLink]) {
      const a = render(44100);
      const b = render(44100);
      expect(a.length).toBeGreaterThan(0);
      expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
    }
    const q1 = renderQuartier(11025, 3);
    const q2 = renderQuartier(11025, 3);
    expect(Buffer.from(q1.buffer).equals(Buffer.from(q2.buffer))).toBe(true);
  });

  it('encodes the same bytes twice', () => {
    const { signal } = renderLevelled(cue('click'));
    const a = encodeMp3(signal, { sampleRate: 44100, kbps: 64 });
    const b = encodeMp3(signal, { sampleRate: 44100, kbps: 64 });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('levels cues near their target without clipping', () => {
    for (const id of ['click', 'positive', 'negative', 'neutral', 'link']) {
      const spec = cue(id);
      const { signal, report } = renderLevelled(spec);
      expect(peak(signal)).toBeLessThan(1);
      expect(report.peakDb).toBeLessThanOrEqual(PEAK_CEILING_DB + 1e-9);
      // Either the loudness target is met, or the peak ceiling stopped the gain a little below it.
      expect(report.lufs).toBeLessThanOrEqual(spec.targetLufs + 0.2);
      expect(report.lufs).toBeGreaterThan(spec.targetLufs - 3);
      expect(loudness(signal, spec.sampleRate)).toBeCloseTo(report.lufs, 6);
    }
  });

  it('limits a transient without touching the rest of the sound', () => {
    const sr = 8000;
    const tone = new Float64Array(sr).map((_, i) => 0.3 * Math.sin((2 * Math.PI * 200 * i) / sr));
    tone[4000] = 0.95;
    limit(tone, sr, 0.5);
    expect(peak(tone)).toBeLessThanOrEqual(0.5 + 1e-12);
    expect(tone[1000]).toBeCloseTo(0.3 * Math.sin((2 * Math.PI * 200 * 1000) / sr), 12);
    expect(tone[7500]).toBeCloseTo(0.3 * Math.sin((2 * Math.PI * 200 * 7500) / sr), 3);
  });

  it('keeps the click short and the other cues under a second', () => {
    expect(renderClick(44100).length / 44100).toBeLessThan(0.08);
    expect(renderPositive(44100).length / 44100).toBeLessThan(1);
  });

  it('renders ambiences as seamless loops (the seam is no rougher than the texture)', () => {
    for (const render of [
      renderQuartier,
      renderVallee,
      renderVilleIndustrielle,
      renderBanlieueCulturelle,
      renderValleePyreneenne,
    ]) {
      const loop = render(11025, 3);
      expect(loop.length).toBe(3 * 11025);
      expect(loopSeamRatio(loop)).toBeLessThan(4);
      // Levelled to the ambience target, a loop keeps a wide margin below clipping.
      const level = normalise(loop, 11025, -30, PEAK_CEILING_DB);
      expect(level.peakLimited).toBe(false);
      expect(level.peakDb).toBeLessThan(-6);
    }
  });

  it('has a seam measure that does catch a cut loop', () => {
    // A 100 Hz sine stopped a quarter of a period early: looping it jumps from -1 back to 0.
    const sr = 11025;
    const cut = new Float64Array(Math.round((10.75 * sr) / 100)).map((_, i) =>
      Math.sin((2 * Math.PI * 100 * i) / sr),
    );
    expect(loopSeamRatio(cut)).toBeGreaterThan(4);
    const whole = new Float64Array(Math.round((10 * sr) / 100)).map((_, i) =>
      Math.sin((2 * Math.PI * 100 * i) / sr),
    );
    expect(loopSeamRatio(whole)).toBeLessThan(4);
  });

  it('writes gapless MP3s whose tag gives back the exact rendered length', () => {
    const spec = cue('neutral');
    const { signal } = renderLevelled(spec);
    const info = readGaplessInfo(encodeMp3(signal, { sampleRate: spec.sampleRate, kbps: spec.kbps }));
    expect(info.samples).toBe(signal.length);
    expect(info.sampleRate).toBe(spec.sampleRate);
  });
});

describe('committed audio files', () => {
  const manifest = JSON.parse(readFileSync(join(audioDir, 'manifest.json'), 'utf8')) as {
    file: string;
    kind: 'cue' | 'ambience';
    durationMs: number;
  }[];

  it('lists every catalogue sound, and the game cues all exist', () => {
    expect(manifest.map((m) => m.file).sort()).toEqual(SOUNDS.map((s) => `${s.id}.mp3`).sort());
    for (const id of ['click', 'positive', 'negative', 'neutral', 'link', 'initiative', 'ending']) {
      expect(existsSync(join(audioDir, `${id}.mp3`))).toBe(true);
    }
    for (const map of [
      'quartier',
      'vallee',
      'ville-industrielle',
      'banlieue-culturelle',
      'vallee-pyreneenne',
    ]) {
      expect(existsSync(join(audioDir, `ambient-${map}.mp3`))).toBe(true);
    }
  });

  it('have sane sizes and durations', () => {
    for (const entry of manifest) {
      const bytes = new Uint8Array(readFileSync(join(audioDir, entry.file)));
      const info = readGaplessInfo(bytes);
      const seconds = info.samples / info.sampleRate;
      expect(Math.round(seconds * 1000)).toBe(entry.durationMs);
      const size = statSync(join(audioDir, entry.file)).size;
      if (entry.kind === 'ambience') {
        expect(size).toBeLessThan(250 * 1024);
        expect(seconds).toBeGreaterThanOrEqual(20);
        expect(seconds).toBeLessThanOrEqual(30);
      } else {
        expect(size).toBeLessThan(30 * 1024);
        expect(size).toBeGreaterThan(500);
        expect(seconds).toBeLessThanOrEqual(entry.file === 'ending.mp3' ? 4 : 1.5);
      }
    }
    const click = manifest.find((m) => m.file === 'click.mp3');
    expect(click?.durationMs).toBeLessThan(80);
  });
});
