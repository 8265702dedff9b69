/**
 * The road not taken in words, in two or three sentences, French and English: the other choice and
 * where the simulated session led (its ending), the families whose trust would have ended furthest from
 * the player's, and the initiatives that would have gone otherwise. Always labelled as one simulated
 * possibility. Pure.
 */
import type { GameState } from '../../core/game-state';
import type { ViewContext } from '../build-view';
import { localize } from '../localize';
import { FAMILIES, type EndingKind, type FamilyId, type Language } from '../../scenario/format';
import type { RoadNotTaken } from './road-not-taken';
import { whenWords } from './story';
import { storyMessages } from './story-messages';
import { choiceClause, de, joinList, quote } from './wording';

/** A family's trust at the end on both roads. */
interface FamilyGap {
  family: FamilyId;
  played: number;
  other: number;
}

const KIND: Record<Language, Record<EndingKind, string>> = {
  fr: { success: 'une réussite', partial: 'une fin en demi-teinte', failure: 'un échec' },
  en: { success: 'a success', partial: 'a halfway ending', failure: 'a failure' },
};

const ACTIVE = new Set(['running', 'consolidated']);

/** The families whose trust would have ended at least 3 points away, the furthest two first. */
function gaps(state: GameState, road: RoadNotTaken): FamilyGap[] {
  return FAMILIES.flatMap((family) => {
    const played = state.meters[family];
    const other = road.meters[family];
    return played === undefined || other === undefined || Math.abs(other - played) < 3
      ? []
      : [{ family, played, other }];
  })
    .sort((a, b) => Math.abs(b.other - b.played) - Math.abs(a.other - a.played))
    .slice(0, 2);
}

/** The road not taken told in a language (French for any other). */
export function roadWords(road: RoadNotTaken, state: GameState, ctx: ViewContext): string {
  const { index, lang } = ctx;
  const when = whenWords(ctx, storyMessages(lang))(road.phase);
  const en = lang === 'en';
  const q = (text: string): string => quote(text, en ? 'en' : 'fr');
  const choice = index.choices.get(road.card)?.get(road.taken);
  const clause = choiceClause(choice?.text.fr ?? '', localize(choice?.text, lang), lang);
  const ending = road.ending ? index.endings.get(road.ending.id) : undefined;
  const same = road.ending?.id === state.ending;
  const title = ending ? q(localize(ending.title, lang)) : '';
  const kind = road.ending ? KIND[en ? 'en' : 'fr'][road.ending.kind] : '';
  const sentences: string[] = [];
  if (en) {
    const chose = clause.verb ? `you had chosen to ${clause.clause}` : `you had answered ${clause.clause}`;
    const comma = /[.!?…]”?$/u.test(chose) ? '' : ',';
    const led = ending
      ? `the session would ${same ? 'also ' : ''}have ended on ${title} (${kind})`
      : 'the session would not have ended within the usual number of turns';
    sentences.push(
      `One simulated possibility, not the truth: if, ${when}, ${chose}${comma} then played every later decision like the analysis's expert player, ${led}.`,
    );
  } else {
    const chose = clause.verb
      ? `vous aviez choisi ${de(clause.clause)}`
      : `vous aviez répondu ${clause.clause}`;
    const led = ending
      ? `la partie aurait ${same ? 'elle aussi ' : ''}fini sur ${title} (${kind})`
      : 'la partie ne se serait pas terminée dans le nombre de tours habituel';
    sentences.push(
      `Une possibilité simulée, pas la vérité : si, ${when}, ${chose}, puis joué chaque décision suivante comme le joueur expert de l'analyse, ${led}.`,
    );
  }
  const families = gaps(state, road);
  if (families.length === 0)
    sentences.push(
      en
        ? 'The four families would have ended with much the same trust as in your session.'
        : 'Les quatre familles auraient fini avec à peu près la même confiance que dans votre partie.',
    );
  else {
    const parts = families.map((g, i) =>
      en
        ? `${i === 0 ? 'the trust ' : 'that '}${storyMessages('en').familyOf[g.family]} at ${g.other} (${g.played} in yours)`
        : `${i === 0 ? 'la confiance ' : 'celle '}${storyMessages('fr').familyOf[g.family]} à ${g.other} (${g.played} dans la vôtre)`,
    );
    sentences.push(
      en
        ? `That road would have left ${joinList(parts, 'and')}.`
        : `Cette route aurait laissé ${joinList(parts, 'et')}.`,
    );
  }
  const name = (id: string): string => q(localize(index.initiatives.get(id)?.name, lang) || id);
  const gained = Object.keys(road.initiatives).filter(
    (id) => ACTIVE.has(road.initiatives[id] ?? '') && !ACTIVE.has(state.initiatives[id]?.state ?? ''),
  );
  const lost = Object.keys(road.initiatives).filter(
    (id) => !ACTIVE.has(road.initiatives[id] ?? '') && ACTIVE.has(state.initiatives[id]?.state ?? ''),
  );
  const initiatives: string[] = [];
  if (gained.length > 0)
    initiatives.push(
      en
        ? `${joinList(gained.map(name), 'and')} would have taken shape`
        : `${joinList(gained.map(name), 'et')} ${gained.length > 1 ? 'auraient pris corps' : 'aurait pris corps'}`,
    );
  if (lost.length > 0)
    initiatives.push(
      en
        ? `${joinList(lost.map(name), 'and')} would not have${gained.length > 0 ? '' : ' taken shape'}`
        : `${joinList(lost.map(name), 'et')} ${lost.length > 1 ? "n'auraient pas pris corps" : "n'aurait pas pris corps"}`,
    );
  if (initiatives.length > 0) {
    const text = initiatives.join(en ? '; ' : ' ; ');
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return sentences.join(' ');
}
