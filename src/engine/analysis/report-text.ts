/**
 * The dilemma analysis as a text report, in French or English, with its definitions as footnotes: the
 * CLI prints it, the inspector shows its parts. The definitions are also in docs/authoring/analyse.*.md
 * (a test keeps them the same).
 */
import type { Language } from '../../scenario/format';
import type { AnalysisReport, BudgetId, BudgetResult, PolicyResult } from './analysis-types';

type MessageLang = Language;

/** The definitions of the figures (also in docs/authoring/analyse.fr.md and analyse.en.md). */
export const DEFINITIONS: Record<MessageLang, readonly string[]> = {
  fr: [
    'Politiques : « random » prend un choix disponible au hasard ; chaque posture (cooperative, top-down…) prend parmi les choix qui la portent ; « principled » parmi ceux qui portent une posture fidèle aux principes et aucune contraire ; « preview-greedy » prend le plus grand gain visible (égalités tirées au sort) ; « expert » joue pour chaque choix disponible K futurs possibles (générateur re-semé, puis un joueur au hasard jusqu’à la fin) et prend le choix dont les futurs valent le plus : réussite 1, réussite partielle 0,4, échec 0, plus 0,1 × la moyenne de l’évaluation. Réussite = une fin de type « success ».',
    'Gain visible d’un choix dans un état : la somme des variations immédiates des quatre jauges de confiance et de « cooperation » que le choix ferait maintenant (ses effets et l’issue qui s’applique), sans le risque annoncé ni les conséquences différées : ce que voit le joueur juste après avoir choisi. Volontairement généreux pour le joueur avide.',
    'Taux d’évidence : parmi les décisions rencontrées par « random » qui offrent au moins un choix fidèle aux principes et un autre, la part où le plus grand gain visible, seul en tête, est un choix fidèle aux principes.',
    'Cartes dépendantes du contexte : cartes qui ont deux états où le meilleur choix n’est pas le même, chacun meilleur que celui de l’autre état au-delà de la marge de bruit (l’écart des moyennes dépasse 0,05 et 1,96 erreur type des écarts appariés des futurs), et où ce renversement se confirme quand les deux états sont repesés avec d’autres futurs, huit fois plus nombreux (sinon c’est de la chance). États pesés : ceux que l’expert a rencontrés et, par carte, jusqu’à 6 états tirés au hasard parmi ceux où les autres joueurs ont tiré la carte, avec un tirage propre à chaque carte, qui ne dépend pas de celui des autres, pesés avec deux fois plus de futurs. Part de toutes les cartes.',
    'Cartes où chaque choix coûte : cartes dont chaque choix a un effet négatif sur la confiance d’une famille ou sur la coopération (dans ses effets ou une issue), un coût ou une perte d’une ressource partagée, un risque annoncé à effet négatif, ou une conséquence différée négative (lecture statique). Part de toutes les cartes.',
    'Choix dominés : choix évalués au moins une fois par l’expert, jamais meilleurs ni dans la marge de bruit du meilleur dans aucun des états où leur carte a été évaluée. Part des choix évalués.',
    'Ce qui revient deux phases plus tard : conséquences différées vues arriver deux phases ou plus après le choix d’origine, et marqueurs posés dans une phase et lus par une carte, un choix, une issue ou un risque deux phases ou plus après (observés dans les parties de toutes les politiques sauf l’expert ; nombre de sites distincts). Sont aussi listés les marqueurs lus seulement par les fins (budget : aucun).',
  ],
  en: [
    'Policies: "random" takes any available choice; each posture (cooperative, top-down…) takes among the choices tagged with it; "principled" among those with a principled posture and no contrary one; "preview-greedy" takes the biggest visible gain (ties drawn at random); "expert" plays, for each available choice, K possible futures (generator reseeded, then a random player to the end) and takes the choice whose futures are worth most: success 1, partial success 0.4, failure 0, plus 0.1 × the mean evaluation. Success = an ending of kind "success".',
    'Visible gain of a choice in a state: the sum of the immediate changes to the four family trust meters and "cooperation" that the choice would make now (its effects and the outcome that applies), without its stated risk or its delayed consequences: what a player sees right after choosing. Deliberately generous to the greedy player.',
    'Tell rate: among the decisions met by "random" that offer at least one principled choice and one other, the share where the unique biggest visible gain is a principled choice.',
    'Context-dependent cards: cards with two states where the best choice differs, each better than the other state’s best beyond the noise margin (the difference of means exceeds 0.05 and 1.96 standard errors of the paired differences of the futures), and where this reversal holds again when both states are weighed with other futures, eight times as many (otherwise it is luck). States weighed: those the expert met and, per card, up to 6 states drawn at random among those in which the other players drew the card, with a draw of each card’s own, independent of the others’, weighed with twice the futures. Share of all cards.',
    "Cards where every choice costs: cards whose every choice has a negative effect on a family's trust or on cooperation (in its effects or an outcome), a cost or a loss of a shared resource, a stated risk with a negative effect, or a negative delayed consequence (static reading). Share of all cards.",
    'Dominated choices: choices the expert evaluated at least once, never best nor within the noise margin of best in any state where their card was evaluated. Share of the evaluated choices.',
    'What comes back two phases later: delayed consequences seen landing two or more phases after the choice they come from, and flags set in one phase and read by a card, a choice, an outcome or a risk two or more phases later (observed in the sessions of every policy but the expert; distinct sites counted). Flags read only by endings are listed too (budget: none).',
  ],
};

