/**
 * The dilemma analysis (`npm run scenario -- analyse`, the inspector): does the scenario offer honest
 * dilemmas? Simulated players (random, each posture, principled, preview-greedy, expert) play it
 * through the public API (src/engine/api.ts); the report gives their success, the tell rate, the
 * context-dependent cards, the cards where every choice costs, the dominated choices and what pays off
 * two or more phases later, with the budgets of issue #14. Definitions: docs/authoring/analyse.fr.md.
 */
import { seedRng } from '../../core/rng';
import { ENDING_KINDS, POSTURES, type Choice, type EndingKind } from '../../scenario/format';
import { readsLeftOut } from '../../scenario/play/explore';
import { defaultTurnLimit } from '../../scenario/play/simulate';
import { Session, type LoadedScenario } from '../api';
import type {
  AnalysisPolicy,
  AnalysisProgress,
  AnalysisReport,
  PolicyResult,
  TellRate,
} from './analysis-types';
import { checkBudgets } from './budgets';
import { DrawnStates } from './drawn-states';
import { Expert, type Evaluation } from './expert';
import { PayoffWatch, flagsReadByCards } from './payoffs';
import { greediest, isPrincipled, pickFor } from './policies';
import { confirmed, contextDependence, dominatedChoices } from './read-evaluations';
import { everyChoiceCosts } from './static-costs';

/** Options of an analysis. */
export interface AnalyseOptions {
  /** Sessions per policy (default 1,000). */
  runs?: number;
  /** Sessions of the expert (default 200). */
  expertRuns?: number;
  /** Futures per choice the expert plays (default 8; twice as many for the states drawn by the others). */
  rollouts?: number;
  /** States per card, met by the other players, weighed for the context-dependent cards (default 6). */
  drawnStates?: number;
  /** Session `i` of a policy uses game seed `seed + i` (default 1). */
  seed?: number;
  /** Called after every few sessions with the figures known so far (for a progress bar). */
  onProgress?: (progress: AnalysisProgress) => void;
}

/** The policies, in the order they run (the quick ones first: the inspector shows them at once). */
export const ANALYSIS_POLICIES: readonly AnalysisPolicy[] = [
  'random',
  'principled',
  'preview-greedy',
  ...POSTURES,
  'expert',
];

/** How many sessions between two progress reports. */
const PROGRESS_EVERY = 50;

/** Counts the tell rate on the decisions the random player meets. */
function tellAt(
  session: Session,
  tell: { decisions: number; principledArgmax: number },
  available: readonly Choice[],
): void {
  const principled = available.filter(isPrincipled);
  if (principled.length === 0 || principled.length === available.length) return;
  tell.decisions++;
  const top = greediest(session, available);
  if (top.length === 1 && top[0] && isPrincipled(top[0])) tell.principledArgmax++;
}

