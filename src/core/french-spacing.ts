/**
 * French typography for texts the game shows: a narrow no-break space (U+202F) before « ; : ! ? » and
 * inside the guillemets « », so a mark never starts a line and the spacing is the one French print
 * uses. Authors write plain spaces (or none) and the game sets the narrow one when it shows a French
 * text: no author has to type an invisible character. Idempotent; English is left as it is.
 *
 * Left alone: a mark inside a word or number (`https://`, `10:30`), a mark after an opening bracket
 * (`(?)`), a mark at the very start of a text.
 */

/** The narrow no-break space. */
export const NARROW_NBSP = '\u202f';

/** Spaces that may stand where the narrow one belongs: a plain space, a no-break space, a narrow one. */
const SPACES = '[ \\u00a0\\u202f]*';

/** A run of ; : ! ? after a word, ending it (followed by a space, the end, a closing mark or a stop). */
const HIGH_MARKS = new RegExp(`(\\S)${SPACES}([;:!?]+)(?=$|[\\s»)\\]"”'’.,…])`, 'gu');
const OPENING = new RegExp(`«${SPACES}`, 'gu');
const CLOSING = new RegExp(`${SPACES}»`, 'gu');

/** A French text with its high marks and guillemets spaced by narrow no-break spaces. */
export function frenchSpacing(text: string): string {
  if (!/[;:!?«»]/u.test(text)) return text;
  return text
    .replace(OPENING, `«${NARROW_NBSP}`)
    .replace(CLOSING, `${NARROW_NBSP}»`)
    .replace(HIGH_MARKS, (whole, before: string, marks: string) =>
      before === '(' || before === '[' ? whole : `${before}${NARROW_NBSP}${marks}`,
    );
}
