import type { Dimension, EndingKind, Language, TerritoryKind } from '../../scenario/format';

/** How one evaluation dimension is told: each has its own ready-made phrases (agreement included). */
export interface DimensionPhrases {
  /** As a noun: "la coopération", "la réponse aux besoins". */
  noun: string;
  /** A clause saying it went furthest: "la coopération a le plus avancé". */
  ahead: string;
  /** A clause saying it lagged: "les besoins sont restés mal couverts". */
  behind: string;
}

/**
 * Sentence templates of the session's story ("mise en récit"), in French and English. A pure message
 * catalog (the engine does not use i18next). Several variants per situation; the story picks one from
 * the data, so two sessions rarely read alike. Names are never slotted into a sentence whose grammar
 * depends on them: each dimension brings its own clauses, and French elision is handled ("d'Élise").
 */
export interface StoryMessages {
  territory: Record<TerritoryKind, string>;
  dimension: Record<Dimension, DimensionPhrases>;
  and: string;
  /** A name quoted. */
  quote: (label: string) => string;
  opening: ((v: {
    title: string;
    territory: string;
    people: number;
    weakest: string;
    strongest: string;
  }) => string)[];
  /** The facilitator's own resources (time, budget) at the start, told apart from the territory's. */
  resources: (list: string) => string;
  /** One resource: its quoted name, value and maximum. */
  resource: (label: string, value: number, max: number) => string;
  turning: ((v: { phase: string; speaker: string; role: string; choice: string }) => string)[];
  /** The same person again: no need to say who they are. */
  turningAgain: ((v: { phase: string; speaker: string; choice: string }) => string)[];
  pair: (a: string, b: string) => string;
  /** Between pairs of a list (pairs already contain 'and'). */
  pairSeparator: string;
  rose: (labels: string) => string;
  /** `afterRise`: a rise was told just before. */
  fell: (labels: string, afterRise: boolean) => string;
  calm: string;
  threadsGrew: (v: { from: number; to: number; pairs: string }) => string;
  threadsNew: (v: { pairs: string }) => string;
  threadsLost: (v: { pairs: string }) => string;
  threadsSame: (v: { count: number }) => string;
  /** `count`: how many names the list holds. */
  initiativesGood: (v: { names: string; count: number }) => string;
  /** `afterGood`: projects that took shape were told just before. */
  initiativesFailed: (v: { names: string; count: number; afterGood: boolean }) => string;
  ending: Record<
    EndingKind,
    ((v: { title: string; best: DimensionPhrases; worst: DimensionPhrases }) => string)[]
  >;
}

/** Elision before a written vowel (not before y: "de Yasmina"; h is left alone). */
const elides = (name: string): boolean => /^[aeiouàâäéèêëîïôöùûüœAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒ]/.test(name);

