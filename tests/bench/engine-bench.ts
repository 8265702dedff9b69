/**
 * Engine benchmark (printed, not a timed test): random playthroughs per second on one core with the fast
 * rules, for the largest bundled scenario, premiers-pas and a generated 300-card scenario; the same on
 * the v1 copy of the largest scenario (tests/v1-corpus) with today's engine and with the v1 fast path
 * frozen in tests/bench/v1-fast-path, timed in alternating batches of the same run, and their ratio;
 * validation time of that 300-card scenario (median of 15); the runtime cost of one turn through the
 * compiled XState machine, as a ratio to a bare XState actor taking one transition; and the dilemma
 * analysis of the largest scenario with its defaults (every policy 1,000 sessions, the expert 200):
 * its whole CPU time, and the CPU time to its first figures (the static ones and the random player's,
 * which the inspector shows first).
 *
 * Run directly: `npx tsx tests/bench/engine-bench.ts`. Times are CPU time of this process
 * (`process.cpuUsage`), less sensitive than wall time to other processes on a busy machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, createMachine } from 'xstate';
import { indexScenario, type ScenarioIndex } from '../../src/core/scenario-index';
import { syntheticScenario } from '../../src/scenario/authoring/synthetic';
import { compileScenario } from '../../src/scenario/compile';
import type { Scenario } from '../../src/scenario/format';
import { simulate } from '../../src/scenario/play/simulate';
import { validateScenarioText } from '../../src/scenario/validation';
import { analyse } from '../../src/engine/analysis/analyse';
import { loadScenario } from '../../src/engine/api';
import { indexScenario as indexV1 } from './v1-fast-path/scenario-index';
import { simulate as simulateV1 } from './v1-fast-path/simulate';
import type { Scenario as ScenarioV1 } from './v1-fast-path/format';

const SCENARIOS = join(import.meta.dirname, '../../scenarios');
/** Validations of the 300-card file timed one by one; the median is reported. */
const VALIDATIONS = 15;

/** CPU milliseconds spent running `work`. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Playthroughs per second: the best of `batches` timed batches of at least `batchMs` of CPU time each
 * (the best, because on a shared machine other processes only ever slow a batch down).
 */
function playthroughsPerSecond(index: ScenarioIndex, batches = 5, batchMs = 300): number {
  simulate(index, { runs: 200, seed: 99, policy: 'random' }); // warm-up
  let best = 0;
  let seed = 0;
  let size = 200;
  for (let b = 0; b < batches; b++) {
    let runs = 0;
    let ms = 0;
    while (ms < batchMs) {
      const start = seed;
      ms += cpuMs(() => simulate(index, { runs: size, seed: start, policy: 'random' }));
      runs += size;
      seed += size;
    }
    best = Math.max(best, (runs / ms) * 1000);
    size = Math.max(100, Math.round(runs / 4));
  }
  return best;
}

/**
 * Today's fast path and the frozen v1 one on the same v1 scenario, in alternating batches whose order
 * alternates too (so both see the same load of a shared machine, and neither always goes second): the
 * best playthroughs/s of each, and today's ÷ v1's.
 */
function ratioToV1(file: string, batches = 10, runs = 1000): { v2: number; v1: number; ratio: number } {
  const text = readFileSync(join(import.meta.dirname, '../v1-corpus/scenarios', file), 'utf8');
  const today = validateScenarioText(text, file).scenario;
  if (!today) throw new Error(`${file} no longer validates`);
  const current = indexScenario(today);
  const frozen = indexV1(JSON.parse(text) as ScenarioV1);
  simulate(current, { runs: 200, seed: 99, policy: 'random' }); // warm-up
  simulateV1(frozen, { runs: 200, seed: 99, policy: 'random' });
  let v2 = 0;
  let v1 = 0;
  for (let b = 0; b < batches; b++) {
    const seed = b * runs;
    const timeToday = (): void => {
      v2 = Math.max(v2, (runs / cpuMs(() => simulate(current, { runs, seed, policy: 'random' }))) * 1000);
    };
    const timeV1 = (): void => {
      v1 = Math.max(v1, (runs / cpuMs(() => simulateV1(frozen, { runs, seed, policy: 'random' }))) * 1000);
    };
    if (b % 2 === 0) {
      timeToday();
      timeV1();
    } else {
      timeV1();
      timeToday();
    }
  }
  return { v2, v1, ratio: v2 / v1 };
}

/** CPU seconds of the default analysis of a scenario, and CPU milliseconds to its random player's figures. */
function analysisTimes(scenario: Scenario): { totalSec: number; firstFiguresMs: number } {
  let firstFiguresMs = Number.NaN;
  const start = process.cpuUsage();
  const elapsed = (): number => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  analyse(loadScenario(scenario), {
    onProgress: (progress) => {
      if (Number.isNaN(firstFiguresMs) && (progress.report.policies?.length ?? 0) > 0)
        firstFiguresMs = elapsed();
    },
  });
  return { totalSec: elapsed() / 1000, firstFiguresMs };
}

