/**
 * Instruments: functions that render one musical or environmental event as a short mono signal.
 * They are the palette shared by the cues (cues.ts) and the ambiences (ambiences.ts).
 */
import {
  attackDecay,
  fadeEnds,
  filter,
  frames,
  multiply,
  pinkNoise,
  scale,
  sweepSine,
  whiteNoise,
  type Rng,
  type Signal,
} from './dsp';

/** One partial of an additive tone: frequency ratio, relative amplitude, decay time constant (s). */
export interface Partial {
  ratio: number;
  amp: number;
  decay: number;
}

/** Renders a sum of decaying sine partials over `freq`, with a soft attack of `attack` seconds. */
export function additive(
  freq: number,
  duration: number,
  sampleRate: number,
  partials: readonly Partial[],
  attack: number,
): Signal {
  const n = frames(duration, sampleRate);
  const out = new Float64Array(n);
  for (const p of partials) {
    const f = freq * p.ratio;
    if (f >= sampleRate * 0.45) continue;
    const env = attackDecay(n, sampleRate, attack, p.decay);
    const w = (2 * Math.PI * f) / sampleRate;
    for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + Math.sin(w * i) * (env[i] ?? 0) * p.amp;
  }
  return fadeEnds(out, sampleRate, 0, Math.min(0.05, duration / 4));
}

/** A warm mallet chime (soft felt on a metal bar): mostly fundamental, a gentle octave, quick overtones. */
export function chime(freq: number, duration: number, sampleRate: number, ring = 0.7): Signal {
  return additive(
    freq,
    duration,
    sampleRate,
    [
      { ratio: 1, amp: 1, decay: ring },
      { ratio: 1.003, amp: 0.25, decay: ring * 0.9 },
      { ratio: 2, amp: 0.28, decay: ring * 0.45 },
      { ratio: 3, amp: 0.08, decay: ring * 0.25 },
      { ratio: 4.16, amp: 0.05, decay: ring * 0.12 },
    ],
    0.004,
  );
}

/** A soft wooden marimba-like note: fundamental plus the fourth partial, darker and shorter than a chime. */
export function woodNote(freq: number, duration: number, sampleRate: number, ring = 0.35): Signal {
  return additive(
    freq,
    duration,
    sampleRate,
    [
      { ratio: 1, amp: 1, decay: ring },
      { ratio: 3.93, amp: 0.12, decay: ring * 0.2 },
      { ratio: 9.2, amp: 0.02, decay: ring * 0.06 },
    ],
    0.006,
  );
}

/** A church or tram bell: the classic minor-third bell partials, long hum, quick bright strike. */
export function bell(freq: number, duration: number, sampleRate: number): Signal {
  return additive(
    freq,
    duration,
    sampleRate,
    [
      { ratio: 0.5, amp: 0.35, decay: 1.6 },
      { ratio: 1, amp: 1, decay: 1.1 },
      { ratio: 1.19, amp: 0.45, decay: 0.8 },
      { ratio: 1.5, amp: 0.3, decay: 0.6 },
      { ratio: 2, amp: 0.35, decay: 0.5 },
      { ratio: 2.51, amp: 0.18, decay: 0.3 },
      { ratio: 3.01, amp: 0.08, decay: 0.2 },
    ],
    0.002,
  );
}

/** A struck steel beam far away: free-bar inharmonic modes with a long, dark ring. */
export function metalResonance(freq: number, duration: number, sampleRate: number): Signal {
  return additive(
    freq,
    duration,
    sampleRate,
    [
      { ratio: 1, amp: 1, decay: 2.2 },
      { ratio: 2.756, amp: 0.5, decay: 1.4 },
      { ratio: 5.404, amp: 0.22, decay: 0.8 },
      { ratio: 8.933, amp: 0.08, decay: 0.4 },
    ],
    0.01,
  );
}

/**
 * A plucked string (Karplus-Strong with a fractional delay): a seeded noise burst circulates through a
 * delay line and a gentle low-pass, which gives the "thread" its bright start and mellow tail.
 */
export function pluck(
  freq: number,
  duration: number,
  sampleRate: number,
  rng: Rng,
  brightness = 0.5,
): Signal {
  const n = frames(duration, sampleRate);
  const stretch = 0.5 - 0.35 * Math.min(1, Math.max(0, brightness));
  const size = Math.max(2, Math.round(sampleRate / freq + stretch));
  const line = filter(whiteNoise(size, rng), 'lowpass', 1200 + brightness * 4000, 0.7, sampleRate);
  const out = new Float64Array(n);
  const loss = Math.pow(0.001, 1 / (duration * freq));
  for (let i = 0; i < n; i++) {
    const idx = i % size;
    const cur = line[idx] ?? 0;
    const nxt = line[(idx + 1) % size] ?? 0;
    out[i] = cur;
    line[idx] = loss * ((1 - stretch) * cur + stretch * nxt);
  }
  return fadeEnds(out, sampleRate, 0.002, Math.min(0.08, duration / 4));
}

