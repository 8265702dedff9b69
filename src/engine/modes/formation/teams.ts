import { FAMILIES, type FamilyId } from '../../../scenario/format';

/** The smallest and largest number of teams in a training session. */
export const MIN_TEAMS = 2;
export const MAX_TEAMS = 6;
/** The longest team name kept (longer names are cut). */
export const MAX_TEAM_NAME = 40;

/** A team's role: it embodies one of the four families, observes (does not vote), or has no role. */
export type TeamRole = FamilyId | 'observers' | null;

/** The roles a facilitator can give, in display order (`null`: no role). */
export const TEAM_ROLES: readonly TeamRole[] = [null, ...FAMILIES, 'observers'];

/** A team of the room. `id` is its 1-based number, also its keyboard key. */
export interface Team {
  id: number;
  name: string;
  role: TeamRole;
}

/** What the facilitator typed for one team. */
export interface TeamInput {
  name: string;
  role?: TeamRole;
}

/** Why a team setup was refused. */
export type TeamSetupError =
  | { kind: 'too-few'; min: number }
  | { kind: 'too-many'; max: number }
  | { kind: 'empty-name'; team: number }
  | { kind: 'duplicate-name'; team: number; name: string }
  | { kind: 'no-voter' }
  | { kind: 'unknown-role'; team: number };

/** A checked setup, or the first problem found. */
export type TeamSetupResult = { ok: true; teams: Team[] } | { ok: false; error: TeamSetupError };

const isRole = (role: unknown): role is TeamRole =>
  role === null || role === 'observers' || (FAMILIES as readonly unknown[]).includes(role);

/** Tidies a typed name: inner spaces collapsed, trimmed, cut to `MAX_TEAM_NAME` characters. */
export function tidyTeamName(name: string): string {
  return [...name.replace(/\s+/g, ' ').trim()].slice(0, MAX_TEAM_NAME).join('');
}

/** Checks the setup form: 2–6 teams, non-empty distinct names, known roles, at least one voting team. */
export function createTeams(inputs: readonly TeamInput[]): TeamSetupResult {
  if (inputs.length < MIN_TEAMS) return { ok: false, error: { kind: 'too-few', min: MIN_TEAMS } };
  if (inputs.length > MAX_TEAMS) return { ok: false, error: { kind: 'too-many', max: MAX_TEAMS } };
  const teams: Team[] = [];
  const seen = new Set<string>();
  for (const [i, input] of inputs.entries()) {
    const id = i + 1;
    const name = tidyTeamName(input.name);
    if (name === '') return { ok: false, error: { kind: 'empty-name', team: id } };
    const folded = name.toLocaleLowerCase('fr');
    if (seen.has(folded)) return { ok: false, error: { kind: 'duplicate-name', team: id, name } };
    seen.add(folded);
    const role = input.role ?? null;
    if (!isRole(role)) return { ok: false, error: { kind: 'unknown-role', team: id } };
    teams.push({ id, name, role });
  }
  if (voters(teams).length === 0) return { ok: false, error: { kind: 'no-voter' } };
  return { ok: true, teams };
}

/** The teams that vote: every team but the observers. */
export function voters(teams: readonly Team[]): Team[] {
  return teams.filter((team) => team.role !== 'observers');
}

/**
 * A default setup of `count` teams, named by `nameOf(number)` (the UI passes a translated "Équipe n"),
 * with the four families given in order when there are four teams or more.
 */
export function defaultTeams(count: number, nameOf: (n: number) => string): Team[] {
  const n = Math.min(MAX_TEAMS, Math.max(MIN_TEAMS, Math.trunc(count)));
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: nameOf(i + 1),
    role: n >= FAMILIES.length ? (FAMILIES[i] ?? null) : null,
  }));
}
