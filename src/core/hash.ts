/**
 * A stable fingerprint of any plain data (FNV-1a over a canonical JSON with sorted keys), used to prove
 * that a replay reaches exactly the same state.
 */
export function stableHash(value: unknown): string {
  return fnv1a(canonicalJson(value)).toString(16).padStart(8, '0');
}

/** The FNV-1a prime (32 bits). */
export const FNV_PRIME = 0x01000193;

/** FNV-1a of a text as an unsigned 32-bit number, from the standard basis or another one (a salted hash). */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** JSON with object keys sorted, so equal data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}
