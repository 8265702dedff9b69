/**
 * A copy of premiers-pas where every text a player can see (each localised string and each actor's name)
 * carries HTML and script payloads. Shared by the unit test (validator + view model) and the browser test
 * (opened through "Ouvrir un scénario").
 */
import { readFileSync } from 'node:fs';

const premiersPas: unknown = JSON.parse(
  readFileSync(new URL('../../../scenarios/premiers-pas.json', import.meta.url), 'utf8'),
);

/** Each payload would run code, or at least make an element, if the game ever rendered text as markup. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"></svg>',
  '<a href="javascript:window.__pwned=1">lien</a>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '{{constructor.constructor("window.__pwned=1")()}}',
] as const;

const LOCALISED = /^(fr|en)$/;

/** `text` followed by one payload; fr and en of one text get the same, so every payload shows in French. */
const poison = (text: string, index: number): string => `${text} ${PAYLOADS[index % PAYLOADS.length]}`;

/** Returns the scenario JSON (as a value) with payloads appended to every visible text. */
export function payloadScenario(): unknown {
  let count = 0;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return key === 'name' ? poison(value, count++) : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value);
    if (entries.some(([k, v]) => LOCALISED.test(k) && typeof v === 'string')) {
      const index = count++;
      return Object.fromEntries(
        entries.map(([k, v]) => [k, LOCALISED.test(k) && typeof v === 'string' ? poison(v, index) : v]),
      );
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, walk(v, k)]));
  };
  const copy = walk(premiersPas, '') as { meta: { id: string } };
  copy.meta.id = 'charge-utile';
  return copy;
}
