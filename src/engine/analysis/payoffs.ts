/**
 * What comes back two or more phases later, observed in the simulated sessions: delayed consequences
 * that land two or more phases after the choice they come from, and flags set in one phase and read by
 * a card, a choice, an outcome or a risk two or more phases later. Also, statically, the flags read
 * only by endings (or the evaluation).
 */
import type { GameState, TurnRecord } from '../../core/game-state';
import type { Condition, Scenario } from '../../scenario/format';
import type { DelayedPayoffs } from './analysis-types';

/** The flags a condition reads. */
function flagsOf(condition: Condition | undefined, into: Set<string>): void {
  if (condition === undefined) return;
  if ('all' in condition) condition.all.forEach((c) => flagsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => flagsOf(c, into));
  else if ('not' in condition) flagsOf(condition.not, into);
  else if ('flag' in condition) into.add(condition.flag);
}

/** The flags each card reads when it is drawn: its own condition, its choices', outcomes' and risks'. */
export function flagsReadByCards(scenario: Scenario): Map<string, string[]> {
  return new Map(
    scenario.cards.map((card) => {
      const flags = new Set<string>();
      flagsOf(card.when, flags);
      for (const choice of card.choices) {
        flagsOf(choice.when, flags);
        for (const branch of [...(choice.outcomes ?? []), ...(choice.risks ?? [])])
          flagsOf(branch.when, flags);
      }
      return [card.id, [...flags]];
    }),
  );
}

/** The flags read by endings or the evaluation and never by a card, a choice, an outcome or a risk. */
export function flagsReadOnlyByEndings(scenario: Scenario, byCards: ReadonlyMap<string, string[]>): string[] {
  const byCard = new Set([...byCards.values()].flat());
  const atEnd = new Set<string>();
  for (const ending of scenario.endings) flagsOf(ending.when, atEnd);
  for (const terms of Object.values(scenario.evaluation))
    for (const term of terms) if ('flag' in term) atEnd.add(term.flag);
  return [...atEnd].filter((flag) => !byCard.has(flag)).sort();
}

/** Watches the sessions and counts, per session, what paid off two or more phases later. */
export class PayoffWatch {
  private readonly delayed = new Map<string, number>();
  private readonly flags = new Map<string, number>();
  private seenDelayed = new Set<string>();
  private seenFlags = new Set<string>();
  private firstSet = new Map<string, number>();
  private readonly phaseIndex: Map<string, number>;

  constructor(
    private readonly scenario: Scenario,
    private readonly reads: ReadonlyMap<string, string[]>,
  ) {
    this.phaseIndex = new Map(scenario.phases.map((p, i) => [p.id, i]));
  }

  /** A new session starts. */
  begin(): void {
    this.close();
    this.seenDelayed = new Set();
    this.seenFlags = new Set();
    this.firstSet = new Map();
  }

  /** A card is on show: its flags are read now. */
  card(state: Readonly<GameState>): void {
    for (const flag of this.reads.get(state.card ?? '') ?? []) {
      const set = this.firstSet.get(flag);
      if (set !== undefined && state.phaseIndex >= set + 2) this.seenFlags.add(flag);
    }
  }

  /** A turn was played: flags set, consequences landed. */
  turn(state: Readonly<GameState>, record: TurnRecord): void {
    const phase = this.phaseIndex.get(record.phase) ?? 0;
    for (const change of record.changes)
      if (change.kind === 'flag' && change.value && !this.firstSet.has(change.flag))
        this.firstSet.set(change.flag, phase);
    for (const item of record.delayed ?? []) {
      if (!item.landed) continue;
      const origin = this.phaseIndex.get(state.log[item.turn - 1]?.phase ?? '') ?? phase;
      if (phase >= origin + 2) this.seenDelayed.add(`${item.card}/${item.choice}/${item.path}`);
    }
  }

  /** The payoffs counted over every session watched. */
  result(): DelayedPayoffs {
    this.close();
    const list = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const delayed = list(this.delayed).map(([site, sessions]) => ({ site, sessions }));
    const flags = list(this.flags).map(([flag, sessions]) => ({ flag, sessions }));
    return {
      delayed,
      flags,
      count: delayed.length + flags.length,
      flagsReadOnlyByEndings: flagsReadOnlyByEndings(this.scenario, this.reads),
    };
  }

  private close(): void {
    for (const site of this.seenDelayed) this.delayed.set(site, (this.delayed.get(site) ?? 0) + 1);
    for (const flag of this.seenFlags) this.flags.set(flag, (this.flags.get(flag) ?? 0) + 1);
    this.seenDelayed.clear();
    this.seenFlags.clear();
  }
}
