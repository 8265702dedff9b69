import type { Ending, FamilyId } from '../scenario/format';
import type { ViewContext } from './build-view';
import { localize } from './localize';

/** A line a person says at the end (`ending.voices`), ready to show: who says it, and what. */
export interface VoiceView {
  /** The speaker's actor id. */
  speaker: string;
  name: string;
  role: string;
  family: FamilyId;
  /** What they say, without quotation marks (the screen adds them). */
  text: string;
}

/** Strips the quotation marks an author may have typed around a line (the screen adds its own). */
export function unquoted(text: string): string {
  const trimmed = text.trim();
  const pairs: [string, string][] = [
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
  ];
  for (const [open, close] of pairs)
    if (trimmed.startsWith(open) && trimmed.endsWith(close) && trimmed.length > 2)
      return trimmed.slice(open.length, -close.length).trim();
  return trimmed;
}

/** The voices of an ending in the player's language (speakers the scenario does not know are left out). */
export function voicesOf(ending: Ending | undefined, ctx: ViewContext): VoiceView[] {
  return (ending?.voices ?? []).flatMap((voice) => {
    const actor = ctx.index.actors.get(voice.speaker);
    if (!actor) return [];
    return [
      {
        speaker: actor.id,
        name: actor.name,
        role: localize(actor.role, ctx.lang),
        family: actor.family,
        text: unquoted(localize(voice.text, ctx.lang)),
      },
    ];
  });
}
