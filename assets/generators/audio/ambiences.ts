/**
 * Ambient loops, one per map template. Each loop is rendered as if it had always been playing: noise beds
 * are filtered circularly (see processCircular), control curves are periodic and events wrap around the
 * loop point, so the last frame flows into the first with no seam.
 */
import {
  createRng,
  filter,
  frames,
  mixInto,
  mixIntoCircular,
  pinkNoise,
  processCircular,
  reverb,
  smoothNoise,
  whiteNoise,
  type FilterKind,
  type ReverbOptions,
  type Rng,
  type Signal,
} from './dsp';
import { bell, birdPhrase, droplet, metalResonance, passingVehicle, pluck } from './instruments';

/** Length of every ambient loop, in seconds (renderers take a shorter one for quick tests). */
export const LOOP_SECONDS = 24;

/** Applies a reverb circularly so that tails crossing the loop point come back at its start. */
function loopReverb(bus: Signal, sampleRate: number, options: ReverbOptions): Signal {
  return processCircular(bus, (x) => reverb(x, sampleRate, options));
}

/** Filters a loop-length bus circularly (no filter-state jump at the loop point). */
function loopFilter(bus: Signal, kind: FilterKind, freq: number, q: number, sampleRate: number): Signal {
  return processCircular(bus, (x) => filter(x, kind, freq, q, sampleRate));
}

/** Multiplies a signal by `floor + (1 - floor) * curve`, in place. */
function modulate(signal: Signal, curve: Signal, floor: number): Signal {
  for (let i = 0; i < signal.length; i++)
    signal[i] = (signal[i] ?? 0) * (floor + (1 - floor) * (curve[i] ?? 0));
  return signal;
}

function add(target: Signal, source: Signal, gain: number): void {
  mixInto(target, source, 0, gain);
}

/** Wind: pink noise through a band-pass whose centre and level drift slowly (periodic gusts). */
function wind(n: number, sampleRate: number, rng: Rng, low: number, high: number): Signal {
  const centre = smoothNoise(n, sampleRate, 0.12, rng, true);
  const gust = smoothNoise(n, sampleRate, 0.2, rng, true);
  const noise = pinkNoise(n, rng, true);
  const doubledCentre = (i: number): number => low + (high - low) * (centre[i % n] ?? 0);
  const body = processCircular(noise, (x) => filter(x, 'bandpass', doubledCentre, 0.9, sampleRate));
  return modulate(body, gust, 0.35);
}

/** Band-pass centre (Hz), Q and gain of each layer of running water. */
type WaterBands = readonly (readonly [number, number, number])[];
const RIVER_BANDS: WaterBands = [
  [380, 1, 0.5],
  [900, 1.4, 0.35],
  [2200, 2, 0.1],
];
const TORRENT_BANDS: WaterBands = [
  [520, 0.8, 0.45],
  [1400, 1, 0.35],
  [3200, 1.4, 0.12],
];

/**
 * Running water: one white noise split into band-passed layers, each swelling with its own slow periodic
 * curve (`rate` Hz, never below `floor`), added to `out`.
 */
function addWater(
  out: Signal,
  sampleRate: number,
  rng: Rng,
  water: { bands: WaterBands; rate: number; floor: number },
): void {
  const n = out.length;
  const noise = whiteNoise(n, rng);
  for (const [centre, q, gain] of water.bands) {
    const band = processCircular(noise, (x) => filter(x, 'bandpass', centre, q, sampleRate));
    add(out, modulate(band, smoothNoise(n, sampleRate, water.rate, rng, true), water.floor), gain);
  }
}

/** Scatters `count` events at seeded random times around the loop and returns their (dry) bus. */
function scatter(n: number, count: number, rng: Rng, render: (k: number) => Signal, gain = 1): Signal {
  const bus = new Float64Array(n);
  for (let k = 0; k < count; k++) {
    const at = Math.floor(((k + rng.range(0.1, 0.9)) / count) * n);
    mixIntoCircular(bus, render(k), at, gain);
  }
  return bus;
}

