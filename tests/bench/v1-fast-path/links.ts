/** The strongest a link between two actors can be. */
export const MAX_LINK_STRENGTH = 3;

/** The key of the undirected link between two actors, the same whichever way it is named. */
export function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The two actor ids of a link key. */
export function linkEnds(key: string): [string, string] {
  const [a = '', b = ''] = key.split('|');
  return [a, b];
}
