/**
 * The visible gain of a choice in a state: the sum of the immediate changes to the four family trust
 * meters and `cooperation` that the choice would make now, its own effects and the outcome that
 * applies, the stated risk left out (as if avoided) and without the delayed consequences or the rules
 * of the end of the turn: what a player sees right after choosing. Deliberately generous to the greedy
 * player (a cap or a clamp is counted as the player would see it happen).
 */
import type { Session } from '../api';
import { FAMILIES } from '../../scenario/format';

const COUNTED: ReadonlySet<string> = new Set([...FAMILIES, 'cooperation']);

/** The visible gain of taking `choice` now (0 when it cannot be taken). */
export function visibleGain(session: Session, choice: string): number {
  // The changes of the turn's end are left out anyway: they are the rules' or delayed consequences'.
  const changes = session.immediateChanges(choice, { risk: false });
  if (!changes) return 0;
  let gain = 0;
  for (const change of changes) {
    if (change.kind !== 'meter' || !COUNTED.has(change.meter) || 'rule' in change.cause) continue;
    if (change.cause.via === undefined || change.cause.via === 'outcome') gain += change.to - change.from;
  }
  return gain;
}
