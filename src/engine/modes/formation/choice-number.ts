/**
 * The one numbering of choices in training mode: the number the room saw on the projected card, 1-based
 * among the choices offered there (the available ones, in the card's order: `VoteRound.choices`). The
 * tally, the votes table, the report, the CSV and the JSON all count this way, never by the scenario's
 * internal order (a choice greyed out on the card shifts the ones after it).
 */

/** The number the room saw for `choice` among `offered`; null when it was not offered. */
export function choiceNumber(offered: readonly string[], choice: string): number | null {
  const at = offered.indexOf(choice);
  return at >= 0 ? at + 1 : null;
}