const FR: StoryMessages = {
  territory: {
    urbain: 'un quartier de ville',
    rural: 'un territoire rural',
    industriel: 'une ancienne ville industrielle',
    periurbain: 'une commune périurbaine',
  },
  dimension: {
    cooperation: {
      noun: 'la coopération',
      ahead: 'la coopération a le plus avancé',
      behind: 'la coopération est restée en retrait',
    },
    powerToAct: {
      noun: "le pouvoir d'agir des habitant·es",
      ahead: "le pouvoir d'agir des habitant·es a le plus grandi",
      behind: "le pouvoir d'agir des habitant·es est resté faible",
    },
    needsMet: {
      noun: 'la réponse aux besoins',
      ahead: 'la réponse aux besoins du territoire a le plus progressé',
      behind: 'les besoins du territoire sont restés mal couverts',
    },
    durability: {
      noun: 'la durabilité',
      ahead: 'la durabilité a le plus progressé',
      behind: 'la durabilité est restée fragile',
    },
  },
  and: 'et',
  quote: (label) => `« ${label} »`,
  opening: [
    (v) =>
      `Tout commence dans ${v.territory} : « ${v.title} ». Vous y arrivez comme animatrice ou animateur, face à ${v.people} personnes qui ne se parlent pas encore beaucoup. Au départ, la jauge « ${v.weakest} » est la plus basse ; « ${v.strongest} » tient encore.`,
    (v) =>
      `Vous voici dans ${v.territory}, chargé·e de faire coopérer ${v.people} actrices et acteurs : c'est « ${v.title} ». Le point faible du territoire au début : « ${v.weakest} ». Son point d'appui : « ${v.strongest} ».`,
  ],
  resources: (list) => `Côté moyens, vous partez avec ${list}.`,
  resource: (label, value, max) => `« ${label} » à ${value} sur ${max}`,
  turning: [
    (v) =>
      `Pendant l'étape « ${v.phase} », le moment décisif vient ${elides(v.speaker) ? `d'${v.speaker}` : `de ${v.speaker}`} (${v.role}). Vous choisissez : « ${v.choice} »`,
    (v) =>
      `À l'étape « ${v.phase} », tout se joue avec ${v.speaker}, ${v.role}. Votre réponse : « ${v.choice} »`,
    (v) =>
      `Lors de l'étape « ${v.phase} », ${v.speaker} (${v.role}) vous met devant un choix, et vous tranchez : « ${v.choice} »`,
  ],
  turningAgain: [
    (v) => `À l'étape « ${v.phase} », vous retrouvez ${v.speaker}, et cette fois : « ${v.choice} »`,
    (v) => `${v.speaker} revient à l'étape « ${v.phase} ». Vous optez pour : « ${v.choice} »`,
  ],
  pair: (a, b) => `${a} et ${b}`,
  pairSeparator: ' ; ',
  rose: (labels) => `Résultat : hausse pour ${labels}.`,
  fell: (labels, afterRise) =>
    afterRise ? `En retour, baisse pour ${labels}.` : `Résultat : baisse pour ${labels}.`,
  calm: 'Rien ne bouge vraiment, mais le terrain est préparé.',
  threadsGrew: (v) =>
    `Les liens se resserrent : leur force totale passe de ${v.from} à ${v.to}. Les plus renforcés : ${v.pairs}.`,
  threadsNew: (v) => `De nouveaux liens se nouent : ${v.pairs}.`,
  threadsLost: (v) => `Certains fils cassent ou s'usent : ${v.pairs}.`,
  threadsSame: (v) =>
    v.count === 0
      ? 'Le réseau reste à faire : aucun lien ne tient.'
      : `Le réseau reste à peu près celui du départ, avec ${v.count} ${v.count > 1 ? 'liens' : 'lien'}.`,
  initiativesGood: (v) =>
    v.count > 1
      ? `Sur le terrain, des projets prennent corps : ${v.names}.`
      : `Sur le terrain, un projet prend corps : ${v.names}.`,
  initiativesFailed: (v) =>
    `${v.afterGood ? 'En revanche' : 'Sur le terrain'}, ${v.names} ${v.count > 1 ? "n'aboutissent" : "n'aboutit"} pas.`,
  ending: {
    success: [
      (v) =>
        `La partie s'achève sur « ${v.title} ». Le point fort : ${v.best.noun}. À surveiller : ${v.worst.noun}.`,
      (v) => `Au bout du chemin, « ${v.title} » : ${v.best.ahead}, même si ${v.worst.behind}.`,
    ],
    partial: [
      (v) =>
        `La partie se termine en demi-teinte : « ${v.title} ». ${capital(v.best.ahead)} ; en revanche, ${v.worst.behind}.`,
      (v) => `Fin de partie : « ${v.title} ». ${capital(v.best.ahead)}, mais ${v.worst.behind}.`,
    ],
    failure: [
      (v) =>
        `La partie se clôt sur « ${v.title} ». Votre meilleur résultat, ${v.best.noun}, n'a pas suffi : ${v.worst.behind}.`,
      (v) =>
        `Tout ne s'est pas tissé : « ${v.title} ». ${capital(v.worst.behind)}, malgré des avancées pour ${v.best.noun}.`,
    ],
  },
};

