import type { GameState } from '../../core/game-state';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { Language } from '../../scenario/format';
import type { SavedSession } from '../game-session';
import { localize } from '../localize';
import type { RoundRecord } from './formation/votes';
import { listDecisions } from './rewind';

/** One decision of the timeline, named in the player's language. */
export interface TimelineEntry {
  turn: number;
  phase: string;
  card: string;
  cardText: string;
  /** Highlighted by the scenario as a key decision. */
  key: boolean;
  choice: string;
  choiceText: string;
  /** The other choices open then: the path not taken. */
  notTaken: { id: string; text: string }[];
  /** Net move of each meter in the turn (only meters that moved). */
  moves: Record<string, number>;
}

/** A card where the teams disagreed, for the formation debrief. */
export interface Disagreement {
  turn: number;
  card: string;
  disagreement: number;
  /** Team ids by the choice they voted for. */
  camps: Record<string, number[]>;
  decided: string;
}

/** Each team's predictions over the session. */
export interface PredictionTotal {
  team: number;
  predicted: number;
  right: number;
}

/** The debrief's data, built from the session's own log. */
export interface Debrief {
  timeline: TimelineEntry[];
  /** Each meter at the start, then after every turn. */
  curves: Record<string, number[]>;
  /** Debrief questions: those of the phases played, then the ending's. */
  questions: string[];
  /** Formation only: cards by decreasing disagreement (unanimous ones left out). */
  disagreements: Disagreement[];
  predictions: PredictionTotal[];
}

/** Builds the debrief of a session; `rounds` are the vote rounds of a training session (empty in solo). */
export function buildDebrief(
  index: ScenarioIndex,
  state: GameState,
  lang: Language,
  rounds: readonly RoundRecord[] = [],
): Debrief {
  const saved: SavedSession = {
    saveVersion: 1,
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    seed: state.seed,
    choices: state.log.map((record) => record.choice),
  };
  const decisions = listDecisions(index, saved).decisions;
  const choiceText = (card: string, id: string): string =>
    localize(index.choices.get(card)?.get(id)?.text, lang);
  const curves: Record<string, number[]> = {};
  for (const meter of index.scenario.meters) curves[meter.id] = [meter.initial];
  const timeline = state.log.map((record, i): TimelineEntry => {
    const moves: Record<string, number> = {};
    for (const meter of index.scenario.meters) {
      const series = curves[meter.id] ?? [];
      const before = series[series.length - 1] ?? meter.initial;
      const after = record.meters[meter.id] ?? before;
      series.push(after);
      if (after !== before) moves[meter.id] = after - before;
    }
    const card = index.cards.get(record.card);
    return {
      turn: record.turn,
      phase: record.phase,
      card: record.card,
      cardText: localize(card?.text, lang),
      key: card?.key === true,
      choice: record.choice,
      choiceText: choiceText(record.card, record.choice),
      notTaken: (decisions[i]?.alternatives ?? []).map((id) => ({ id, text: choiceText(record.card, id) })),
      moves,
    };
  });
  const phasesPlayed = new Set(state.log.map((record) => record.phase));
  const questions = [
    ...index.phases.filter((phase) => phasesPlayed.has(phase.id)).flatMap((phase) => phase.debrief ?? []),
    ...((state.ending === null ? undefined : index.endings.get(state.ending))?.debrief ?? []),
  ].map((text) => localize(text, lang));
  const disagreements = rounds
    .filter((round) => round.disagreement > 0)
    .map((round): Disagreement => {
      const camps: Record<string, number[]> = {};
      for (const [team, choice] of Object.entries(round.votes)) (camps[choice] ??= []).push(Number(team));
      return {
        turn: round.turn,
        card: round.card,
        disagreement: round.disagreement,
        camps,
        decided: round.decided,
      };
    })
    .sort((a, b) => b.disagreement - a.disagreement || a.turn - b.turn);
  const totals = new Map<number, PredictionTotal>();
  for (const round of rounds)
    for (const [team, score] of Object.entries(round.scores)) {
      const id = Number(team);
      const total = totals.get(id) ?? { team: id, predicted: 0, right: 0 };
      totals.set(id, {
        team: id,
        predicted: total.predicted + score.predicted,
        right: total.right + score.right,
      });
    }
  return {
    timeline,
    curves,
    questions,
    disagreements,
    predictions: [...totals.values()].sort((a, b) => a.team - b.team),
  };
}
