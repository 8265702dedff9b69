/**
 * The short cues: UI click, choice consequences (positive / negative / neutral), a new link, a new
 * initiative and the ending cadence. All share one key (F major) so that they sit well together.
 */
import { createRng, frames, midiToHz, mixInto, reverb, fadeEnds, filter, type Signal } from './dsp';
import { chime, padNote, pluck, softTock, woodNote } from './instruments';

/** A note to place in a cue: when (s), which MIDI pitch, and how loud relative to the others. */
interface Placed {
  at: number;
  note: number;
  gain: number;
}

function place(
  duration: number,
  sampleRate: number,
  notes: readonly Placed[],
  voice: (freq: number, length: number) => Signal,
): Signal {
  const out = new Float64Array(frames(duration, sampleRate));
  for (const n of notes) {
    const start = frames(n.at, sampleRate);
    mixInto(out, voice(midiToHz(n.note), duration - n.at), start, n.gain);
  }
  return out;
}

function finish(signal: Signal, sampleRate: number, fadeOut: number): Signal {
  return fadeEnds(signal, sampleRate, 0, fadeOut);
}

/** UI click: a soft wooden tock, 60 ms. */
export function renderClick(sampleRate: number): Signal {
  return softTock(sampleRate, createRng(11), 0.06);
}

/** Positive consequence: a warm rising arpeggio A4, C5, F5 that lands on the home note. */
export function renderPositive(sampleRate: number): Signal {
  const dry = place(
    0.95,
    sampleRate,
    [
      { at: 0, note: 69, gain: 0.8 },
      { at: 0.09, note: 72, gain: 0.85 },
      { at: 0.18, note: 77, gain: 1 },
    ],
    (f, len) => chime(f, len, sampleRate, 0.55),
  );
  return finish(reverb(dry, sampleRate, { room: 0.72, damp: 0.5, wet: 0.22, dry: 1 }), sampleRate, 0.2);
}

/** Negative consequence: two soft wooden notes falling a major third (C5 to A-flat 4), dark and brief. */
export function renderNegative(sampleRate: number): Signal {
  const dry = place(
    0.85,
    sampleRate,
    [
      { at: 0, note: 72, gain: 0.9 },
      { at: 0.17, note: 68, gain: 1 },
    ],
    (f, len) => woodNote(f, len, sampleRate, 0.32),
  );
  const soft = filter(dry, 'lowpass', 2600, 0.7, sampleRate);
  return finish(reverb(soft, sampleRate, { room: 0.7, damp: 0.6, wet: 0.2, dry: 1 }), sampleRate, 0.2);
}

/** Neutral consequence: one open fifth (F4 and C5) on a wood-and-chime blend, neither rising nor falling. */
export function renderNeutral(sampleRate: number): Signal {
  const notes = [
    { at: 0, note: 65, gain: 0.7 },
    { at: 0.012, note: 72, gain: 0.8 },
  ];
  const wood = place(0.7, sampleRate, notes, (f, len) => woodNote(f, len, sampleRate, 0.3));
  const bright = place(0.7, sampleRate, notes, (f, len) => chime(f, len, sampleRate, 0.3));
  mixInto(wood, bright, 0, 0.35);
  return finish(reverb(wood, sampleRate, { room: 0.7, damp: 0.55, wet: 0.18, dry: 1 }), sampleRate, 0.15);
}

/** A new link: a plucked thread, C5 then F5, like a string being tied between two people. */
export function renderLink(sampleRate: number): Signal {
  const rng = createRng(23);
  const out = new Float64Array(frames(0.9, sampleRate));
  mixInto(out, pluck(midiToHz(72), 0.8, sampleRate, rng, 0.55), 0, 0.9);
  mixInto(out, pluck(midiToHz(77), 0.75, sampleRate, rng, 0.6), frames(0.075, sampleRate), 0.8);
  const warm = filter(out, 'lowpass', 4200, 0.7, sampleRate);
  return finish(reverb(warm, sampleRate, { room: 0.74, damp: 0.45, wet: 0.25, dry: 1 }), sampleRate, 0.2);
}

/** A new initiative: a small bloom, a soft F major pad swelling up with two sparkles on top. */
export function renderInitiative(sampleRate: number): Signal {
  const duration = 1.5;
  const pad = place(
    duration,
    sampleRate,
    [
      { at: 0, note: 65, gain: 0.6 },
      { at: 0.03, note: 69, gain: 0.5 },
      { at: 0.06, note: 72, gain: 0.45 },
    ],
    (f, len) => padNote(f, len, sampleRate, 0.28),
  );
  const sparkle = place(
    duration,
    sampleRate,
    [
      { at: 0.24, note: 81, gain: 0.35 },
      { at: 0.36, note: 84, gain: 0.3 },
    ],
    (f, len) => chime(f, len, sampleRate, 0.45),
  );
  mixInto(pad, sparkle, 0, 1);
  const soft = filter(pad, 'lowpass', 5000, 0.7, sampleRate);
  return finish(reverb(soft, sampleRate, { room: 0.8, damp: 0.5, wet: 0.3, dry: 1 }), sampleRate, 0.35);
}

/** The ending: a plagal-then-perfect cadence (B-flat, C7, F) on pad and chimes, about 3.6 s. */
export function renderEnding(sampleRate: number): Signal {
  const duration = 3.6;
  const chords: readonly (readonly number[])[] = [
    [58, 62, 65],
    [60, 64, 67, 70],
    [53, 57, 60, 65],
  ];
  const tops = [74, 76, 77];
  const out = new Float64Array(frames(duration, sampleRate));
  chords.forEach((chord, k) => {
    const at = k * 0.75;
    const len = k === 2 ? duration - at : 1.4;
    for (const note of chord) {
      mixInto(out, padNote(midiToHz(note), len, sampleRate, 0.09), frames(at, sampleRate), 0.28);
    }
    const top = tops[k] ?? 77;
    mixInto(
      out,
      chime(midiToHz(top), len, sampleRate, k === 2 ? 1.1 : 0.6),
      frames(at + 0.02, sampleRate),
      0.6,
    );
  });
  const soft = filter(out, 'lowpass', 4500, 0.7, sampleRate);
  return finish(reverb(soft, sampleRate, { room: 0.84, damp: 0.45, wet: 0.32, dry: 1 }), sampleRate, 0.6);
}
