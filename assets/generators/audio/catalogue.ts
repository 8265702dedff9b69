/**
 * The catalogue of generated sounds: file name, renderer, format and loudness target of each one.
 * write-all.ts renders this list; docs/audio.md explains how to add an entry.
 */
import type { Signal } from './dsp';
import { normalise, type LevelReport } from './mastering';
import {
  renderBanlieueCulturelle,
  renderQuartier,
  renderVallee,
  renderValleePyreneenne,
  renderVilleIndustrielle,
} from './ambiences';
import {
  renderClick,
  renderEnding,
  renderInitiative,
  renderLink,
  renderNegative,
  renderNeutral,
  renderPositive,
} from './cues';

/** One generated sound. */
export interface SoundSpec {
  /** File name under assets/audio/ (without extension). */
  id: string;
  /** `cue` plays once on an event; `ambience` loops under a map. */
  kind: 'cue' | 'ambience';
  /** What the sound is for (kept in the manifest). */
  purpose: string;
  sampleRate: number;
  /** Constant MP3 bit rate, kbit/s. */
  kbps: number;
  /** Integrated loudness to aim at, LUFS. */
  targetLufs: number;
  /** Renders the unlevelled signal at `sampleRate`. */
  render: (sampleRate: number) => Signal;
}

/** Sample peak ceiling for every sound, dBFS (leaves room for MP3 overshoot). */
export const PEAK_CEILING_DB = -1.5;

const CUE_RATE = 44100;
const AMBIENCE_RATE = 22050;

function cue(
  id: string,
  purpose: string,
  render: (sr: number) => Signal,
  targetLufs = -16,
  format: { sampleRate: number; kbps: number } = { sampleRate: CUE_RATE, kbps: 64 },
): SoundSpec {
  return { id, kind: 'cue', purpose, ...format, targetLufs, render };
}

function ambience(id: string, purpose: string, render: (sr: number) => Signal): SoundSpec {
  return { id, kind: 'ambience', purpose, sampleRate: AMBIENCE_RATE, kbps: 48, targetLufs: -30, render };
}

/** Every sound the game ships, in the order they are written. */
export const SOUNDS: readonly SoundSpec[] = [
  cue('click', 'UI click on any button', renderClick, -22),
  cue('positive', 'a choice helped the ecosystem', renderPositive),
  cue('negative', 'a choice hurt the ecosystem', renderNegative),
  cue('neutral', 'a choice with mixed or no visible effect', renderNeutral),
  cue('link', 'a new link between two actors', renderLink),
  cue('initiative', 'a new initiative appears or grows', renderInitiative),
  cue('ending', 'the session reaches its ending', renderEnding, -17, {
    // LAME keeps 32 kHz at 48 kbit/s (it would resample 44.1 kHz), and 48 kbit/s keeps 3.6 s under 30 KB.
    sampleRate: 32000,
    kbps: 48,
  }),
  ambience('ambient-quartier', 'loop under the urban neighbourhood map', renderQuartier),
  ambience('ambient-vallee', 'loop under the rural valley map', renderVallee),
  ambience('ambient-ville-industrielle', 'loop under the industrial town map', renderVilleIndustrielle),
  ambience(
    'ambient-banlieue-culturelle',
    'loop under the suburban cultural venue map',
    renderBanlieueCulturelle,
  ),
  ambience('ambient-vallee-pyreneenne', 'loop under the Pyrenean valley map', renderValleePyreneenne),
];

/** Renders and levels one sound in memory (no encoding). */
export function renderLevelled(spec: SoundSpec): { signal: Signal; report: LevelReport } {
  const signal = spec.render(spec.sampleRate);
  const report = normalise(signal, spec.sampleRate, spec.targetLufs, PEAK_CEILING_DB);
  return { signal, report };
}