/** Urban neighbourhood: distant soft traffic, a tram bell far away, sparrows in a courtyard. */
export function renderQuartier(sampleRate: number, seconds = LOOP_SECONDS): Signal {
  const rng = createRng(101);
  const n = frames(seconds, sampleRate);
  const out = new Float64Array(n);
  const hum = processCircular(pinkNoise(n, rng, true), (x) =>
    filter(filter(x, 'lowpass', 300, 0.7, sampleRate), 'highpass', 70, 0.7, sampleRate),
  );
  add(out, modulate(hum, smoothNoise(n, sampleRate, 0.15, rng, true), 0.6), 1);
  const cars = scatter(n, 5, rng, () =>
    passingVehicle(rng.range(5, 8), sampleRate, rng, rng.range(280, 520)),
  );
  add(out, loopReverb(cars, sampleRate, { room: 0.8, damp: 0.6, wet: 0.5, dry: 0.7 }), 0.9);
  const tram = new Float64Array(n);
  for (const at of [seconds * 0.26, seconds * 0.74]) {
    const ding = bell(rng.range(1150, 1250), 2.5, sampleRate);
    mixIntoCircular(tram, ding, frames(at, sampleRate), 1);
    mixIntoCircular(tram, ding, frames(at + 0.42, sampleRate), 0.8);
  }
  const farTram = loopFilter(tram, 'lowpass', 2200, 0.7, sampleRate);
  add(out, loopReverb(farTram, sampleRate, { room: 0.86, damp: 0.5, wet: 0.9, dry: 0.25 }), 0.15);
  const birds = scatter(n, 7, rng, () =>
    birdPhrase(sampleRate, rng, 2 + Math.floor(rng.range(0, 4)), 3200, 5200),
  );
  const courtyard = loopReverb(loopFilter(birds, 'highpass', 1500, 0.7, sampleRate), sampleRate, {
    room: 0.74,
    damp: 0.25,
    wet: 0.45,
    dry: 0.8,
  });
  add(out, courtyard, 0.25);
  return out;
}

/** Valley: wind in the grass, a river with small splashes, blackbird-like songs echoing. */
export function renderVallee(sampleRate: number, seconds = LOOP_SECONDS): Signal {
  const rng = createRng(202);
  const n = frames(seconds, sampleRate);
  const out = new Float64Array(n);
  add(out, wind(n, sampleRate, rng, 350, 1000), 1.2);
  addWater(out, sampleRate, rng, { bands: RIVER_BANDS, rate: 14, floor: 0.3 });
  const drops = scatter(n, 70, rng, () => droplet(sampleRate, rng), 1);
  add(out, loopReverb(drops, sampleRate, { room: 0.7, damp: 0.4, wet: 0.3, dry: 0.8 }), 0.25);
  const songs = scatter(n, 5, rng, () =>
    birdPhrase(sampleRate, rng, 4 + Math.floor(rng.range(0, 5)), 1400, 3100),
  );
  const valley = loopReverb(songs, sampleRate, { room: 0.82, damp: 0.35, wet: 0.5, dry: 0.7 });
  add(out, valley, 0.3);
  return out;
}

/** One distant train passing, `duration` seconds: a low rumble with bogie clacks in pairs. */
function train(duration: number, sampleRate: number, rng: Rng): Signal {
  const n = frames(duration, sampleRate);
  const rumble = filter(
    filter(pinkNoise(n, rng, true), 'lowpass', 220, 0.7, sampleRate),
    'highpass',
    40,
    0.7,
    sampleRate,
  );
  const clacks = new Float64Array(n);
  const hit = (): Signal => {
    const m = frames(0.05, sampleRate);
    const burst = filter(whiteNoise(m, rng), 'bandpass', rng.range(300, 420), 1.2, sampleRate);
    for (let i = 0; i < m; i++) burst[i] = (burst[i] ?? 0) * Math.exp(-i / (0.008 * sampleRate));
    return burst;
  };
  for (let t = 0.3; t < duration - 0.5; t += 1.05) {
    mixInto(clacks, hit(), frames(t, sampleRate), 1);
    mixInto(clacks, hit(), frames(t + 0.16, sampleRate), 0.8);
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const env = Math.pow(Math.sin((Math.PI * i) / n), 2);
    out[i] = ((rumble[i] ?? 0) * 1.4 + (clacks[i] ?? 0) * 3) * env;
  }
  return out;
}

/** Industrial town: soft wind, a distant train passing, now and then a metallic resonance. */
export function renderVilleIndustrielle(sampleRate: number, seconds = LOOP_SECONDS): Signal {
  const rng = createRng(303);
  const n = frames(seconds, sampleRate);
  const out = new Float64Array(n);
  add(out, wind(n, sampleRate, rng, 250, 700), 0.8);
  const bed = processCircular(pinkNoise(n, rng, true), (x) => filter(x, 'lowpass', 120, 0.7, sampleRate));
  add(out, bed, 0.4);
  const trainBus = new Float64Array(n);
  mixIntoCircular(trainBus, train(seconds * 0.55, sampleRate, rng), frames(seconds / 6, sampleRate), 1);
  const farTrain = loopFilter(trainBus, 'lowpass', 900, 0.7, sampleRate);
  add(out, loopReverb(farTrain, sampleRate, { room: 0.84, damp: 0.55, wet: 0.6, dry: 0.6 }), 1.1);
  const metal = scatter(n, 2, rng, () => metalResonance(rng.range(240, 400), 5, sampleRate));
  const farMetal = loopFilter(metal, 'lowpass', 1600, 0.7, sampleRate);
  add(out, loopReverb(farMetal, sampleRate, { room: 0.88, damp: 0.45, wet: 0.8, dry: 0.3 }), 0.6);
  return out;
}

