/**
 * The story told in English: a chronicler of the territory, in the past tense, speaking to the
 * facilitator as "you", each person referred to by name (or by their pronoun when the author gave one).
 */
import type { Dimension, FamilyId } from '../../scenario/format';
import { agree, type Person } from './person';
import type { LaterFact, StandingFacts, StoryMessages, TurningFacts } from './story-messages';
import { capital, countWords, joinList, lowerFirst, quote } from './wording';

const q = (text: string): string => quote(text, 'en');
const pick = <T>(items: readonly T[], n: number): T => items[Math.abs(n) % items.length] as T;
const close = (text: string): string => (/[.!?…]”?$/u.test(text) ? text : `${text}.`);
const points = (n: number): string => (Math.abs(n) > 1 ? `${Math.abs(n)} points` : `${Math.abs(n)} point`);

const OF: Record<FamilyId, string> = {
  elus: 'elected officials',
  habitants: 'residents',
  entreprises: 'businesses',
  associations: 'associations',
};

function named(person: Person, first: boolean): string {
  if (!first || person.role === '') return person.name;
  const role = lowerFirst(person.role);
  return /[,;(]/.test(role) ? `${person.name} (${role})` : `${person.name}, ${role},`;
}

const tidy = (text: string): string => text.replace(/,( ?[.;:])/g, '$1').replace(/,,/g, ',');

/** How much the people worked together at the start, after "from the town hall to the associations". */
function openingTies(people: number, links: number): string {
  if (people < 2) return '';
  if (links === 0) return ', and none of them worked with another yet';
  if (links < people) return ', and they did not talk to each other much yet';
  return ', and some of them already worked together';
}

function said(v: TurningFacts): string {
  const who = named(v.speaker, v.firstMeeting);
  const when = capital(v.when);
  if (v.said === null) return `${when}, ${who} raised a question that shaped what followed.`;
  const verb = pick(['told you', 'put it to you', 'came to tell you'], v.order);
  return close(`${when}, ${who} ${verb}: ${q(v.said)}`);
}

function chose(v: TurningFacts): string {
  if (v.forced) return close(`Only one way was still open: ${v.choice.verb ? 'to ' : ''}${v.choice.clause}`);
  if (!v.choice.verb) return close(`You chose: ${v.choice.clause}`);
  const lead = pick(['You chose to', 'You decided to', 'Your answer was to'], v.order);
  return `${lead} ${v.choice.clause}.`;
}

function onTheSpot(v: TurningFacts): string {
  const up = v.moves.filter((m) => m.delta > 0).slice(0, 2);
  const down = v.moves.filter((m) => m.delta < 0).slice(0, 2);
  const moves = [...up, ...down];
  const parts = moves.map((move, i) => {
    if (i === 0)
      return `the trust of ${OF[move.family]} ${move.delta > 0 ? 'rose' : 'fell'} by ${points(move.delta)}`;
    const sameWay = move.delta > 0 === (moves[0]?.delta ?? 0) > 0;
    if (sameWay) return `that of ${OF[move.family]} by ${Math.abs(move.delta)}`;
    return `that of ${OF[move.family]} ${move.delta > 0 ? 'rose' : 'fell'} by ${Math.abs(move.delta)}`;
  });
  const families = parts.join(', ').replace(/, (that of [^,]* (rose|fell))/, '; $1');
  const others = v.others
    .slice(0, 1)
    .map((o) => `the ${q(o.label)} meter ${o.delta > 0 ? 'rose' : 'fell'} by ${points(o.delta)}`);
  const all = [families, ...others].filter(Boolean);
  if (all.length === 0) return 'At the time, nothing moved.';
  return `At the time, ${all.join('; ')}.`;
}

function risk(v: TurningFacts): string {
  if (!v.risk) return '';
  return `The risk had been stated (${v.risk.words}): ${lowerFirst(v.risk.label)}. ${
    v.risk.happened ? 'It happened.' : 'It was avoided.'
  }`;
}

const INITIATIVE: Record<string, string> = {
  emerging: 'came into being',
  running: 'got going',
  consolidated: 'found its footing',
  failed: 'failed',
};

function later(fact: LaterFact, speaker: Person, n: number, afterOther: boolean): string {
  switch (fact.kind) {
    case 'delayed':
      return close(
        `${fact.samePhase ? 'Soon after' : `Later, ${fact.when}`}, this choice came back: ${q(fact.text)}`,
      );
    case 'returned': {
      const times = fact.times.map((t) => (t.soon ? 'soon after' : t.when)).join(', then ');
      return `${afterOther ? speaker.name : agree(speaker, { f: 'She', m: 'He', n: speaker.name })} came back to see you ${times}.`;
    }
    case 'brought': {
      const moments = fact.groups.map(
        (g, i) =>
          `${i === 0 ? '' : 'then '}${joinList(
            g.people.map((p) => p.name),
            'and',
          )}${i === 0 ? ' to come and talk to you' : ''} ${g.soon ? 'soon after' : g.when}`,
      );
      return `${pick(['It also led', 'It also brought'], n)} ${moments.join(', ')}.`;
    }
    case 'initiative':
      return INITIATIVE[fact.state]
        ? `${joinList(fact.names.map(q), 'and')} ${
            fact.names.length > 1 && fact.state === 'consolidated'
              ? 'found their footing'
              : INITIATIVE[fact.state]
          }.`
        : '';
    case 'ending':
      return `This choice weighed until the very end: the ending ${q(fact.title)} partly depended on it.`;
    case 'evaluation':
      return `This choice counted right up to the final assessment, for ${joinList(
        fact.dimensions.map((d) => NOUN[d]),
        'and',
      )}.`;
  }
}

const NOUN: Record<Dimension, string> = {
  cooperation: 'cooperation',
  powerToAct: "residents' power to act",
  needsMet: 'meeting local needs',
  durability: 'durability',
};

const BAND: Record<StandingFacts['band'], string> = {
  high: 'it was solid',
  fair: 'it held',
  fragile: 'it remained fragile',
  low: 'it was at its lowest',
};

function standing(s: StandingFacts, first: boolean): string {
  const whose = `${first ? 'In the end, the' : 'The'} trust of ${OF[s.family]}`;
  const moved =
    s.trend === 'up'
      ? `had grown, from ${s.start} to ${s.end}`
      : s.trend === 'down'
        ? `had fallen, from ${s.start} to ${s.end}`
        : s.start === s.end
          ? `had stayed where it was (${s.end})`
          : `had stayed about where it was (${s.start}, then ${s.end})`;
  let why = '';
  const b = s.because;
  if (b?.kind === 'decision')
    why = b.delayed
      ? `, mostly when your answer to ${named(b.person, b.firstMeeting)} ${b.when} came back later`
      : `, mostly ${s.trend === 'up' ? 'thanks to' : 'after'} your answer to ${named(b.person, b.firstMeeting)} ${b.when}`;
  else if (b?.kind === 'left-out') why = `, as ${OF[s.family]} felt left out`;
  else if (b?.kind === 'drift') why = s.trend === 'up' ? ', over time' : ', worn down over time';
  return `${whose} ${moved}${why}; ${BAND[s.band]}.`;
}

/** The story in English. */
export const STORY_EN: StoryMessages = {
  and: 'and',
  quote: q,
  step: {
    diagnostic: 'during the shared diagnosis',
    mobilisation: 'during mobilisation',
    coconstruction: 'during co-construction',
    experimentation: 'during the experimentation',
    evaluation: 'at the evaluation',
  },
  phase: (title) => `at the ${q(title)} stage`,
  trustOf: {
    elus: `the trust of ${OF.elus}`,
    habitants: `the trust of ${OF.habitants}`,
    entreprises: `the trust of ${OF.entreprises}`,
    associations: `the trust of ${OF.associations}`,
  },
  familyOf: {
    elus: `of ${OF.elus}`,
    habitants: `of ${OF.habitants}`,
    entreprises: `of ${OF.entreprises}`,
    associations: `of ${OF.associations}`,
  },
  opening: (v) => {
    const territory = {
      urbain: 'a city neighbourhood',
      rural: 'a rural area',
      industriel: 'a former industrial town',
      periurbain: 'a peri-urban town',
    }[v.territory];
    const parts = [
      `It all began in ${territory}, with ${q(v.title)}.`,
      `${capital(countWords(v.people, 'en'))} ${v.people > 1 ? 'people' : 'person'} mattered in this story, from the town hall to the associations${openingTies(v.people, v.links)}.`,
    ];
    const most = v.trust[0];
    const least = v.trust[v.trust.length - 1];
    if (most && least && most.value > least.value)
      parts.push(
        `At the start, ${OF[most.family]} trusted you the most (${most.value}); ${OF[least.family]}, the least (${least.value}).`,
      );
    else parts.push('At the start, the four families trusted you about equally.');
    if (v.resources.length > 0)
      parts.push(
        `As for resources, you had ${joinList(
          v.resources.map((r) => `${q(r.label)} at ${r.value} out of ${r.max}`),
          'and',
        )}.`,
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
        v.decisive ? 'This is where the game was most at stake.' : '',
      ]
        .filter(Boolean)
        .join(' '),
    ),
  standings: (list) => list.map((s, i) => standing(s, i === 0)).join(' '),
  ecosystem: (v) => {
    const pairs = (list: [string, string][]): string => list.map(([a, b]) => `${a} and ${b}`).join('; ');
    const parts: string[] = [];
    if (v.to > v.from && v.grown.length > 0)
      parts.push(
        `Between people, ties grew closer: their total strength went from ${v.from} to ${v.to}. ${v.grown.length > 1 ? 'The ties that grew most' : 'The tie that grew most'}: ${pairs(v.grown)}.`,
      );
    else if (v.links === 0) parts.push('Between people, no tie held at the end.');
    else
      parts.push(
        `Between people, the network stayed close to what it was, with ${v.links} ${v.links > 1 ? 'ties' : 'tie'}.`,
      );
    if (v.lost.length > 0) parts.push(`Some threads wore thin: ${pairs(v.lost)}.`);
    if (v.running.length > 0) parts.push(`On the ground, ${joinList(v.running.map(q), 'and')} took shape.`);
    if (v.failed.length > 0)
      parts.push(
        `${v.running.length > 0 ? 'By contrast' : 'On the ground'}, ${joinList(v.failed.map(q), 'and')} did not come through.`,
      );
    return parts.join(' ');
  },
  ending: (v) => {
    const opening = {
      success: `The effort came through: ${q(v.title)}.`,
      partial: `The story stopped halfway, on ${q(v.title)}.`,
      failure: `The story ended badly: ${q(v.title)}.`,
    }[v.kind];
    const dims = Object.entries(v.bands) as [Dimension, 'high' | 'middle' | 'low'][];
    const clause = (band: 'high' | 'middle' | 'low'): string[] =>
      dims.filter(([, b]) => b === band).map(([d]) => STORY_EN.dimension[d][band]);
    const groups = [joinList(clause('high'), 'and'), joinList(clause('middle'), 'and')].filter(Boolean);
    const low = joinList(clause('low'), 'and');
    if (low) groups.push(groups.length > 0 ? `on the other hand, ${low}` : low);
    const meaning = `${capital(`all in all, ${groups.join('; ')}`)}.`;
    const voices = v.voices.map((voice, i) => {
      const who = voice.spokeAt
        ? `${voice.person.name}, who had spoken to you ${voice.spokeAt},`
        : named(voice.person, voice.firstMeeting);
      return tidy(close(`${i === 0 ? 'At the end, ' : 'And '}${who} said: ${q(voice.text)}`));
    });
    return [opening, meaning, ...voices].join(' ');
  },
  dimension: {
    cooperation: {
      high: 'cooperation between the families held',
      middle: 'cooperation still needed consolidating',
      low: 'cooperation did not take hold',
    },
    powerToAct: {
      high: 'residents took a real place in decisions',
      middle: "residents' power to act remained partial",
      low: "residents' power to act stayed weak",
    },
    needsMet: {
      high: "the territory's needs found answers",
      middle: "the territory's needs were only partly met",
      low: "the territory's needs stayed poorly met",
    },
    durability: {
      high: 'what was built looked set to last',
      middle: 'what came next was still to be secured',
      low: 'nothing guaranteed it would last',
    },
  },
};
