/** Text rendering of a session for `scenario play`: phase intros, cards, consequences, the ending. */
import type { GameState } from '../core/game-state';
import type { Debrief } from '../engine/debrief/debrief-types';
import type { CardView, ConsequenceView, EndingView, ViewModel } from '../engine/view-model';
import { DIMENSIONS, type Dimension, type Language } from '../scenario/format';

const DIMENSION_LABELS: Record<Language, Record<Dimension, string>> = {
  fr: {
    cooperation: 'Coopération',
    powerToAct: 'Pouvoir d’agir des habitant·es',
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
    concerns: 'concerne',
    cost: 'coût',
    risk: 'risque',
    families: {
      elus: 'élu·es',
      habitants: 'habitant·es',
      entreprises: 'entreprises',
      associations: 'associations',
    },
    riskHappened: (label: string, chance: string) =>
      `Risque annoncé, ${chance} : ${label}. Il s'est réalisé.`,
    riskAvoided: (label: string, chance: string) => `Risque annoncé, ${chance} : ${label}. Il a été évité.`,
    landed: (turn: number, choice: string) => `Suite d'un choix passé (tour ${turn} : « ${choice} »)`,
    lost: (n: number) => `${n} perdus : la confiance ne se gagne pas d'un coup`,
    progress: { up: 'avance', down: 'recule', same: 'sans changement' },
    chains: 'Ce qui est revenu plus tard',
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
    concerns: 'concerns',
    cost: 'cost',
    risk: 'risk',
    families: {
      elus: 'elected officials',
      habitants: 'residents',
      entreprises: 'businesses',
      associations: 'associations',
    },
    riskHappened: (label: string, chance: string) => `Stated risk, ${chance}: ${label}. It happened.`,
    riskAvoided: (label: string, chance: string) => `Stated risk, ${chance}: ${label}. It was avoided.`,
    landed: (turn: number, choice: string) => `Following a past choice (turn ${turn}: "${choice}")`,
    lost: (n: number) => `${n} lost: trust is not won all at once`,
    progress: { up: 'moves forward', down: 'slips back', same: 'unchanged' },
    chains: 'What came back later',
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

/** What a player may know of a choice before taking it: families concerned, costs, stated risk. */
function beforeChoosing(choice: CardView['choices'][number], view: ViewModel): string[] {
  const w = PLAY_WORDS[view.lang];
  const c = colon(view.lang);
  const lines: string[] = [];
  if (choice.stakes.length > 0)
    lines.push(`     ${w.concerns}${c} ${choice.stakes.map((family) => w.families[family]).join(', ')}`);
  if (choice.costs.length > 0)
    lines.push(`     ${w.cost}${c} ${choice.costs.map((cost) => `${cost.amount} ${cost.label}`).join(', ')}`);
  if (choice.risk) lines.push(`     ${w.risk}, ${choice.risk.words}${c} ${choice.risk.label}`);
  return lines;
}

/** A card with its numbered choices. */
export function cardText(card: CardView, view: ViewModel): string[] {
  const w = PLAY_WORDS[view.lang];
  const lines = [
    '',
    `--- ${w.turn} ${view.progress.turn + 1}/${view.progress.expectedTurns} · ${card.id} ---`,
    `${card.speaker.name} (${card.speaker.role})${colon(view.lang)}`,
    `  ${card.text}`,
    ...card.choices.flatMap((choice) => [
      choice.unavailable
        ? `  ${choice.number}. [${w.tooCostly}] ${choice.text} (${choice.unavailable.reason})`
        : `  ${choice.number}. ${choice.text}`,
      ...beforeChoosing(choice, view),
    ]),
  ];
  for (const prompt of card.discussion) lines.push(`  (${w.discussion}${colon(view.lang)} ${prompt})`);
  return lines;
}

/** The consequence of the choice just made: feedback, concepts and what changed (flags included). */
export function consequenceText(consequence: ConsequenceView, state: GameState, view: ViewModel): string[] {
  const w = PLAY_WORDS[view.lang];
  const c = colon(view.lang);
  const lines = [`> ${w.chosen}${c} ${consequence.choiceText}`];
  if (consequence.feedback) lines.push(`  ${consequence.feedback}`);
  if (consequence.outcomeFeedback) lines.push(`  ${consequence.outcomeFeedback}`);
  if (consequence.risk) {
    const { label, words, happened, feedback } = consequence.risk;
    lines.push(`  ${happened ? w.riskHappened(label, words) : w.riskAvoided(label, words)}`);
    if (feedback) lines.push(`  ${feedback}`);
  }
  for (const landed of consequence.landed)
    lines.push(`  ${w.landed(landed.turn, landed.choiceText)}${c} ${landed.text}`);
  for (const text of consequence.drifts) lines.push(`  ~ ${text}`);
  if (consequence.concepts.length > 0)
    lines.push(`  [${w.concepts}${c} ${consequence.concepts.map((c) => c.title).join(', ')}]`);
  const changes = consequence.changes.flatMap((change) => {
    if (change.lost !== undefined) return [`${change.target} ${w.lost(change.lost)}`];
    // A change that moved nothing (a meter at its bound) is not news; an initiative that stays in its
    // state but moves on says which way, not "émergente → émergente".
    if (change.from === change.to && change.direction === 'same') return [];
    if (typeof change.from === 'number' && typeof change.to === 'number')
      return [`${change.target} ${change.from} → ${change.to} (${signed(change.to - change.from)})`];
    if (change.kind === 'initiative')
      return change.from === change.to
        ? [`${change.target} ${stateWord(w.states, change.to)} (${w.progress[change.direction]})`]
        : [`${change.target} ${stateWord(w.states, change.from)} → ${stateWord(w.states, change.to)}`];
    return [`${change.target} ${change.from} → ${change.to}`];
  });
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
    ...ending.voices.map((voice) =>
      view.lang === 'fr'
        ? `  « ${voice.text} » — ${voice.name}, ${voice.role}`
        : `  “${voice.text}” — ${voice.name}, ${voice.role}`,
    ),
    '',
    `${w.evaluation}${c}`,
    ...DIMENSIONS.map((d) => `  ${labels[d].padEnd(30)} ${ending.evaluation[d]}`),
  ];
  const questions = debrief.questions.flatMap((group) => group.questions.map((q) => `  - ${q}`));
  if (questions.length > 0) lines.push('', `${w.questions}${c}`, ...questions);
  lines.push('', `${w.story}${c}`, ...debrief.story.map((paragraph) => `  ${paragraph}`));
  if (debrief.chains.length > 0 || debrief.risks.length > 0) {
    lines.push('', `${w.chains}${c}`);
    for (const chain of debrief.chains)
      lines.push(
        `  ${w.turn} ${chain.turn}${c} ${chain.text} — ${w.landed(chain.originTurn, chain.choiceText)}`,
      );
    for (const risk of debrief.risks)
      lines.push(
        `  ${w.turn} ${risk.turn}${c} ${view.lang === 'fr' ? `« ${risk.choiceText} »` : `"${risk.choiceText}"`} — ${risk.happened ? w.riskHappened(risk.label, risk.words) : w.riskAvoided(risk.label, risk.words)}`,
      );
  }
  lines.push('', `${w.code}${c} ${view.sessionCode}`);
  return lines;
}
