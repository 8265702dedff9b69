/**
 * The story told in French: a chronicler of the territory, in the past tense, speaking to the
 * facilitator as « vous » (never agreed: no participle after « vous » as a direct object), each person
 * agreed with their gender (person.ts), each family with its own phrases.
 */
import type { Dimension, FamilyId } from '../../scenario/format';
import { agree, type Person } from './person';
import type { LaterFact, StandingFacts, StoryMessages, TurningFacts } from './story-messages';
import { capital, countWords, de, joinList, lowerFirst, quote } from './wording';

const q = (text: string): string => quote(text, 'fr');
const pick = <T>(items: readonly T[], n: number): T => items[Math.abs(n) % items.length] as T;
/** A sentence closed by a full stop, unless it already ends one (a quote ending in « ? » or « . »). */
const close = (text: string): string => (/[.!?…](\s»)?$/u.test(text) ? text : `${text}.`);
const points = (n: number): string => (Math.abs(n) > 1 ? `${Math.abs(n)} points` : `${Math.abs(n)} point`);

/** The families: their trust as a noun phrase, "celle des …", the family as a subject. */
const FAMILY: Record<FamilyId, { of: string; leftOut: string }> = {
  elus: { of: 'des personnes élues', leftOut: "les personnes élues se sont senties tenues à l'écart" },
  habitants: {
    of: 'des habitantes et habitants',
    leftOut: "les habitantes et habitants se sont sentis tenus à l'écart",
  },
  entreprises: { of: 'des entreprises', leftOut: "les entreprises se sont senties tenues à l'écart" },
  associations: { of: 'des associations', leftOut: "les associations se sont senties tenues à l'écart" },
};
const SUBJECT: Record<FamilyId, string> = {
  elus: 'les personnes élues',
  habitants: 'les habitantes et habitants',
  entreprises: 'les entreprises',
  associations: 'les associations',
};

/** How much the people worked together at the start, after « de la mairie aux associations ». */
function openingTies(people: number, links: number): string {
  if (people < 2) return '';
  if (links === 0) return ', et aucune ne travaillait encore avec une autre';
  if (links < people) return ', et elles ne se parlaient pas encore beaucoup';
  return ', et certaines travaillaient déjà ensemble';
}