/** Runs the whole analysis of a scenario. Pure and deterministic for given options. */
export function analyse(loaded: LoadedScenario, options: AnalyseOptions = {}): AnalysisReport {
  const { scenario, index } = loaded;
  const runs = options.runs ?? 1000;
  const expertRuns = options.expertRuns ?? 200;
  const rollouts = options.rollouts ?? 8;
  const seed = options.seed ?? 1;
  const limit = 4 * defaultTurnLimit(index) + 20;
  const watch = new PayoffWatch(scenario, flagsReadByCards(scenario));
  const expert = new Expert(rollouts, readsLeftOut(scenario), limit);
  // The states the other players draw the cards in, weighed with twice the futures (context-dependence).
  const drawn = new DrawnStates(options.drawnStates ?? 6, seed);
  const weigher = new Expert(2 * rollouts, readsLeftOut(scenario), limit);
  const tell = { decisions: 0, principledArgmax: 0 };
  const policies: PolicyResult[] = [];
  const total = (ANALYSIS_POLICIES.length - 1) * runs + expertRuns + 1;
  let done = 0;
  const summary: AnalysisReport['scenario'] = {
    id: scenario.meta.id,
    title: scenario.meta.title.fr,
    cards: scenario.cards.length,
    choices: scenario.cards.reduce((sum, card) => sum + card.choices.length, 0),
    kind: scenario.meta.durationMinutes <= 12 ? 'short' : 'full',
  };
  const settings = { runs, expertRuns, rollouts, seed };
  const costs = everyChoiceCosts(scenario); // static: read once for every progress report
  const partial = (): Partial<AnalysisReport> => ({
    scenario: summary,
    settings,
    policies: [...policies],
    tell: tellRate(tell),
    everyChoiceCosts: costs,
  });
  // The static figures first: a progress bar can show them before any session is played.
  options.onProgress?.({ done: 0, total, step: 'static', report: partial() });
  ANALYSIS_POLICIES.forEach((policy, p) => {
    const count = policy === 'expert' ? expertRuns : runs;
    const endings: Record<string, number> = {};
    for (const ending of scenario.endings) endings[ending.id] = 0;
    const kinds: Record<EndingKind, number> = { success: 0, partial: 0, failure: 0 };
    let turns = 0;
    for (let run = 0; run < count; run++) {
      const session = Session.start(loaded, { seed: seed + run });
      const draw = { rng: seedRng(Math.imul(seed + run, 0x2c1b3c6d) ^ (p + 1)) };
      if (policy !== 'expert') watch.begin();
      for (let step = 0; step < limit && session.screen !== 'ended'; step++) {
        if (session.screen !== 'card') {
          session.continue();
          continue;
        }
        let choice: Choice | undefined;
        if (policy === 'expert') choice = expert.pick(session);
        else {
          // The choices available, listed once for the watchers and the player.
          const available = session.available();
          watch.card(session.state);
          if (policy === 'random') tellAt(session, tell, available);
          drawn.offer(session, available);
          choice = pickFor(policy, session, draw, available);
        }
        if (!choice || !session.choose(choice.id)) break;
        const record = session.state.log[session.state.log.length - 1];
        if (record && policy !== 'expert') watch.turn(session.state, record);
      }
      const ending = session.ending();
      if (ending) {
        endings[ending.id] = (endings[ending.id] ?? 0) + 1;
        kinds[ending.kind]++;
      }
      turns += session.state.turn;
      done++;
      if (done % PROGRESS_EVERY === 0 || run === count - 1)
        options.onProgress?.({ done, total, step: policy, report: partial() });
    }
    const share = (n: number): number => (count === 0 ? 0 : n / count);
    policies.push({
      policy,
      runs: count,
      success: share(kinds.success),
      kinds: Object.fromEntries(ENDING_KINDS.map((k) => [k, share(kinds[k])])) as Record<EndingKind, number>,
      endings: Object.fromEntries(Object.entries(endings).map(([id, n]) => [id, share(n)])),
      meanTurns: count === 0 ? 0 : turns / count,
    });
  });
  // Each state drawn by the other players, weighed once (the same state drawn twice reuses its estimate).
  for (const state of drawn.states()) weigher.pick(Session.fromState(loaded, state));
  done++;
  options.onProgress?.({ done, total, step: 'context', report: partial() });
  const evaluations = [...expert.evaluations, ...weigher.evaluations];
  // A state weighed again for a reversal, kept for the others it belongs to: the same state, seed and
  // futures give the same estimate (a card's reversals share their states).
  const weighedAgain = new Map<Evaluation, Evaluation>();
  const again = (e: Evaluation): Evaluation => {
    let estimate = weighedAgain.get(e);
    if (!estimate) {
      estimate = weigher.reweigh(Session.fromState(loaded, e.state), 8 * rollouts, 0xc0f1);
      weighedAgain.set(e, estimate);
    }
    return estimate;
  };
  const report = {
    scenario: summary,
    settings,
    policies,
    tell: tellRate(tell),
    contextDependent: contextDependence(evaluations, scenario, (reversal) => confirmed(reversal, again)),
    everyChoiceCosts: everyChoiceCosts(scenario),
    dominated: dominatedChoices(evaluations, scenario),
    payoffs: watch.result(),
  };
  const budgets = checkBudgets(report);
  return { ...report, budgets, budgetsPass: budgets.every((b) => !b.applies || b.pass) };
}

function tellRate(tell: { decisions: number; principledArgmax: number }): TellRate {
  return { ...tell, rate: tell.decisions === 0 ? 0 : tell.principledArgmax / tell.decisions };
}