const WORDS = {
  fr: {
    title: 'Analyse des dilemmes',
    full: 'scénario complet',
    short: 'scénario court (événement ou tutoriel : une partie des budgets)',
    settings: (r: AnalysisReport['settings']) =>
      `${r.runs} parties par politique, ${r.expertRuns} pour l’expert (${r.rollouts} futurs par choix), graine ${r.seed}`,
    time: (s: string) => `durée : ${s} s`,
    unconfirmed: (n: number) => `renversements non confirmés (candidates, non comptées) : ${n}`,
    cpu: (s: string) => `dont ${s} s de calcul sur un cœur`,
    policies: 'Réussite par politique¹ (part des fins de type « réussite ») :',
    endings: 'fins',
    tell: (n: number, d: number) => `Taux d’évidence²˒³ : ${n} sur ${d} décisions`,
    context: (n: number, total: number, several: number) =>
      `Cartes dépendantes du contexte⁴ : ${n} sur ${total} (${several} évaluées dans plusieurs états)`,
    costs: (n: number, total: number) => `Cartes où chaque choix coûte⁵ : ${n} sur ${total}`,
    dominated: (n: number, total: number) => `Choix dominés⁶ : ${n} sur ${total} évalués`,
    payoffs: (n: number) => `Ce qui revient deux phases plus tard⁷ : ${n}`,
    delayed: 'conséquences différées',
    flags: 'marqueurs',
    onlyEndings: 'Marqueurs lus seulement par les fins',
    sessions: 'parties',
    budgets: 'Budgets (issue #14) :',
    notApplicable: '— : ne s’applique pas à un scénario court (événement ou tutoriel).',
    definitions: 'Définitions :',
    none: '—',
    colon: ' :',
  },
  en: {
    title: 'Dilemma analysis',
    full: 'full scenario',
    short: 'short scenario (event or tutorial: some of the budgets)',
    settings: (r: AnalysisReport['settings']) =>
      `${r.runs} sessions per policy, ${r.expertRuns} for the expert (${r.rollouts} futures per choice), seed ${r.seed}`,
    time: (s: string) => `time: ${s} s`,
    unconfirmed: (n: number) => `reversals not confirmed (candidates, not counted): ${n}`,
    cpu: (s: string) => `${s} s of computing on one core`,
    policies: 'Success by policy¹ (share of endings of kind "success"):',
    endings: 'endings',
    tell: (n: number, d: number) => `Tell rate²˒³: ${n} of ${d} decisions`,
    context: (n: number, total: number, several: number) =>
      `Context-dependent cards⁴: ${n} of ${total} (${several} evaluated in several states)`,
    costs: (n: number, total: number) => `Cards where every choice costs⁵: ${n} of ${total}`,
    dominated: (n: number, total: number) => `Dominated choices⁶: ${n} of ${total} evaluated`,
    payoffs: (n: number) => `What comes back two phases later⁷: ${n}`,
    delayed: 'delayed consequences',
    flags: 'flags',
    onlyEndings: 'Flags read only by endings',
    sessions: 'sessions',
    budgets: 'Budgets (issue #14):',
    notApplicable: '— : does not apply to a short scenario (event or tutorial).',
    definitions: 'Definitions:',
    none: '—',
    colon: ':',
  },
} as const;