/** The median of some numbers. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nanoseconds per transition of a bare two-state XState actor. */
function bareTransitionNs(): number {
  const machine = createMachine({
    initial: 'a',
    states: { a: { on: { GO: 'b' } }, b: { on: { GO: 'a' } } },
  });
  const actor = createActor(machine).start();
  for (let i = 0; i < 5_000; i++) actor.send({ type: 'GO' });
  const n = 100_000;
  const ms = cpuMs(() => {
    for (let i = 0; i < n; i++) actor.send({ type: 'GO' });
  });
  return (ms * 1e6) / n;
}

/** Nanoseconds per turn (one CHOOSE, one CONTINUE) through the compiled machine of a scenario. */
function actorTurnNs(index: ScenarioIndex, sessions: number): number {
  const machine = compileScenario(index);
  let turns = 0;
  const play = (count: number): void => {
    for (let s = 0; s < count; s++) {
      const actor = createActor(machine, { input: { seed: s } }).start();
      actor.send({ type: 'CONTINUE' });
      for (let guard = 0; guard < 500; guard++) {
        const game = actor.getSnapshot().context.game;
        if (game.screen === 'ended') break;
        if (game.screen === 'card') {
          const card = index.cards.get(game.card ?? '');
          const before = game;
          for (const choice of card?.choices ?? []) {
            actor.send({ type: 'CHOOSE', choice: choice.id });
            if (actor.getSnapshot().context.game !== before) break;
          }
          turns++;
        }
        actor.send({ type: 'CONTINUE' });
      }
      actor.stop();
    }
  };
  play(20);
  turns = 0;
  const ms = cpuMs(() => play(sessions));
  return (ms * 1e6) / turns;
}

/** Runs the benchmark and returns its figures. */
export async function runEngineBench(): Promise<Record<string, number>> {
  const bundled = readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json') && f !== 'codex.json')
    .map((f) => validateScenarioText(readFileSync(join(SCENARIOS, f), 'utf8'), f).scenario)
    .filter((s): s is Scenario => s !== undefined);
  const largest = bundled.reduce((a, b) => (b.cards.length > a.cards.length ? b : a));
  // First, while the rules have only run in place: the XState machine below runs them purely, which
  // makes their call sites polymorphic for the rest of the process, and the frozen copy never is.
  const v1 = ratioToV1(`${largest.meta.id}.json`);
  const premiers = bundled.find((s) => s.meta.id === 'premiers-pas') ?? largest;
  const synthetic = syntheticScenario({ cards: 300, seed: 1 });
  const syntheticText = JSON.stringify(synthetic, null, 2);
  for (let i = 0; i < 3; i++) validateScenarioText(syntheticText, 's.json', { knownConcepts: [] }); // warm-up
  const validationMs = median(
    Array.from({ length: VALIDATIONS }, () =>
      cpuMs(() => validateScenarioText(syntheticText, 's.json', { knownConcepts: [] })),
    ),
  );
  const largestIndex = indexScenario(largest);
  const bare = bareTransitionNs();
  const turn = actorTurnNs(largestIndex, 200);
  const fastTurnNs = (() => {
    const report = simulate(largestIndex, { runs: 500, seed: 5, policy: 'random' });
    const ms = cpuMs(() => simulate(largestIndex, { runs: 500, seed: 5, policy: 'random' }));
    return (ms * 1e6) / (report.turns.mean * 500);
  })();
  const analysis = analysisTimes(largest);
  return {
    largestBundledCards: largest.cards.length,
    largestBundledPlaythroughsPerSec: Math.round(playthroughsPerSecond(largestIndex)),
    v1CorpusLargestPlaythroughsPerSec: Math.round(v1.v2),
    v1FastPathPlaythroughsPerSec: Math.round(v1.v1),
    fastPathRatioToV1: Math.round(v1.ratio * 100) / 100,
    premiersPasPlaythroughsPerSec: Math.round(playthroughsPerSecond(indexScenario(premiers))),
    synthetic300PlaythroughsPerSec: Math.round(playthroughsPerSecond(indexScenario(synthetic))),
    synthetic300TextKB: Math.round(syntheticText.length / 1024),
    synthetic300ValidationMs: Math.round(validationMs * 10) / 10,
    bareXStateTransitionNs: Math.round(bare),
    compiledMachineTurnNs: Math.round(turn),
    fastPathTurnNs: Math.round(fastTurnNs),
    machineTurnToBareTransitionRatio: Math.round((turn / bare) * 10) / 10,
    analyseLargestSec: Math.round(analysis.totalSec * 10) / 10,
    analyseFirstFiguresMs: Math.round(analysis.firstFiguresMs),
  };
}

if (process.argv[1] !== undefined && /engine-bench\.[tj]s$/.test(process.argv[1])) {
  const figures = await runEngineBench();
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  process.stdout.write('Engine bench (CPU time of one process, one core)\n');
  for (const [name, value] of Object.entries(figures))
    process.stdout.write(`  ${name.padEnd(width)}  ${value}\n`);
}
