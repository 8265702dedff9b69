/** Simulation policies: how a simulated player picks among the available choices. */
import { nextFloat, type RngState } from '../../core/rng';
import { POSTURES, type Choice, type Posture } from '../format';

/** `random`, or a posture tag the player prefers. */
export type PolicyName = 'random' | Posture;

/** Whether a name is a known policy. */
export function isPolicyName(name: string): name is PolicyName {
  return name === 'random' || (POSTURES as readonly string[]).includes(name);
}

/**
 * Picks a choice: with a posture policy, uniformly among the available choices tagged with the
 * posture, else uniformly among all of them. Returns the choice and the next generator state.
 */
export function pickChoice(
  choices: readonly Choice[],
  policy: PolicyName,
  rng: RngState,
): [Choice | undefined, RngState] {
  let pool = choices;
  if (policy !== 'random') {
    const tagged = choices.filter((c) => c.postures.includes(policy));
    if (tagged.length > 0) pool = tagged;
  }
  if (pool.length <= 1) return [pool[0], rng];
  const [r, next] = nextFloat(rng);
  return [pool[Math.floor(r * pool.length)], next];
}