/** Each budget's figure and limit in words. */
const BUDGETS: Record<
  MessageLang,
  Record<BudgetId, (b: BudgetResult, pct: (n: number) => string) => [string, string]>
> = {
  fr: {
    'tell-rate': (b, pct) => [pct(b.value), '≤ 50 % des décisions'],
    'preview-greedy': (b, pct) => [`${pct(b.value)} (random ${pct(b.against ?? 0)})`, '≤ random + 10 points'],
    expert: (b, pct) => [
      `${pct(b.value)} (principled ${pct(b.against ?? 0)})`,
      '≥ 75 % et ≥ principled + 10 points',
    ],
    principled: (b, pct) => [`${pct(b.value)} (random ${pct(b.against ?? 0)})`, '≥ random + 25 points'],
    'top-down': (b, pct) => [pct(b.value), 'entre 5 et 30 %'],
    'call-for-projects': (b, pct) => [pct(b.value), 'entre 5 et 30 %'],
    rushed: (b, pct) => [pct(b.value), 'entre 5 et 30 %'],
    'context-dependent': (b, pct) => [pct(b.value), '≥ 30 % des cartes'],
    'every-choice-costs': (b, pct) => [pct(b.value), '≥ 40 % des cartes'],
    dominated: (b, pct) => [pct(b.value), '≤ 10 % des choix'],
    'delayed-payoffs': (b) => [
      `${b.value} ; marqueurs lus seulement par les fins : ${b.against ?? 0}`,
      '≥ 8, et aucun marqueur lu seulement par les fins',
    ],
  },
  en: {
    'tell-rate': (b, pct) => [pct(b.value), '≤ 50% of decisions'],
    'preview-greedy': (b, pct) => [`${pct(b.value)} (random ${pct(b.against ?? 0)})`, '≤ random + 10 points'],
    expert: (b, pct) => [
      `${pct(b.value)} (principled ${pct(b.against ?? 0)})`,
      '≥ 75% and ≥ principled + 10 points',
    ],
    principled: (b, pct) => [`${pct(b.value)} (random ${pct(b.against ?? 0)})`, '≥ random + 25 points'],
    'top-down': (b, pct) => [pct(b.value), 'between 5 and 30%'],
    'call-for-projects': (b, pct) => [pct(b.value), 'between 5 and 30%'],
    rushed: (b, pct) => [pct(b.value), 'between 5 and 30%'],
    'context-dependent': (b, pct) => [pct(b.value), '≥ 30% of cards'],
    'every-choice-costs': (b, pct) => [pct(b.value), '≥ 40% of cards'],
    dominated: (b, pct) => [pct(b.value), '≤ 10% of choices'],
    'delayed-payoffs': (b) => [
      `${b.value}; flags read only by endings: ${b.against ?? 0}`,
      '≥ 8, and no flag read only by endings',
    ],
  },
};

/** A share as a percentage in a language ("42,5 %", "42.5%"). */
export function percent(share: number, lang: MessageLang): string {
  const text = (share * 100).toFixed(1);
  return lang === 'fr' ? `${text.replace('.', ',')} %` : `${text}%`;
}

/** A policy's line: its success and its endings, most frequent first. */
export function policyLine(policy: PolicyResult, lang: MessageLang): string {
  const endings = Object.entries(policy.endings)
    .filter(([, share]) => share > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, share]) => `${id} ${percent(share, lang)}`)
    .join(', ');
  const w = WORDS[lang];
  return `${policy.policy.padEnd(18)} ${percent(policy.success, lang).padStart(7)}   [${w.endings}${w.colon} ${endings || w.none}]`;
}

