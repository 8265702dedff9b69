import { createInitialState, type GameState } from '../../../../src/core/game-state';
import type { ScenarioIndex } from '../../../../src/core/scenario-index';
import { availableChoices, choose } from '../../../../src/core/turn';
import type { RuleSettings } from '../../../../src/engine/modes/formation/decision-rule';
import type { Team } from '../../../../src/engine/modes/formation/teams';
import {
  castVote,
  closeVote,
  openRound,
  recordRound,
  reveal,
  setPrediction,
  type RoundRecord,
} from '../../../../src/engine/modes/formation/votes';
import { toCard } from '../helpers';

/**
 * Plays a whole training session: on each card every voting team votes `vote(team, turn, count)`
 * (an index among the offered choices), team 1 predicts that the élu·es' trust goes up.
 */
export function playTraining(
  index: ScenarioIndex,
  seed: number,
  teams: readonly Team[],
  rule: RuleSettings,
  vote: (team: number, turn: number, count: number) => number,
): { state: GameState; rounds: RoundRecord[] } {
  let state = toCard(createInitialState(index, seed), index);
  const rounds: RoundRecord[] = [];
  while (state.screen === 'card' && state.card !== null) {
    const card = index.cards.get(state.card);
    const offered = card ? availableChoices(card, state, index).map((c) => c.id) : [];
    let round = openRound(state.turn + 1, state.card, offered);
    for (const team of teams) {
      round = castVote(
        round,
        teams,
        team.id,
        offered[vote(team.id, state.turn, offered.length) % offered.length] ?? '',
      );
    }
    round = setPrediction(round, teams, 1, 'elus', 'up');
    round = closeVote(round, teams, rule, true);
    if (round.decided === null) throw new Error(`no decision on ${state.card}`);
    state = choose(state, round.decided.choice, index);
    round = reveal(round);
    const record = recordRound(round, teams, state.log[state.log.length - 1]!);
    if (!record) throw new Error('round does not match the log');
    rounds.push(record);
    state = toCard(state, index);
  }
  return { state, rounds };
}