/** A person named, with their role the first time: "Odette Lambrecht, présidente de l'amicale". */
function named(person: Person, first: boolean): string {
  if (!first || person.role === '') return person.name;
  const role = lowerFirst(person.role);
  return /[,;(]/.test(role) ? `${person.name} (${role})` : `${person.name}, ${role},`;
}

/** Removes the comma a role apposition leaves before a verb that does not take it. */
const tidy = (text: string): string => text.replace(/,( ?[.;:])/g, '$1').replace(/,,/g, ',');

function said(v: TurningFacts): string {
  const who = named(v.speaker, v.firstMeeting);
  const when = capital(v.when);
  if (v.said === null) return `${when}, ${who} a posé une question qui engageait la suite.`;
  const verb = pick(
    [
      'vous a dit',
      'vous a lancé',
      agree(v.speaker, { f: 'est venue vous dire', m: 'est venu vous dire', n: 'vous a dit' }),
    ],
    v.order,
  );
  return close(`${when}, ${who} ${verb} : ${q(v.said)}`);
}

function chose(v: TurningFacts): string {
  if (v.forced) return close(`Une seule voie restait ouverte : ${v.choice.clause}`);
  if (!v.choice.verb) return close(`Vous avez choisi : ${v.choice.clause}`);
  const lead = pick(['Vous avez choisi', 'Vous avez décidé', 'Votre réponse a été'], v.order);
  return `${lead} ${de(v.choice.clause)}.`;
}

function onTheSpot(v: TurningFacts): string {
  const up = v.moves.filter((m) => m.delta > 0).slice(0, 2);
  const down = v.moves.filter((m) => m.delta < 0).slice(0, 2);
  const moves = [...up, ...down];
  const parts = moves.map((move, i) => {
    const of = FAMILY[move.family].of;
    if (i === 0) return `la confiance ${of} ${move.delta > 0 ? 'a gagné' : 'a perdu'} ${points(move.delta)}`;
    const sameWay = move.delta > 0 === (moves[0]?.delta ?? 0) > 0;
    if (sameWay) return `celle ${of}, ${Math.abs(move.delta)}`;
    return `celle ${of} en a ${move.delta > 0 ? 'gagné' : 'perdu'} ${Math.abs(move.delta)}`;
  });
  const families = parts.join(', ').replace(/, (celle [^,]* en a)/, ' ; $1');
  const others = v.others
    .slice(0, 1)
    .map((o) => `la jauge ${q(o.label)} ${o.delta > 0 ? 'a gagné' : 'a perdu'} ${points(o.delta)}`);
  const all = [families, ...others].filter(Boolean);
  if (all.length === 0) return "Sur le moment, rien n'a bougé.";
  return `Sur le moment, ${all.join(' ; ')}.`;
}

function risk(v: TurningFacts): string {
  if (!v.risk) return '';
  return `Le risque était annoncé (${v.risk.words}) : ${lowerFirst(v.risk.label)}. ${
    v.risk.happened ? "Il s'est réalisé." : 'Il a été évité.'
  }`;
}

const INITIATIVE: Record<string, string> = {
  emerging: 'a vu le jour',
  running: 'a pris son élan',
  consolidated: 'a trouvé son assise',
  failed: 'a échoué',
};

const INITIATIVES: Record<string, string> = {
  emerging: 'ont vu le jour',
  running: 'ont pris leur élan',
  consolidated: 'ont trouvé leur assise',
  failed: 'ont échoué',
};

function later(fact: LaterFact, speaker: Person, n: number, afterOther: boolean): string {
  switch (fact.kind) {
    case 'delayed':
      return close(
        `${fact.samePhase ? 'Peu après' : `Plus tard, ${fact.when}`}, ce choix est revenu : ${q(fact.text)}`,
      );
    case 'returned': {
      const times = fact.times.map((t) => (t.soon ? 'peu après' : t.when)).join(', puis ');
      // The pronoun only right after the speaker's own sentences (a delayed consequence told in between
      // would make « il » ambiguous with « ce choix »).
      const who = afterOther ? { ...speaker, gender: 'n' as const } : speaker;
      return `${agree(who, {
        f: 'Elle est revenue vous voir',
        m: 'Il est revenu vous voir',
        n: `${speaker.name} ${speaker.gender === 'f' ? 'est revenue vous voir' : speaker.gender === 'm' ? 'est revenu vous voir' : 'vous a reparlé'}`,
      })} ${times}.`;
    }
    case 'brought': {
      const moments = fact.groups.map(
        (g, i) =>
          `${i === 0 ? '' : 'puis '}${joinList(
            g.people.map((p) => p.name),
            'et',
          )}${i === 0 ? ' à venir vous parler' : ''} ${g.soon ? 'peu après' : g.when}`,
      );
      return `${pick(["C'est aussi ce qui a amené", "C'est ce qui a conduit"], n)} ${moments.join(', ')}.`;
    }
    case 'initiative':
      return INITIATIVE[fact.state]
        ? `${joinList(fact.names.map(q), 'et')} ${fact.names.length > 1 ? INITIATIVES[fact.state] : INITIATIVE[fact.state]}.`
        : '';
    case 'ending':
      return `Ce choix a pesé jusqu'au bout : la fin ${q(fact.title)} en dépendait en partie.`;
    case 'evaluation':
      return `Ce choix a compté jusque dans le bilan final, pour ${joinList(
        fact.dimensions.map((d) => NOUN[d]),
        'et',
      )}.`;
  }
}

const NOUN: Record<Dimension, string> = {
  cooperation: 'la coopération',
  powerToAct: "le pouvoir d'agir des habitantes et habitants",
  needsMet: 'la réponse aux besoins',
  durability: 'la durabilité',
};

const BAND: Record<StandingFacts['band'], string> = {
  high: 'elle était solide',
  fair: 'elle tenait',
  fragile: 'elle restait fragile',
  low: 'elle était au plus bas',
};

function standing(s: StandingFacts, first: boolean): string {
  const whose = first ? `À la fin, la confiance ${FAMILY[s.family].of}` : `Celle ${FAMILY[s.family].of}`;
  const moved =
    s.trend === 'up'
      ? `avait grandi, de ${s.start} à ${s.end}`
      : s.trend === 'down'
        ? `avait reculé, de ${s.start} à ${s.end}`
        : s.start === s.end
          ? `était restée au même point (${s.end})`
          : `était restée à peu près au même point (${s.start}, puis ${s.end})`;
  let why = '';
  const b = s.because;
  if (b?.kind === 'decision')
    why = b.delayed
      ? `, surtout quand votre réponse à ${named(b.person, b.firstMeeting)} ${b.when} est revenue plus tard`
      : `, surtout ${s.trend === 'up' ? 'grâce à' : 'après'} votre réponse à ${named(b.person, b.firstMeeting)} ${b.when}`;
  else if (b?.kind === 'left-out') why = `, car ${FAMILY[s.family].leftOut}`;
  else if (b?.kind === 'drift') why = s.trend === 'up' ? ', au fil du temps' : ', usée au fil du temps';
  return `${whose} ${moved}${why} ; ${BAND[s.band]}.`;
}

/** The story in French. */
export const STORY_FR: StoryMessages = {
  and: 'et',
  quote: q,
  step: {
    diagnostic: 'pendant le diagnostic',
    mobilisation: 'pendant la mobilisation',
    coconstruction: 'pendant la coconstruction',
    experimentation: "pendant l'expérimentation",
    evaluation: "au moment de l'évaluation",
  },
  phase: (title) => `à l'étape ${q(title)}`,
  trustOf: {
    elus: `la confiance ${FAMILY.elus.of}`,
    habitants: `la confiance ${FAMILY.habitants.of}`,
    entreprises: `la confiance ${FAMILY.entreprises.of}`,
    associations: `la confiance ${FAMILY.associations.of}`,
  },
  familyOf: {
    elus: FAMILY.elus.of,
    habitants: FAMILY.habitants.of,
    entreprises: FAMILY.entreprises.of,
    associations: FAMILY.associations.of,
  },
  opening: (v) => {
    const territory = {
      urbain: 'un quartier de ville',
      rural: 'un territoire rural',
      industriel: 'une ancienne ville industrielle',
      periurbain: 'une commune périurbaine',
    }[v.territory];
    const parts = [
      `Tout a commencé dans ${territory}, avec ${q(v.title)}.`,
      `${capital(countWords(v.people, 'fr'))} ${v.people > 1 ? 'personnes comptaient' : 'personne comptait'} dans cette histoire, de la mairie aux associations${openingTies(v.people, v.links)}.`,
    ];
    const most = v.trust[0];
    const least = v.trust[v.trust.length - 1];
    if (most && least && most.value > least.value)
      parts.push(
        `Au départ, ${SUBJECT[most.family]} vous accordaient le plus de confiance (${most.value}) ; ${SUBJECT[least.family]}, le moins (${least.value}).`,
      );
    else parts.push('Au départ, les quatre familles vous accordaient une confiance comparable.');
    if (v.resources.length > 0)
      parts.push(
        `Côté moyens, vous disposiez ${v.resources.map((r) => `de ${q(r.label)} à ${r.value} sur ${r.max}`).join(' et ')}.`,
      );
    return parts.join(' ');
  },
  turning: (v) =>
    tidy(
      [
        said(v),
        chose(v),
        risk(v),
        onTheSpot(v),
        ...v.later.map((fact, i) => later(fact, v.speaker, v.order + i, i > 0)),
        v.decisive ? "C'est là que la partie s'est le plus jouée." : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
  standings: (list) => list.map((s, i) => standing(s, i === 0)).join(' '),
  ecosystem: (v) => {
    const pairs = (list: [string, string][]): string => list.map(([a, b]) => `${a} et ${b}`).join(' ; ');
    const parts: string[] = [];
    if (v.to > v.from && v.grown.length > 0)
      parts.push(
        `Entre les personnes, les liens se sont resserrés : leur force totale est passée de ${v.from} à ${v.to}. ${v.grown.length > 1 ? 'Les plus renforcés' : 'Le plus renforcé'} : ${pairs(v.grown)}.`,
      );
    else if (v.links === 0) parts.push('Entre les personnes, aucun lien ne tenait à la fin.');
    else
      parts.push(
        `Entre les personnes, le réseau est resté proche de celui du départ, avec ${v.links} ${v.links > 1 ? 'liens' : 'lien'}.`,
      );
    if (v.lost.length > 0) parts.push(`Certains fils se sont usés : ${pairs(v.lost)}.`);
    if (v.running.length > 0)
      parts.push(
        `Sur le terrain, ${joinList(v.running.map(q), 'et')} ${v.running.length > 1 ? 'ont pris corps' : 'a pris corps'}.`,
      );
    if (v.failed.length > 0)
      parts.push(
        `${v.running.length > 0 ? 'En revanche' : 'Sur le terrain'}, ${joinList(v.failed.map(q), 'et')} ${
          v.failed.length > 1 ? "n'ont pas abouti" : "n'a pas abouti"
        }.`,
      );
    return parts.join(' ');
  },
  ending: (v) => {
    const opening = {
      success: `La démarche a abouti : ${q(v.title)}.`,
      partial: `L'histoire s'est arrêtée en demi-teinte, sur ${q(v.title)}.`,
      failure: `L'histoire s'est mal terminée : ${q(v.title)}.`,
    }[v.kind];
    const dims = Object.entries(v.bands) as [Dimension, keyof (typeof STORY_FR.dimension)[Dimension]][];
    const clause = (band: 'high' | 'middle' | 'low'): string[] =>
      dims.filter(([, b]) => b === band).map(([d]) => STORY_FR.dimension[d][band]);
    const groups = [joinList(clause('high'), 'et'), joinList(clause('middle'), 'et')].filter(Boolean);
    const low = joinList(clause('low'), 'et');
    if (low) groups.push(groups.length > 0 ? `en revanche, ${low}` : low);
    const meaning = `Au bilan, ${groups.join(' ; ')}.`;
    const voices = v.voices.map((voice, i) => {
      const who = voice.spokeAt
        ? `${voice.person.name}, qui vous avait parlé ${voice.spokeAt},`
        : named(voice.person, voice.firstMeeting);
      return tidy(close(`${i === 0 ? 'À la fin, ' : 'Et '}${who} disait : ${q(voice.text)}`));
    });
    return [opening, meaning, ...voices].join(' ');
  },
  dimension: {
    cooperation: {
      high: 'la coopération entre les familles a tenu',
      middle: 'la coopération est restée à consolider',
      low: "la coopération n'a pas pris",
    },
    powerToAct: {
      high: 'les habitantes et habitants ont pris une vraie place dans les décisions',
      middle: "le pouvoir d'agir des habitantes et habitants est resté partiel",
      low: "le pouvoir d'agir des habitantes et habitants est resté faible",
    },
    needsMet: {
      high: 'les besoins du territoire ont trouvé des réponses',
      middle: "les besoins du territoire n'ont été qu'en partie couverts",
      low: 'les besoins du territoire sont restés mal couverts',
    },
    durability: {
      high: 'ce qui a été construit paraissait fait pour durer',
      middle: 'la suite restait à assurer',
      low: 'rien ne garantissait que cela dure',
    },
  },
};
