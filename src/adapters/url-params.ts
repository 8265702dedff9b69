/**
 * The public URL contract, shared by facilitators in links and kept stable from now on:
 * `scenario=<id>`, `mode=solo|formation|evenement`, `lang=fr|en`, `seed=<integer>`.
 * Parsing never throws: an invalid value falls back to its default.
 */

/** Play modes of the public contract. */
export const MODES = ['solo', 'formation', 'evenement'] as const;

/** A play mode. */
export type Mode = (typeof MODES)[number];

/** Languages of the public contract. */
export const URL_LANGUAGES = ['fr', 'en'] as const;

/** A language the URL may ask for. */
export type UrlLanguage = (typeof URL_LANGUAGES)[number];

/** The scenario played when the URL names none (or an invalid id). */
export const DEFAULT_SCENARIO = 'premiers-pas';

/** The parsed public parameters. `null` means "not given, or invalid": the caller picks the default. */
export interface UrlParams {
  scenario: string;
  mode: Mode;
  /** The asked language, or null to use the browser's. */
  lang: UrlLanguage | null;
  /** The asked seed, or null to derive one. */
  seed: number | null;
  /** `?inspect` is present (development only). */
  inspect: boolean;
}

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const INTEGER = /^-?\d{1,10}$/;

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;

/** Parses a query string (`location.search`) into the public parameters. Never throws. */
export function parseUrlParams(search: string): UrlParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const scenario = params.get('scenario')?.trim().toLowerCase() ?? '';
  const seedText = params.get('seed')?.trim() ?? '';
  const seed = INTEGER.test(seedText) ? Number(seedText) : NaN;
  return {
    scenario: SCENARIO_ID.test(scenario) ? scenario : DEFAULT_SCENARIO,
    mode: oneOf(MODES, params.get('mode')?.trim().toLowerCase() ?? null) ?? 'solo',
    lang: oneOf(URL_LANGUAGES, params.get('lang')?.trim().toLowerCase() ?? null),
    seed: Number.isSafeInteger(seed) && Math.abs(seed) <= 0xffffffff ? seed : null,
    inspect: params.has('inspect'),
  };
}

/** The query string with one parameter set (or removed when `value` is null), other parameters kept. */
export function withParam(
  search: string,
  name: keyof Omit<UrlParams, 'inspect'>,
  value: string | null,
): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