/**
 * Suburban town around a cultural venue: the town's hum, a suburban train passing on its embankment, a
 * band rehearsing behind brick walls (a few muffled plucked notes), sparrows in the courtyard.
 */
export function renderBanlieueCulturelle(sampleRate: number, seconds = LOOP_SECONDS): Signal {
  const rng = createRng(404);
  const n = frames(seconds, sampleRate);
  const out = new Float64Array(n);
  const hum = processCircular(pinkNoise(n, rng, true), (x) =>
    filter(filter(x, 'lowpass', 360, 0.7, sampleRate), 'highpass', 60, 0.7, sampleRate),
  );
  add(out, modulate(hum, smoothNoise(n, sampleRate, 0.1, rng, true), 0.55), 0.9);
  const trainBus = new Float64Array(n);
  mixIntoCircular(trainBus, train(seconds * 0.35, sampleRate, rng), frames(seconds * 0.55, sampleRate), 1);
  add(
    out,
    loopReverb(loopFilter(trainBus, 'lowpass', 1200, 0.7, sampleRate), sampleRate, {
      room: 0.8,
      damp: 0.5,
      wet: 0.5,
      dry: 0.7,
    }),
    0.9,
  );
  // A rehearsal heard through the walls: F major pentatonic, low-passed, in a large room.
  const notes = [174.6, 196, 220, 261.6, 293.7];
  const band = new Float64Array(n);
  for (let k = 0; k < 14; k++) {
    const at = frames(2 + k * 0.55 + (k > 6 ? 5 : 0), sampleRate);
    const f = notes[Math.floor(rng.range(0, notes.length))] ?? 220;
    mixIntoCircular(band, pluck(f, 1.2, sampleRate, rng, 0.3), at, rng.range(0.6, 1));
  }
  const muffled = loopFilter(band, 'lowpass', 700, 0.7, sampleRate);
  add(out, loopReverb(muffled, sampleRate, { room: 0.9, damp: 0.6, wet: 0.8, dry: 0.4 }), 0.22);
  const birds = scatter(n, 5, rng, () =>
    birdPhrase(sampleRate, rng, 2 + Math.floor(rng.range(0, 3)), 3400, 5600),
  );
  add(
    out,
    loopReverb(loopFilter(birds, 'highpass', 1500, 0.7, sampleRate), sampleRate, {
      room: 0.7,
      damp: 0.3,
      wet: 0.4,
      dry: 0.8,
    }),
    0.2,
  );
  return out;
}

/** Pyrenean valley: mountain wind, a rushing torrent, cowbells on the slopes, a few birds. */
export function renderValleePyreneenne(sampleRate: number, seconds = LOOP_SECONDS): Signal {
  const rng = createRng(505);
  const n = frames(seconds, sampleRate);
  const out = new Float64Array(n);
  add(out, wind(n, sampleRate, rng, 450, 1400), 1);
  addWater(out, sampleRate, rng, { bands: TORRENT_BANDS, rate: 3, floor: 0.6 });
  // Cowbells: a cow shakes its head, two to four clanks, here and there on the slopes.
  const bells = new Float64Array(n);
  for (let k = 0; k < 6; k++) {
    const start = ((k + rng.range(0.1, 0.8)) / 6) * seconds;
    const f = rng.range(560, 780);
    const strikes = 2 + Math.floor(rng.range(0, 3));
    for (let j = 0; j < strikes; j++)
      mixIntoCircular(
        bells,
        metalResonance(f, 0.9, sampleRate),
        frames(start + j * rng.range(0.18, 0.3), sampleRate),
        rng.range(0.4, 1),
      );
  }
  const farBells = loopFilter(bells, 'lowpass', 2400, 0.7, sampleRate);
  add(out, loopReverb(farBells, sampleRate, { room: 0.86, damp: 0.4, wet: 0.7, dry: 0.4 }), 0.3);
  const songs = scatter(n, 4, rng, () =>
    birdPhrase(sampleRate, rng, 3 + Math.floor(rng.range(0, 4)), 1800, 3600),
  );
  add(out, loopReverb(songs, sampleRate, { room: 0.88, damp: 0.3, wet: 0.6, dry: 0.6 }), 0.22);
  return out;
}
