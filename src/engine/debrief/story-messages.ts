import type { Dimension, EndingKind, Language, TerritoryKind } from '../../scenario/format';

/**
 * Sentence templates of the session's story ("mise en récit"), in French and English. A pure message
 * catalog (the engine does not use i18next). Several variants per situation; the story picks one from
 * the data, so two sessions rarely read alike.
 */
export interface StoryMessages {
  territory: Record<TerritoryKind, string>;
  dimension: Record<Dimension, string>;
  and: string;
  /** A meter's name quoted. */
  quote: (label: string) => string;
  opening: ((v: {
    title: string;
    territory: string;
    people: number;
    weakest: string;
    strongest: string;
  }) => string)[];
  turning: ((v: { phase: string; speaker: string; role: string; choice: string }) => string)[];
  /** The same person again: no need to say who they are. */
  turningAgain: ((v: { phase: string; speaker: string; choice: string }) => string)[];
  pair: (a: string, b: string) => string;
  /** Between pairs of a list (pairs already contain 'and'). */
  pairSeparator: string;
  rose: (labels: string) => string;
  fell: (labels: string) => string;
  calm: string;
  threadsGrew: (v: { from: number; to: number; pairs: string }) => string;
  threadsNew: (v: { pairs: string }) => string;
  threadsLost: (v: { pairs: string }) => string;
  threadsSame: (v: { count: number }) => string;
  initiativesGood: (v: { names: string }) => string;
  initiativesFailed: (v: { names: string }) => string;
  ending: Record<EndingKind, ((v: { title: string; best: string; worst: string }) => string)[]>;
}

