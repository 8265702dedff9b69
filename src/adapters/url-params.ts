/**
 * The one parser of the page's address. The public contract, shared by facilitators in links and kept
 * stable: `scenario=<id>`, `mode=solo|formation|evenement`, `lang=fr|en`, `seed=<integer>`, and
 * `page=inspecteur`. Which values `mode` and `page` take comes from the mode table
 * (src/ui/mode-registry.ts), passed in; a mode reads its own settings with `get` (the kiosk's `idle`).
 * Parsing never throws: an invalid value falls back to its default.
 */

/** Languages of the public contract. */
export const URL_LANGUAGES = ['fr', 'en'] as const;

/** A language the URL may ask for. */
export type UrlLanguage = (typeof URL_LANGUAGES)[number];

/** The scenario played when the URL names none (or an invalid id). */
export const DEFAULT_SCENARIO = 'premiers-pas';

/** The parsed address. `null` means "not given, or invalid": the caller picks the default. */
export interface UrlParams<M extends string = string> {
  scenario: string;
  /** Whether the address has a `scenario` parameter (an invalid one still counts: `scenario` is then the default). */
  scenarioGiven: boolean;
  /** The mode `mode=` names, else the default mode. */
  mode: M;
  /** The mode `page=` names (a page of its own, such as the inspector), else null. */
  page: M | null;
  /** The asked language, or null to use the browser's. */
  lang: UrlLanguage | null;
  /** The asked seed, or null to derive one. */
  seed: number | null;
  /** `?inspect` is present (development only). */
  inspect: boolean;
  /** `?pseudo` is present: pseudo-localised interface, to spot text that is not in the catalogs. */
  pseudo: boolean;
  /** Any other parameter, as given (trimmed), for a mode's own settings; null when absent. */
  get(name: string): string | null;
}

/** Where each mode is named in the address: `?mode=<id>` or `?page=<id>`. */
export type ModeAddresses<M extends string> = Readonly<Record<M, 'mode' | 'page'>>;

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const INTEGER = /^-?\d{1,10}$/;

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;

/**
 * Parses a query string (`location.search`) into the address's parameters, the modes being those of
 * `modes`. Never throws.
 */
export function parseUrlParams<M extends string>(
  search: string,
  modes: ModeAddresses<M>,
  defaultMode: M,
): UrlParams<M> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const lower = (name: string): string | null => params.get(name)?.trim().toLowerCase() ?? null;
  const ids = Object.keys(modes) as M[];
  const named = (param: 'mode' | 'page'): M | null =>
    oneOf(
      ids.filter((id) => modes[id] === param),
      lower(param),
    );
  const scenario = lower('scenario') ?? '';
  const seedText = params.get('seed')?.trim() ?? '';
  const seed = INTEGER.test(seedText) ? Number(seedText) : NaN;
  return {
    scenario: SCENARIO_ID.test(scenario) ? scenario : DEFAULT_SCENARIO,
    scenarioGiven: params.has('scenario'),
    mode: named('mode') ?? defaultMode,
    page: named('page'),
    lang: oneOf(URL_LANGUAGES, lower('lang')),
    seed: Number.isSafeInteger(seed) && Math.abs(seed) <= 0xffffffff ? seed : null,
    inspect: params.has('inspect'),
    pseudo: params.has('pseudo'),
    get: (name) => params.get(name)?.trim() ?? null,
  };
}

/** The query string with one parameter set (or removed when `value` is null), other parameters kept. */
export function withParam(
  search: string,
  name: 'scenario' | 'mode' | 'lang' | 'seed',
  value: string | null,
): string {
  const params = new URLSearchParams(search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
