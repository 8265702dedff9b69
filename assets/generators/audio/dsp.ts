/**
 * Small, deterministic DSP toolkit for the sound generator: a seeded random source, noise, oscillators,
 * envelopes, biquad filters, a delay and a reverb. Everything works on mono Float64Array buffers and never
 * reads the clock or Math.random, so rendering the same sound twice gives the same samples.
 */

/** A mono signal: one sample per frame, nominally in [-1, 1]. */
export type Signal = Float64Array;

/** A seeded pseudo-random source (mulberry32), shared with the art generators. */
import type { SeededRng as Rng } from '../seeded-rng';
export { createRng } from '../seeded-rng';
export type { Rng };

/** Number of frames for a duration in seconds. */
export function frames(seconds: number, sampleRate: number): number {
  return Math.max(0, Math.round(seconds * sampleRate));
}

/** Converts a MIDI note number to a frequency in hertz (A4 = 69 = 440 Hz). */
export function midiToHz(note: number): number {
  return 440 * Math.pow(2, (note - 69) / 12);
}

/** Converts decibels to a linear gain. */
export function dbToGain(db: number): number {
  return Math.pow(10, db / 20);
}

/** Adds `source` times `gain` into `target` from frame `offset`, clipping what falls outside. */
export function mixInto(target: Signal, source: Signal, offset: number, gain = 1): void {
  const start = Math.max(0, offset);
  const end = Math.min(target.length, offset + source.length);
  for (let i = start; i < end; i++) target[i] = (target[i] ?? 0) + (source[i - offset] ?? 0) * gain;
}

/** Adds `source` into `target` from `offset`, wrapping around the end: used to build seamless loops. */
export function mixIntoCircular(target: Signal, source: Signal, offset: number, gain = 1): void {
  const n = target.length;
  if (n === 0) return;
  for (let i = 0; i < source.length; i++) {
    const j = (((offset + i) % n) + n) % n;
    target[j] = (target[j] ?? 0) + (source[i] ?? 0) * gain;
  }
}

/** Multiplies a signal in place by a gain. */
export function scale(signal: Signal, gain: number): Signal {
  for (let i = 0; i < signal.length; i++) signal[i] = (signal[i] ?? 0) * gain;
  return signal;
}

/** White noise in [-1, 1). */
export function whiteNoise(length: number, rng: Rng): Signal {
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.bipolar();
  return out;
}

/** Shapes white noise into pink (1/f) noise with Paul Kellet's economy filter. */
function pinkFilter(white: Signal): Signal {
  const out = new Float64Array(white.length);
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 0; i < white.length; i++) {
    const w = white[i] ?? 0;
    b0 = 0.99765 * b0 + w * 0.099046;
    b1 = 0.963 * b1 + w * 0.2965164;
    b2 = 0.57 * b2 + w * 1.0526913;
    out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.18;
  }
  return out;
}

/**
 * Pink (1/f) noise, roughly in [-1, 1]. With `periodic`, the filter runs circularly so the noise loops
 * over its length without a seam.
 */
export function pinkNoise(length: number, rng: Rng, periodic = false): Signal {
  const white = whiteNoise(length, rng);
  return periodic ? processCircular(white, pinkFilter) : pinkFilter(white);
}

/**
 * Smooth random control signal: random knots `1 / rate` seconds apart joined by cosine interpolation,
 * values in [0, 1]. With `periodic`, the last knot joins the first so the curve loops over its length.
 */
export function smoothNoise(
  length: number,
  sampleRate: number,
  rate: number,
  rng: Rng,
  periodic = false,
): Signal {
  const spacing = Math.max(1, sampleRate / rate);
  const knotCount = periodic ? Math.max(1, Math.round(length / spacing)) : Math.ceil(length / spacing) + 2;
  const step = periodic ? length / knotCount : spacing;
  const knots: number[] = [];
  for (let k = 0; k < knotCount + (periodic ? 0 : 1); k++) knots.push(rng.next());
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const pos = i / step;
    const k = Math.floor(pos);
    const frac = pos - k;
    const a = knots[periodic ? k % knotCount : k] ?? 0;
    const b = knots[periodic ? (k + 1) % knotCount : k + 1] ?? a;
    const w = (1 - Math.cos(Math.PI * frac)) / 2;
    out[i] = a + (b - a) * w;
  }
  return out;
}

/** A sine whose frequency in hertz is given per frame by `freqAt`; starts at phase `phase` (radians). */
export function sweepSine(
  length: number,
  sampleRate: number,
  freqAt: (i: number) => number,
  phase = 0,
): Signal {
  const out = new Float64Array(length);
  let p = phase;
  for (let i = 0; i < length; i++) {
    out[i] = Math.sin(p);
    p += (2 * Math.PI * freqAt(i)) / sampleRate;
  }
  return out;
}

/** Attack-decay envelope: raised-cosine attack then exponential decay with time constant `decay` seconds. */
export function attackDecay(length: number, sampleRate: number, attack: number, decay: number): Signal {
  const out = new Float64Array(length);
  const a = Math.max(1, attack * sampleRate);
  const k = 1 / Math.max(1e-6, decay * sampleRate);
  for (let i = 0; i < length; i++) {
    const rise = i < a ? (1 - Math.cos((Math.PI * i) / a)) / 2 : 1;
    out[i] = rise * Math.exp(-Math.max(0, i - a) * k);
  }
  return out;
}

