/**
 * Measuring and levelling rendered sounds: sample peak, RMS, an ITU-R BS.1770 style integrated loudness
 * (K-weighting, 400 ms blocks, absolute and relative gates) and loudness normalisation under a peak ceiling.
 */
import { scale, type Signal } from './dsp';

/** Largest absolute sample value. */
export function peak(signal: Signal): number {
  let p = 0;
  for (const x of signal) p = Math.max(p, Math.abs(x));
  return p;
}

/** Root mean square of a signal. */
export function rms(signal: Signal): number {
  if (signal.length === 0) return 0;
  let sum = 0;
  for (const x of signal) sum += x * x;
  return Math.sqrt(sum / signal.length);
}

/** Linear gain to decibels (floored at -120 dB). */
export function toDb(gain: number): number {
  return 20 * Math.log10(Math.max(gain, 1e-6));
}

function biquad(input: Signal, b: readonly number[], a: readonly number[]): Signal {
  const [b0 = 0, b1 = 0, b2 = 0] = b;
  const [, a1 = 0, a2 = 0] = a;
  const out = new Float64Array(input.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < input.length; i++) {
    const x = input[i] ?? 0;
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

/** Applies the BS.1770 K-weighting (high shelf then RLB high-pass) at any sample rate. */
function kWeight(signal: Signal, sampleRate: number): Signal {
  let f0 = 1681.974450955533;
  const g = 3.999843853973347;
  let q = 0.7071752369554196;
  let k = Math.tan((Math.PI * f0) / sampleRate);
  const vh = Math.pow(10, g / 20);
  const vb = Math.pow(vh, 0.4996667741545416);
  let a0 = 1 + k / q + k * k;
  const shelfB = [
    (vh + (vb * k) / q + k * k) / a0,
    (2 * (k * k - vh)) / a0,
    (vh - (vb * k) / q + k * k) / a0,
  ];
  const shelfA = [1, (2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0];
  f0 = 38.13547087602444;
  q = 0.5003270373238773;
  k = Math.tan((Math.PI * f0) / sampleRate);
  a0 = 1 + k / q + k * k;
  const hpB = [1, -2, 1];
  const hpA = [1, (2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0];
  return biquad(biquad(signal, shelfB, shelfA), hpB, hpA);
}

/**
 * Integrated loudness in LUFS. Signals shorter than one 400 ms block are measured as one block padded with
 * silence, which suits short cues (the ear integrates over a few hundred milliseconds).
 */
export function loudness(signal: Signal, sampleRate: number): number {
  const weighted = kWeight(signal, sampleRate);
  const block = Math.round(0.4 * sampleRate);
  const hop = Math.round(0.1 * sampleRate);
  const powers: number[] = [];
  for (let start = 0; start === 0 || start + block <= weighted.length; start += hop) {
    let sum = 0;
    for (let i = start; i < Math.min(start + block, weighted.length); i++) sum += (weighted[i] ?? 0) ** 2;
    powers.push(sum / block);
  }
  const lufs = (p: number): number => -0.691 + 10 * Math.log10(Math.max(p, 1e-12));
  const mean = (ps: number[]): number => ps.reduce((s, p) => s + p, 0) / Math.max(1, ps.length);
  const absolute = powers.filter((p) => lufs(p) > -70);
  if (absolute.length === 0) return -120;
  const relativeGate = lufs(mean(absolute)) - 10;
  return lufs(mean(absolute.filter((p) => lufs(p) > relativeGate)));
}

/** The outcome of levelling a sound. */
export interface LevelReport {
  /** Integrated loudness after levelling, in LUFS. */
  lufs: number;
  /** Sample peak after levelling, in dBFS. */
  peakDb: number;
  /** RMS after levelling, in dBFS. */
  rmsDb: number;
  /** Whether the peak ceiling, not the loudness target, set the gain. */
  peakLimited: boolean;
}

/**
 * A gentle look-ahead peak limiter, in place: the gain dips smoothly (5 ms ahead, 80 ms release) wherever a
 * sample would exceed `ceiling`, so short attack transients stop deciding the level of a whole cue.
 */
export function limit(signal: Signal, sampleRate: number, ceiling: number): void {
  const n = signal.length;
  const ahead = Math.max(1, Math.round(0.005 * sampleRate));
  const need = new Float64Array(n);
  for (let i = 0; i < n; i++) need[i] = Math.min(1, ceiling / Math.max(Math.abs(signal[i] ?? 0), 1e-12));
  // Minimum over [i - ahead, i + ahead], then a box average over `ahead`: never above `need` at a peak.
  const held = new Float64Array(n);
  const queue: number[] = []; // indices of a monotonic (increasing need) sliding-window minimum
  let head = 0;
  for (let j = 0; j < n + ahead; j++) {
    if (j < n) {
      while (queue.length > head && (need[queue[queue.length - 1] ?? 0] ?? 1) >= (need[j] ?? 1)) queue.pop();
      queue.push(j);
    }
    const i = j - ahead;
    if (i < 0) continue;
    while ((queue[head] ?? n) < i - ahead) head++;
    held[i] = need[queue[head] ?? 0] ?? 1;
  }
  const release = 1 - Math.exp(-1 / (0.08 * sampleRate));
  let g = 1;
  let sum = 0;
  for (let i = 0; i < n + ahead; i++) {
    sum += i < n ? (held[i] ?? 1) : 1;
    if (i >= ahead) sum -= held[i - ahead] ?? 1;
    const k = i - Math.floor(ahead / 2);
    if (k < 0 || k >= n) continue;
    const target = sum / Math.min(ahead, i + 1);
    g = target < g ? target : g + (target - g) * release;
    signal[k] = (signal[k] ?? 0) * Math.min(g, need[k] ?? 1);
  }
}

/**
 * Scales a signal in place to reach `targetLufs` with its sample peak at most `ceilingDb`. Up to
 * `maxReductionDb` of peak reduction goes to the limiter; beyond that the ceiling wins and the sound ends up
 * quieter than the target.
 */
export function normalise(
  signal: Signal,
  sampleRate: number,
  targetLufs: number,
  ceilingDb: number,
  maxReductionDb = 3,
): LevelReport {
  const ceiling = Math.pow(10, ceilingDb / 20);
  const gain = Math.pow(10, (targetLufs - loudness(signal, sampleRate)) / 20);
  for (let i = 0; i < signal.length; i++) signal[i] = (signal[i] ?? 0) * gain;
  const p = peak(signal);
  const peakLimited = p > ceiling * Math.pow(10, maxReductionDb / 20);
  const headroom = ceiling * Math.pow(10, maxReductionDb / 20);
  if (peakLimited) scale(signal, headroom / p);
  if (p > ceiling) {
    limit(signal, sampleRate, ceiling);
    const after = peak(signal);
    if (after > ceiling) scale(signal, ceiling / after);
  }
  return {
    lufs: loudness(signal, sampleRate),
    peakDb: toDb(peak(signal)),
    rmsDb: toDb(rms(signal)),
    peakLimited,
  };
}

/**
 * How abrupt the loop point is: the jump from the last frame to the first, divided by the RMS of the
 * jumps between neighbouring frames inside the signal. A seamless loop gives a value of the order of 1
 * (the seam is just one more step); a hard cut in a filtered texture gives tens or hundreds.
 */
export function loopSeamRatio(signal: Signal): number {
  let sum = 0;
  for (let i = 1; i < signal.length; i++) sum += ((signal[i] ?? 0) - (signal[i - 1] ?? 0)) ** 2;
  const typical = Math.sqrt(sum / Math.max(1, signal.length - 1));
  const seam = Math.abs((signal[0] ?? 0) - (signal[signal.length - 1] ?? 0));
  return seam / Math.max(typical, 1e-12);
}
