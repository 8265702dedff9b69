/** Text rendering of a session for `scenario play`: phase intros, cards, consequences, the ending. */
import type { GameState } from '../core/game-state';
import type { Debrief } from '../engine/debrief/debrief-types';
import type { CardView, ConsequenceView, EndingView, ViewModel } from '../engine/view-model';
import { DIMENSIONS, type Dimension, type Language } from '../scenario/format';

const DIMENSION_LABELS: Record<Language, Record<Dimension, string>> = {
  fr: {
    cooperation: 'Coopération',
    powerToAct: 'Pouvoir d’agir des habitants',
    needsMet: 'Besoins couverts',
    durability: 'Durabilité',
  },
  en: {
    cooperation: 'Cooperation',
    powerToAct: 'Residents’ power to act',
    needsMet: 'Needs met',
    durability: 'Durability',
  },
};

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
/** A colon after a label: French typography puts a space before it. */
const colon = (lang: Language): string => (lang === 'fr' ? ' :' : ':');

/** An initiative's state in words (the id itself when unknown). */
const stateWord = (states: Record<string, string>, state: string | number): string =>
  states[String(state)] ?? String(state);

/** The words of the play verb, by language. */
export const PLAY_WORDS = {
  fr: {
    phase: 'Phase',
    turn: 'Tour',
    chosen: 'Choix',
    concepts: 'Notions',
    discussion: 'À discuter',
    tooCostly: 'trop coûteux',
    states: {
      idea: 'idée',
      emerging: 'émergente',
      running: 'en marche',
      consolidated: 'consolidée',
      failed: 'échouée',
    },
    flagSet: 'marqueur posé',
    flagCleared: 'marqueur retiré',
    ending: 'Fin',
    evaluation: 'Évaluation',
    questions: 'Questions de débriefing',
    story: 'Mise en récit',
    code: 'Code de session',
    replay: 'Pour rejouer cette partie',
    prompt: 'Votre choix (numéro, q pour arrêter) : ',
    invalid: (max: number) => `Tapez un numéro entre 1 et ${max}.`,
    stopped: (card: string, turn: number) =>
      `Arrêt : plus de choix fournis, à la carte « ${card} » (tour ${turn}).`,
    quit: 'Partie interrompue.',
    kinds: { success: 'réussite', partial: 'réussite partielle', failure: 'échec' },
  },
  en: {
    phase: 'Phase',
    turn: 'Turn',
    chosen: 'Choice',
    concepts: 'Concepts',
    discussion: 'To discuss',
    tooCostly: 'too costly',
    states: {
      idea: 'idea',
      emerging: 'emerging',
      running: 'running',
      consolidated: 'consolidated',
      failed: 'failed',
    },
    flagSet: 'flag set',
    flagCleared: 'flag cleared',
    ending: 'Ending',
    evaluation: 'Evaluation',
    questions: 'Debrief questions',
    story: 'The story',
    code: 'Session code',
    replay: 'To replay this session',
    prompt: 'Your choice (number, q to stop): ',
    invalid: (max: number) => `Type a number from 1 to ${max}.`,
    stopped: (card: string, turn: number) =>
      `Stopped: no more choices given, at card "${card}" (turn ${turn}).`,
    quit: 'Session stopped.',
    kinds: { success: 'success', partial: 'partial success', failure: 'failure' },
  },
} as const;

/** The phase intro screen. */
export function phaseText(view: ViewModel): string[] {
  const w = PLAY_WORDS[view.lang];
  const { phase } = view;
  return [
    '',
    `=== ${w.phase} ${phase.number}/${phase.count} — ${phase.title} (${phase.step}) ===`,
    phase.intro,
  ];
}

/** A card with its numbered choices. */
export function cardText(card: CardView, view: ViewModel): string[] {
  const w = PLAY_WORDS[view.lang];
  const lines = [
    '',
    `--- ${w.turn} ${view.progress.turn + 1}/${view.progress.expectedTurns} · ${card.id} ---`,
    `${card.speaker.name} (${card.speaker.role})${colon(view.lang)}`,
    `  ${card.text}`,
    ...card.choices.map((choice) =>
      choice.unavailable
        ? `  ${choice.number}. [${w.tooCostly}] ${choice.text} (${choice.unavailable.reason})`
        : `  ${choice.number}. ${choice.text}`,
    ),
  ];
  for (const prompt of card.discussion) lines.push(`  (${w.discussion}${colon(view.lang)} ${prompt})`);
  return lines;
}

/** The consequence of the choice just made: feedback, concepts and what changed (flags included). */
export function consequenceText(consequence: ConsequenceView, state: GameState, view: ViewModel): string[] {
  const w = PLAY_WORDS[view.lang];
  const c = colon(view.lang);
  const lines = [`> ${w.chosen}${c} ${consequence.choiceText}`, `  ${consequence.feedback}`];
  if (consequence.concepts.length > 0)
    lines.push(`  [${w.concepts}${c} ${consequence.concepts.map((c) => c.title).join(', ')}]`);
  const changes = consequence.changes.map((change) =>
    typeof change.from === 'number' && typeof change.to === 'number'
      ? `${change.target} ${change.from} → ${change.to} (${signed(change.to - change.from)})`
      : change.kind === 'initiative'
        ? `${change.target} ${stateWord(w.states, change.from)} → ${stateWord(w.states, change.to)}`
        : `${change.target} ${change.from} → ${change.to}`,
  );
  const record = state.log[state.log.length - 1];
  for (const change of record?.changes ?? [])
    if (change.kind === 'flag') changes.push(`${change.value ? w.flagSet : w.flagCleared} ${change.flag}`);
  if (changes.length > 0) lines.push(`  ${changes.join(' · ')}`);
  return lines;
}

/** The ending, its evaluation, the debrief questions and the story. */
export function endingText(ending: EndingView, debrief: Debrief, view: ViewModel): string[] {
  const w = PLAY_WORDS[view.lang];
  const labels = DIMENSION_LABELS[view.lang];
  const c = colon(view.lang);
  const lines = [
    '',
    `=== ${w.ending}${c} ${ending.title} (${w.kinds[ending.kind]}, ${ending.id}) ===`,
    ending.text,
    '',
    `${w.evaluation}${c}`,
    ...DIMENSIONS.map((d) => `  ${labels[d].padEnd(30)} ${ending.evaluation[d]}`),
  ];
  const questions = debrief.questions.flatMap((group) => group.questions.map((q) => `  - ${q}`));
  if (questions.length > 0) lines.push('', `${w.questions}${c}`, ...questions);
  lines.push('', `${w.story}${c}`, ...debrief.story.map((paragraph) => `  ${paragraph}`));
  lines.push('', `${w.code}${c} ${view.sessionCode}`);
  return lines;
}
