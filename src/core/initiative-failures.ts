/** The rule that makes initiatives fail: at the end of a turn, each whose fail condition holds. */
import type { ScenarioIndex } from './scenario-index';
import { writable, type TurnContext } from './turn-context';

/** Fails every initiative whose fail condition now holds, recording the rule as the cause. */
export function applyInitiativeFailures(turn: TurnContext, index: ScenarioIndex): void {
  const { draft } = turn;
  for (const { id, failWhen } of index.rules.failures) {
    const status = draft.initiatives[id];
    if (!status || status.state === 'failed') continue;
    if (!failWhen(draft)) continue;
    writable(turn, 'initiatives')[id] = { progress: status.progress, state: 'failed' };
    if (!turn.logged) {
      turn.unrecorded++;
      continue;
    }
    turn.changes.push({
      kind: 'initiative',
      initiative: id,
      progressBefore: status.progress,
      progressAfter: status.progress,
      stateBefore: status.state,
      stateAfter: 'failed',
      cause: { rule: 'initiative-failed' },
    });
  }
}