/** A budget's line: PASS, FAIL, or — when it does not apply; the figure; the limit. */
export function budgetLine(budget: BudgetResult, lang: MessageLang): string {
  const verdict = !budget.applies ? '—' : budget.pass ? 'PASS' : 'FAIL';
  const [value, limit] = BUDGETS[lang][budget.id](budget, (n) => percent(n, lang));
  return `${verdict.padEnd(5)} ${budget.id.padEnd(19)} ${value}   (${limit})`;
}

/** The figures of a report as lines: those known so far, when the report is partial (the inspector). */
export function figureLines(report: Partial<AnalysisReport>, lang: MessageLang): string[] {
  const w = WORDS[lang];
  const pct = (share: number): string => percent(share, lang);
  const list = (items: readonly string[]): string =>
    items.length > 0 ? `${w.colon} ${items.join(', ')}` : '';
  const none = `${w.colon} ${w.none}`;
  const cards = report.scenario?.cards ?? 0;
  const { tell, contextDependent, everyChoiceCosts, dominated, payoffs } = report;
  const lines: string[] = [];
  if (tell) lines.push(`${w.tell(tell.principledArgmax, tell.decisions)} = ${pct(tell.rate)}`);
  if (contextDependent)
    lines.push(
      `${w.context(contextDependent.cards.length, cards, contextDependent.evaluatedInSeveralStates)} = ${pct(contextDependent.share)}${list(contextDependent.cards)}`,
    );
  if (contextDependent && contextDependent.unconfirmed.length > 0)
    lines.push(
      `  ${w.unconfirmed(contextDependent.unconfirmed.length)}${list(contextDependent.unconfirmed)}`,
    );
  if (everyChoiceCosts)
    lines.push(`${w.costs(everyChoiceCosts.cards.length, cards)} = ${pct(everyChoiceCosts.share)}`);
  if (dominated)
    lines.push(
      `${w.dominated(dominated.choices.length, dominated.evaluated)} = ${pct(dominated.share)}${list(dominated.choices)}`,
    );
  if (payoffs)
    lines.push(
      w.payoffs(payoffs.count),
      `  ${w.delayed}${list(payoffs.delayed.map((d) => `${d.site} (${d.sessions} ${w.sessions})`)) || none}`,
      `  ${w.flags}${list(payoffs.flags.map((f) => `${f.flag} (${f.sessions} ${w.sessions})`)) || none}`,
      `  ${w.onlyEndings}${list(payoffs.flagsReadOnlyByEndings) || none}`,
    );
  return lines;
}

/**
 * The report as text lines. `seconds`, when given, is printed as the analysis's duration; `cpuSeconds`
 * beside it, the processor time it took (on a busy machine the duration is longer than the computing).
 */
export function analysisText(
  report: AnalysisReport,
  lang: MessageLang,
  seconds?: number,
  cpuSeconds?: number,
): string[] {
  const w = WORDS[lang];
  const { scenario } = report;
  const figure = (n: number): string => (lang === 'fr' ? n.toFixed(1).replace('.', ',') : n.toFixed(1));
  const time =
    seconds === undefined
      ? ''
      : ` — ${w.time(figure(seconds))}${cpuSeconds === undefined ? '' : ` (${w.cpu(figure(cpuSeconds))})`}`;
  return [
    `${w.title} — ${scenario.title} (${scenario.id}), ${scenario.kind === 'full' ? w.full : w.short}`,
    `${w.settings(report.settings)}${time}`,
    '',
    w.policies,
    ...report.policies.map((policy) => `  ${policyLine(policy, lang)}`),
    '',
    ...figureLines(report, lang),
    '',
    w.budgets,
    ...report.budgets.map((budget) => `  ${budgetLine(budget, lang)}`),
    ...(report.budgets.some((b) => !b.applies) ? [`  ${w.notApplicable}`] : []),
    '',
    w.definitions,
    ...DEFINITIONS[lang].map((text, i) => `  ${'¹²³⁴⁵⁶⁷'[i] ?? ''} ${text}`),
  ];
}
