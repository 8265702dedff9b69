import type { RoundRecord } from './votes';

/**
 * Disagreement as the room can check it by counting hands: the share of the teams that voted whose vote
 * was not the choice played. 4 teams split 2 against 2: 2 of 4, 50 %; 3 against 1: 1 of 4, 25 %;
 * unanimous: 0. Observers do not vote and do not count.
 */
export interface Dissent {
  /** Teams that voted for another choice than the one played. */
  against: number;
  /** Teams that voted. */
  voted: number;
  /** `against / voted`, 0..1 (0 when nobody voted). */
  share: number;
}

/** The disagreement of a filed round (its votes come from voting teams only). */
export function dissentOf(round: Pick<RoundRecord, 'votes' | 'decided'>): Dissent {
  const votes = Object.values(round.votes);
  const against = votes.filter((vote) => vote !== round.decided).length;
  return { against, voted: votes.length, share: votes.length === 0 ? 0 : against / votes.length };
}
