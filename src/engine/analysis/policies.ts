/**
 * The simulated players of the analysis (all but the expert, in expert.ts): `random`, each posture tag,
 * `principled` (the simulation's candidate rule, src/scenario/play/policy.ts) and `preview-greedy` (the
 * biggest visible gain, ties broken by the seeded draw). Each picks among the available choices with
 * its own seeded generator, apart from the game's.
 */
import { nextFloat, type RngState } from '../../core/rng';
import { candidates, CONTRARY_POSTURES, PRINCIPLED_POSTURES } from '../../scenario/play/policy';
import type { Choice } from '../../scenario/format';
import type { Session } from '../api';
import type { AnalysisPolicy } from './analysis-types';
import { visibleGain } from './visible-gain';

/** A generator the policy draws from, updated in place. */
export interface Draw {
  rng: RngState;
}

/** A uniform pick among `items` (the first when there is one, no draw). */
export function pickOne<T>(items: readonly T[], draw: Draw): T | undefined {
  if (items.length <= 1) return items[0];
  const [r, next] = nextFloat(draw.rng);
  draw.rng = next;
  return items[Math.floor(r * items.length)];
}

/** A principled choice: it carries a principled posture and no contrary one. */
export const isPrincipled = (choice: Choice): boolean =>
  choice.postures.some((p) => PRINCIPLED_POSTURES.includes(p)) &&
  !choice.postures.some((p) => CONTRARY_POSTURES.includes(p));

/** The choices with the biggest visible gain now (several when tied). */
export function greediest(session: Session, choices: readonly Choice[]): Choice[] {
  let best = -Infinity;
  let top: Choice[] = [];
  for (const choice of choices) {
    const gain = visibleGain(session, choice.id);
    if (gain > best) {
      best = gain;
      top = [choice];
    } else if (gain === best) top.push(choice);
  }
  return top;
}

/** What a policy other than `expert` picks on the current card (`available`: its available choices). */
export function pickFor(
  policy: Exclude<AnalysisPolicy, 'expert'>,
  session: Session,
  draw: Draw,
  available: readonly Choice[] = session.available(),
): Choice | undefined {
  if (policy === 'preview-greedy') return pickOne(greediest(session, available), draw);
  return pickOne(candidates(available, policy), draw);
}