/** Applies raised-cosine fades of `fadeIn` and `fadeOut` seconds to both ends, in place. */
export function fadeEnds(signal: Signal, sampleRate: number, fadeIn: number, fadeOut: number): Signal {
  const n = signal.length;
  const fi = Math.min(n, Math.round(fadeIn * sampleRate));
  const fo = Math.min(n, Math.round(fadeOut * sampleRate));
  for (let i = 0; i < fi; i++) signal[i] = (signal[i] ?? 0) * ((1 - Math.cos((Math.PI * i) / fi)) / 2);
  for (let i = 0; i < fo; i++) {
    const j = n - 1 - i;
    signal[j] = (signal[j] ?? 0) * ((1 - Math.cos((Math.PI * i) / fo)) / 2);
  }
  return signal;
}

/** Multiplies two signals frame by frame into a new signal (the length of `a`). */
export function multiply(a: Signal, b: Signal): Signal {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] ?? 0) * (b[i] ?? 0);
  return out;
}

/** Biquad filter kinds (RBJ audio-EQ cookbook). */
export type FilterKind = 'lowpass' | 'highpass' | 'bandpass';

/** Normalised biquad coefficients (a0 = 1). */
interface Coeffs {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

function coefficients(kind: FilterKind, freq: number, q: number, sampleRate: number): Coeffs {
  const f = Math.min(Math.max(freq, 10), sampleRate * 0.45);
  const w = (2 * Math.PI * f) / sampleRate;
  const cos = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  let b0: number;
  let b1: number;
  let b2: number;
  if (kind === 'lowpass') {
    b0 = (1 - cos) / 2;
    b1 = 1 - cos;
    b2 = b0;
  } else if (kind === 'highpass') {
    b0 = (1 + cos) / 2;
    b1 = -(1 + cos);
    b2 = b0;
  } else {
    b0 = alpha;
    b1 = 0;
    b2 = -alpha;
  }
  return { b0: b0 / a0, b1: b1 / a0, b2: b2 / a0, a1: (-2 * cos) / a0, a2: (1 - alpha) / a0 };
}

/**
 * Filters a signal with a biquad whose cutoff may move: `freq` is a constant or a function of the frame,
 * re-evaluated every 32 frames. Returns a new signal.
 */
export function filter(
  input: Signal,
  kind: FilterKind,
  freq: number | ((i: number) => number),
  q: number,
  sampleRate: number,
): Signal {
  const out = new Float64Array(input.length);
  let c = coefficients(kind, typeof freq === 'number' ? freq : freq(0), q, sampleRate);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < input.length; i++) {
    if (typeof freq !== 'number' && i % 32 === 0) c = coefficients(kind, freq(i), q, sampleRate);
    const x = input[i] ?? 0;
    const y = c.b0 * x + c.b1 * x1 + c.b2 * x2 - c.a1 * y1 - c.a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

/**
 * Runs a stateful process over a signal as if it had been looping forever: the input is processed twice
 * in a row and the second pass is kept, so filter states and reverb tails wrap around the loop point.
 */
export function processCircular(input: Signal, process: (doubled: Signal) => Signal): Signal {
  const n = input.length;
  const doubled = new Float64Array(n * 2);
  doubled.set(input, 0);
  doubled.set(input, n);
  return process(doubled).slice(n, 2 * n);
}

/** Reverb settings. */
export interface ReverbOptions {
  /** Feedback of the comb filters, 0.7 (small room) to 0.9 (hall). */
  room: number;
  /** High-frequency damping in the tail, 0 (bright) to 0.7 (dark). */
  damp: number;
  /** Level of the reverberated signal. */
  wet: number;
  /** Level of the direct signal. */
  dry: number;
}

/** A mono Schroeder/Freeverb-style reverb: eight damped combs in parallel, four allpasses in series. */
export function reverb(input: Signal, sampleRate: number, options: ReverbOptions): Signal {
  const ratio = sampleRate / 44100;
  const combTimes = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map((d) => Math.round(d * ratio));
  const allTimes = [556, 441, 341, 225].map((d) => Math.round(d * ratio));
  const n = input.length;
  const wetSum = new Float64Array(n);
  for (const size of combTimes) {
    const buf = new Float64Array(size);
    let idx = 0;
    let store = 0;
    for (let i = 0; i < n; i++) {
      const y = buf[idx] ?? 0;
      store = y * (1 - options.damp) + store * options.damp;
      buf[idx] = (input[i] ?? 0) * 0.015 + store * options.room;
      idx = (idx + 1) % size;
      wetSum[i] = (wetSum[i] ?? 0) + y;
    }
  }
  for (const size of allTimes) {
    const buf = new Float64Array(size);
    let idx = 0;
    for (let i = 0; i < n; i++) {
      const b = buf[idx] ?? 0;
      const x = wetSum[i] ?? 0;
      buf[idx] = x + b * 0.5;
      wetSum[i] = b - x;
      idx = (idx + 1) % size;
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (input[i] ?? 0) * options.dry + (wetSum[i] ?? 0) * options.wet;
  return out;
}

/** A feedback echo (`time` seconds, `feedback` 0..0.9) with a darkening low-pass in the loop. */
export function echo(input: Signal, sampleRate: number, time: number, feedback: number, mix: number): Signal {
  const d = Math.max(1, Math.round(time * sampleRate));
  const buf = new Float64Array(d);
  const out = new Float64Array(input.length);
  let idx = 0;
  let lp = 0;
  for (let i = 0; i < input.length; i++) {
    const delayed = buf[idx] ?? 0;
    lp = lp + 0.35 * (delayed - lp);
    const x = input[i] ?? 0;
    buf[idx] = x + lp * feedback;
    idx = (idx + 1) % d;
    out[i] = x + lp * mix;
  }
  return out;
}
