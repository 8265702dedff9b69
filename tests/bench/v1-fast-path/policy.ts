/** Simulation policies: how a simulated player picks among the available choices. */
import { nextFloat, type RngState } from './rng';
import { POSTURES, type Choice, type Posture } from './format';

/** `random`, `principled` (follows the game's principles), or a posture tag the player prefers. */
export type PolicyName = 'random' | 'principled' | Posture;

/** The postures that follow the principles of the game design (GAME_DESIGN.md). */
export const PRINCIPLED_POSTURES: readonly Posture[] = [
  'cooperative',
  'participatory',
  'needs-first',
  'patient',
  'hybrid-resources',
  'peer-evaluation',
];

/** The postures contrary to those principles. */
export const CONTRARY_POSTURES: readonly Posture[] = POSTURES.filter((p) => !PRINCIPLED_POSTURES.includes(p));

/** Whether a name is a known policy. */
export function isPolicyName(name: string): name is PolicyName {
  return name === 'random' || name === 'principled' || (POSTURES as readonly string[]).includes(name);
}

const isPrincipled = (c: Choice): boolean => c.postures.some((p) => PRINCIPLED_POSTURES.includes(p));
const isContrary = (c: Choice): boolean => c.postures.some((p) => CONTRARY_POSTURES.includes(p));

/**
 * The choices a policy considers. A posture policy keeps the choices tagged with its posture. The
 * principled policy keeps those with a principled tag and no contrary one, else those with no
 * contrary tag. When nothing fits, every available choice is kept.
 */
export function candidates(choices: readonly Choice[], policy: PolicyName): readonly Choice[] {
  if (policy === 'random') return choices;
  if (policy === 'principled') {
    const clean = choices.filter((c) => !isContrary(c));
    const best = clean.filter(isPrincipled);
    if (best.length > 0) return best;
    return clean.length > 0 ? clean : choices;
  }
  const tagged = choices.filter((c) => c.postures.includes(policy));
  return tagged.length > 0 ? tagged : choices;
}

/**
 * Picks a choice uniformly among the policy's candidates. Returns the choice and the next generator
 * state (unchanged when there was nothing to draw).
 */
export function pickChoice(
  choices: readonly Choice[],
  policy: PolicyName,
  rng: RngState,
): [Choice | undefined, RngState] {
  const pool = candidates(choices, policy);
  if (pool.length <= 1) return [pool[0], rng];
  const [r, next] = nextFloat(rng);
  return [pool[Math.floor(r * pool.length)], next];
}