const EN: StoryMessages = {
  territory: {
    urbain: 'a city neighbourhood',
    rural: 'a rural area',
    industriel: 'a former industrial town',
    periurbain: 'a peri-urban town',
  },
  dimension: {
    cooperation: {
      noun: 'cooperation',
      ahead: 'cooperation went furthest',
      behind: 'cooperation lagged behind',
    },
    powerToAct: {
      noun: "residents' power to act",
      ahead: "residents' power to act grew the most",
      behind: "residents' power to act stayed weak",
    },
    needsMet: {
      noun: 'meeting local needs',
      ahead: 'local needs were met best',
      behind: 'local needs stayed poorly met',
    },
    durability: {
      noun: 'durability',
      ahead: 'durability grew the most',
      behind: 'durability stayed fragile',
    },
  },
  and: 'and',
  quote: (label) => `"${label}"`,
  opening: [
    (v) =>
      `It all starts in ${v.territory}: "${v.title}". You arrive as the facilitator, facing ${v.people} people who barely talk to each other yet. At the start, the "${v.weakest}" meter is the lowest; "${v.strongest}" still holds.`,
    (v) =>
      `Here you are in ${v.territory}, tasked with getting ${v.people} local players to cooperate: this is "${v.title}". The territory's weak spot at the start: "${v.weakest}". Its foothold: "${v.strongest}".`,
  ],
  resources: (list) => `As for resources, you start with ${list}.`,
  resource: (label, value, max) => `"${label}" at ${value} out of ${max}`,
  turning: [
    (v) =>
      `During "${v.phase}", the turning point comes from ${v.speaker} (${v.role}). You choose: "${v.choice}"`,
    (v) => `In "${v.phase}", everything hinges on ${v.speaker}, ${v.role}. Your answer: "${v.choice}"`,
    (v) =>
      `In "${v.phase}", ${v.speaker} (${v.role}) puts a choice before you, and you decide: "${v.choice}"`,
  ],
  turningAgain: [
    (v) => `In "${v.phase}", you meet ${v.speaker} again, and this time: "${v.choice}"`,
    (v) => `${v.speaker} is back in "${v.phase}". You opt for: "${v.choice}"`,
  ],
  pair: (a, b) => `${a} and ${b}`,
  pairSeparator: '; ',
  rose: (labels) => `As a result, ${labels} went up.`,
  fell: (labels, afterRise) =>
    afterRise ? `In return, ${labels} went down.` : `As a result, ${labels} went down.`,
  calm: 'Nothing really moves, but the ground is prepared.',
  threadsGrew: (v) =>
    `Ties grow closer: their total strength goes from ${v.from} to ${v.to}. The most strengthened: ${v.pairs}.`,
  threadsNew: (v) => `New ties form: ${v.pairs}.`,
  threadsLost: (v) => `Some threads break or wear thin: ${v.pairs}.`,
  threadsSame: (v) =>
    v.count === 0
      ? 'The network is still to be built: no tie holds.'
      : `The network stays much as it was, with ${v.count} ${v.count > 1 ? 'ties' : 'tie'}.`,
  initiativesGood: (v) =>
    v.count > 1
      ? `On the ground, projects take shape: ${v.names}.`
      : `On the ground, a project takes shape: ${v.names}.`,
  initiativesFailed: (v) =>
    `${v.afterGood ? 'By contrast' : 'On the ground'}, ${v.names} ${v.count > 1 ? 'do' : 'does'} not come through.`,
  ending: {
    success: [
      (v) => `The game ends with "${v.title}". The strong point: ${v.best.noun}. To watch: ${v.worst.noun}.`,
      (v) => `At the end of the road, "${v.title}": ${v.best.ahead}, even if ${v.worst.behind}.`,
    ],
    partial: [
      (v) =>
        `The game ends in half-tones: "${v.title}". ${capital(v.best.ahead)}; on the other hand, ${v.worst.behind}.`,
      (v) => `Game over: "${v.title}". ${capital(v.best.ahead)}, but ${v.worst.behind}.`,
    ],
    failure: [
      (v) =>
        `The game closes on "${v.title}". Your best result, ${v.best.noun}, was not enough: ${v.worst.behind}.`,
      (v) =>
        `Not everything was woven: "${v.title}". ${capital(v.worst.behind)}, despite progress on ${v.best.noun}.`,
    ],
  },
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The story messages of a language (French for any other). */
export function storyMessages(lang: Language): StoryMessages {
  return lang === 'en' ? EN : FR;
}