const FR: StoryMessages = {
  territory: {
    urbain: 'un quartier de ville',
    rural: 'un territoire rural',
    industriel: 'une ancienne ville industrielle',
    periurbain: 'une commune périurbaine',
  },
  dimension: {
    cooperation: 'la coopération',
    powerToAct: "le pouvoir d'agir des habitant·es",
    needsMet: 'les besoins couverts',
    durability: 'la durabilité',
  },
  and: 'et',
  quote: (label) => `« ${label} »`,
  opening: [
    (v) =>
      `Tout commence dans ${v.territory} : « ${v.title} ». Vous y arrivez comme animatrice ou animateur, face à ${v.people} personnes qui ne se parlent pas encore beaucoup. Au départ, la jauge « ${v.weakest} » est la plus basse ; « ${v.strongest} » tient encore.`,
    (v) =>
      `« ${v.title} » : ${v.people} actrices et acteurs, ${v.territory}, et vous, chargé·e de les faire coopérer. Le point faible du début : « ${v.weakest} ». Le point d'appui : « ${v.strongest} ».`,
  ],
  turning: [
    (v) =>
      `Pendant l'étape « ${v.phase} », le moment décisif vient de ${v.speaker} (${v.role}) : vous choisissez : « ${v.choice} »`,
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
  fell: (labels) => `En retour, baisse pour ${labels}.`,
  calm: 'Rien ne bouge vraiment, mais le terrain est préparé.',
  threadsGrew: (v) =>
    `Les liens se resserrent : leur force totale passe de ${v.from} à ${v.to}, notamment : ${v.pairs}.`,
  threadsNew: (v) => `De nouveaux liens se nouent : ${v.pairs}.`,
  threadsLost: (v) => `Certains fils cassent ou s'usent : ${v.pairs}.`,
  threadsSame: (v) => `Le réseau reste à peu près celui du départ, avec ${v.count} liens.`,
  initiativesGood: (v) => `Sur le terrain, des projets prennent corps : ${v.names}.`,
  initiativesFailed: (v) => `D'autres n'aboutissent pas : ${v.names}.`,
  ending: {
    success: [
      (v) => `La partie s'achève sur « ${v.title} ». Le point fort : ${v.best}. À surveiller : ${v.worst}.`,
      (v) =>
        `Au bout du chemin, « ${v.title} » : votre meilleur résultat porte sur ${v.best}, même si ${v.worst} reste fragile.`,
    ],
    partial: [
      (v) =>
        `La partie se termine en demi-teinte : « ${v.title} ». ${capital(v.best)} a avancé, ${v.worst} beaucoup moins.`,
      (v) =>
        `Fin de partie : « ${v.title} ». Un pas a été fait pour ${v.best}, mais ${v.worst} est resté en retrait.`,
    ],
    failure: [
      (v) =>
        `La partie se clôt sur « ${v.title} ». Même ${v.best}, votre meilleur résultat, n'a pas suffi ; ${v.worst} a manqué le plus.`,
      (v) => `Tout ne s'est pas tissé : « ${v.title} ». ${capital(v.worst)} a fait défaut, malgré ${v.best}.`,
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
    cooperation: 'cooperation',
    powerToAct: "residents' power to act",
    needsMet: 'needs met',
    durability: 'durability',
  },
  and: 'and',
  quote: (label) => `"${label}"`,
  opening: [
    (v) =>
      `It all starts in ${v.territory}: "${v.title}". You arrive as the facilitator, facing ${v.people} people who barely talk to each other yet. At the start, the "${v.weakest}" meter is the lowest; "${v.strongest}" still holds.`,
    (v) =>
      `"${v.title}": ${v.people} local players, ${v.territory}, and you, tasked with getting them to cooperate. The weak spot at the start: "${v.weakest}". The foothold: "${v.strongest}".`,
  ],
  turning: [
    (v) =>
      `During the "${v.phase}" step, the turning point comes from ${v.speaker} (${v.role}): you choose: "${v.choice}"`,
    (v) =>
      `In the "${v.phase}" step, everything hinges on ${v.speaker}, ${v.role}. Your answer: "${v.choice}"`,
    (v) =>
      `At the "${v.phase}" step, ${v.speaker} (${v.role}) puts a choice before you, and you decide: "${v.choice}"`,
  ],
  turningAgain: [
    (v) => `At the "${v.phase}" step, you meet ${v.speaker} again, and this time: "${v.choice}"`,
    (v) => `${v.speaker} is back at the "${v.phase}" step. You opt for: "${v.choice}"`,
  ],
  pair: (a, b) => `${a} and ${b}`,
  pairSeparator: '; ',
  rose: (labels) => `As a result, ${labels} went up.`,
  fell: (labels) => `In return, ${labels} went down.`,
  calm: 'Nothing really moves, but the ground is prepared.',
  threadsGrew: (v) =>
    `Ties grow closer: their total strength goes from ${v.from} to ${v.to}, notably: ${v.pairs}.`,
  threadsNew: (v) => `New ties form: ${v.pairs}.`,
  threadsLost: (v) => `Some threads break or wear thin: ${v.pairs}.`,
  threadsSame: (v) => `The network stays much as it was, with ${v.count} ties.`,
  initiativesGood: (v) => `On the ground, projects take shape: ${v.names}.`,
  initiativesFailed: (v) => `Others do not come through: ${v.names}.`,
  ending: {
    success: [
      (v) => `The game ends with "${v.title}". The strong point: ${v.best}. To watch: ${v.worst}.`,
      (v) =>
        `At the end of the road, "${v.title}": ${v.best} comes out stronger, even if ${v.worst} remains fragile.`,
    ],
    partial: [
      (v) =>
        `The game ends in half-tones: "${v.title}". ${capital(v.best)} moved forward, ${v.worst} much less.`,
      (v) => `Game over: "${v.title}". A step was taken for ${v.best}, but ${v.worst} stayed behind.`,
    ],
    failure: [
      (v) =>
        `The game closes on "${v.title}". Even ${v.best}, your best result, was not enough; ${v.worst} was missing most.`,
      (v) => `Not everything was woven: "${v.title}". ${capital(v.worst)} fell short, despite ${v.best}.`,
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
