/** The key of an (unordered) pair of actors. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** How a thread changed between two frames the scene drew. */
export type ThreadChange = 'new' | 'stronger' | 'weaker' | 'broken' | null;

/** The change of one thread from the strength drawn before (undefined: not drawn before) to now. */
export function threadChange(before: number | undefined, now: number): ThreadChange {
  const was = before ?? 0;
  if (was === now) return null;
  if (was === 0) return 'new';
  if (now === 0) return 'broken';
  return now > was ? 'stronger' : 'weaker';
}