/** A soft pad note: detuned sines with a slow swell and a low-pass opening as it blooms. */
export function padNote(freq: number, duration: number, sampleRate: number, attack: number): Signal {
  const n = frames(duration, sampleRate);
  const out = new Float64Array(n);
  for (const [detune, amp] of [
    [0.997, 0.5],
    [1, 1],
    [1.004, 0.5],
    [2.001, 0.18],
  ] as const) {
    const tone = sweepSine(n, sampleRate, () => freq * detune, detune * 7);
    for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + (tone[i] ?? 0) * amp;
  }
  const env = attackDecay(n, sampleRate, attack, duration * 0.45);
  return fadeEnds(multiply(out, env), sampleRate, 0, Math.min(0.3, duration / 3));
}

/** A short, soft "tock": a low sine knock with a quick downward pitch settle and a whisper of noise. */
export function softTock(sampleRate: number, rng: Rng, duration = 0.06): Signal {
  const n = frames(duration, sampleRate);
  const body = sweepSine(n, sampleRate, (i) => 620 + 380 * Math.exp(-i / (0.004 * sampleRate)));
  const env = attackDecay(n, sampleRate, 0.0015, 0.012);
  const tone = multiply(body, env);
  const air = multiply(
    filter(whiteNoise(n, rng), 'bandpass', 2400, 1.2, sampleRate),
    attackDecay(n, sampleRate, 0.0008, 0.004),
  );
  for (let i = 0; i < n; i++) tone[i] = (tone[i] ?? 0) + (air[i] ?? 0) * 0.15;
  return fadeEnds(tone, sampleRate, 0, 0.015);
}

/**
 * A small songbird phrase: `notes` chirps, each a sine gliding between two pitches with a little vibrato.
 * `low`/`high` bound the pitches in hertz.
 */
export function birdPhrase(sampleRate: number, rng: Rng, notes: number, low: number, high: number): Signal {
  const parts: Signal[] = [];
  let total = 0;
  for (let k = 0; k < notes; k++) {
    const dur = rng.range(0.05, 0.16);
    const gap = rng.range(0.03, 0.12);
    const f0 = rng.range(low, high);
    const f1 = rng.range(low, high);
    const vib = rng.range(20, 45);
    const depth = rng.range(0, 0.05);
    const n = frames(dur, sampleRate);
    const tone = sweepSine(n, sampleRate, (i) => {
      const t = i / n;
      return (f0 + (f1 - f0) * t) * (1 + depth * Math.sin((2 * Math.PI * vib * i) / sampleRate));
    });
    const env = new Float64Array(n);
    for (let i = 0; i < n; i++) env[i] = Math.pow(Math.sin((Math.PI * i) / n), 1.5);
    const chirp = multiply(tone, env);
    scale(chirp, rng.range(0.5, 1));
    parts.push(chirp, new Float64Array(frames(gap, sampleRate)));
    total += chirp.length + frames(gap, sampleRate);
  }
  const out = new Float64Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A water droplet "plip": a sine rising quickly in pitch with a very short decay. */
export function droplet(sampleRate: number, rng: Rng): Signal {
  const dur = rng.range(0.02, 0.05);
  const n = frames(dur, sampleRate);
  const f0 = rng.range(500, 1100);
  const rise = rng.range(1.4, 2.2);
  const tone = sweepSine(n, sampleRate, (i) => f0 * (1 + (rise - 1) * (i / n)));
  return fadeEnds(multiply(tone, attackDecay(n, sampleRate, 0.002, dur / 3)), sampleRate, 0, dur / 4);
}

/** A distant vehicle passing: low-passed noise with a slow swell over `duration` seconds. */
export function passingVehicle(duration: number, sampleRate: number, rng: Rng, centre: number): Signal {
  const n = frames(duration, sampleRate);
  const noise = pinkNoise(n, rng);
  const body = filter(
    filter(noise, 'lowpass', (i) => centre * (1.15 - 0.3 * (i / n)), 0.8, sampleRate),
    'highpass',
    60,
    0.7,
    sampleRate,
  );
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (body[i] ?? 0) * Math.pow(Math.sin((Math.PI * i) / n), 2);
  return out;
}
