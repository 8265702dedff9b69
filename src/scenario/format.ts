/**
 * The scenario format, version 2: the domain vocabulary practitioners write in JSON.
 *
 * This file is the TypeScript face of `scenarios/schema/scenario.schema.json`; a test keeps the two in
 * step. Every behaviour a scenario can name is listed here as a closed union (effects, conditions,
 * postures, sound cues): the compiler refuses anything else.
 *
 * Version 2 (docs/authoring: "Écrire des dilemmes honnêtes") adds what honest dilemmas need: outcomes
 * that depend on the situation (`choice.outcomes`), stated risks drawn from the seeded generator
 * (`choice.risks`), delayed consequences (effect `delayed`), trust that takes time and wears off
 * (`maxRisePerTurn`, scenario `drift`, `leftOut`), two-sided risk (`gap`, `dominant`, meter `ceiling`,
 * evaluation term `balance`), and a preview that informs without answering (`meta.preview`, `stakes`).
 * A v1 file migrates losslessly (`choicePreview` is renamed `preview`) and plays exactly as before.
 */

/** The current format version. Older files are migrated, newer ones refused. */
export const FORMAT_VERSION = 2;

/** The format version of the shared codex file (`scenarios/codex.json`), unchanged by format 2. */
export const CODEX_FORMAT_VERSION = 1;

/** Languages the game ships. French is the source language. */
export const LANGUAGES = ['fr', 'en'] as const;
/** A language code the game ships. */
export type Language = (typeof LANGUAGES)[number];

/** A text in each language, e.g. `{ "fr": "Bonjour", "en": "Hello" }`. French is required. */
export type LocalizedText = { fr: string } & Partial<Record<Language, string>>;

/** The four families of actors, with fixed ids. Each has a trust meter of the same id. */
export const FAMILIES = ['elus', 'habitants', 'entreprises', 'associations'] as const;
/** One of the four families of actors. */
export type FamilyId = (typeof FAMILIES)[number];

/** The steps of the method, in order. A phase names the step it belongs to. */
export const METHOD_STEPS = [
  'diagnostic',
  'mobilisation',
  'coconstruction',
  'experimentation',
  'evaluation',
] as const;
/** One step of the method (diagnostic partagé … évaluation et diffusion). */
export type MethodStep = (typeof METHOD_STEPS)[number];

/** Who a scenario is written for. */
export const AUDIENCES = ['solo', 'formation', 'evenement'] as const;
/** A use of the game: solo play, facilitated training, event kiosk. */
export type Audience = (typeof AUDIENCES)[number];

/** Kinds of territory, used to pick a default map template and to filter scenarios. */
export const TERRITORY_KINDS = ['urbain', 'rural', 'industriel', 'periurbain'] as const;
/** A kind of territory. */
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** Bundled map templates. */
export const MAP_TEMPLATES = [
  'quartier',
  'vallee',
  'ville-industrielle',
  'banlieue-culturelle',
  'vallee-pyreneenne',
] as const;
/** The id of a bundled map template. */
export type MapTemplateId = (typeof MAP_TEMPLATES)[number];

/** Posture tags: how a choice approaches the territory. Simulation policies follow them. */
export const POSTURES = [
  'cooperative',
  'participatory',
  'needs-first',
  'patient',
  'hybrid-resources',
  'peer-evaluation',
  'top-down',
  'call-for-projects',
  'rushed',
  'diffusionist',
  'marketising',
  'single-funder',
] as const;
/** A posture tag on a choice. */
export type Posture = (typeof POSTURES)[number];

/** Sound cues a scenario may trigger. */
export const SOUND_CUES = ['positive', 'negative', 'neutral', 'link', 'initiative', 'ending'] as const;
/** The id of a sound cue. */
export type SoundCue = (typeof SOUND_CUES)[number];

/** States an initiative goes through. `failed` is reached only by its fail condition or an effect. */
export const INITIATIVE_STATES = ['idea', 'emerging', 'running', 'consolidated', 'failed'] as const;
/** The state of an initiative. */
export type InitiativeState = (typeof INITIATIVE_STATES)[number];

/** The dimensions an ending is evaluated on. */
export const DIMENSIONS = ['cooperation', 'powerToAct', 'needsMet', 'durability'] as const;
/** One evaluation dimension. */
export type Dimension = (typeof DIMENSIONS)[number];

/** Kinds of ending. */
export const ENDING_KINDS = ['success', 'partial', 'failure'] as const;
/** Whether an ending is a success, a partial success or a failure. */
export type EndingKind = (typeof ENDING_KINDS)[number];

/**
 * What the player may see of a choice before choosing, beyond its costs and its stated risk (always
 * shown): nothing more, the families it concerns (`stakes`), which meters its immediate effects move,
 * or which way.
 */
export const PREVIEWS = ['none', 'stakes', 'which', 'direction'] as const;
/** A preview setting. */
export type Preview = (typeof PREVIEWS)[number];

/** A bound on a number: at least and/or at most (inclusive). */
export interface Range {
  atLeast?: number;
  atMost?: number;
}

/**
 * A declarative condition. No expression is ever evaluated as code.
 * Combine with `all`, `any` and `not`; test meters, flags, turns, the phase, initiatives and links.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | ({ meter: string } & Range)
  | { flag: string; is?: boolean }
  | { turn: Range }
  | { phaseTurn: Range }
  | { phase: string }
  | { initiative: string; state?: InitiativeState; atLeast?: InitiativeState }
  | ({ link: [string, string] } & Range)
  | { linkCount: Range }
  | { cardPlayed: string }
  | ({ leftOut: FamilyId } & Range)
  | ({ gap: string[] } & Range)
  | { dominant: string; among: string[]; by: number };

/** An effect that may land later: any effect but a cost or another delayed consequence. */
export type LandingEffect =
  | { type: 'meter'; meter: string; delta: number }
  | { type: 'link'; from: string; to: string; delta: number }
  | { type: 'flag'; flag: string; value?: boolean }
  | { type: 'initiative'; initiative: string; progress?: number; fail?: boolean }
  | { type: 'sound'; cue: SoundCue };

/**
 * A delayed consequence: its `effects` land at the end of a later turn, when `afterTurns` turns have
 * passed, or at the first turn end where `when` holds (with both: the first turn end after `afterTurns`
 * turns where `when` holds). With `within`, it lapses if it has not landed after that many turns.
 */
export interface DelayedEffect {
  type: 'delayed';
  afterTurns?: number;
  when?: Condition;
  within?: number;
  /** Told when it lands, with the choice it comes from. */
  text: LocalizedText;
  effects: LandingEffect[];
}

/** An effect of a choice. Each applied effect is logged with its cause. */
export type Effect =
  | { type: 'meter'; meter: string; delta: number }
  | { type: 'cost'; meter: string; amount: number }
  | { type: 'link'; from: string; to: string; delta: number }
  | { type: 'flag'; flag: string; value?: boolean }
  | { type: 'initiative'; initiative: string; progress?: number; fail?: boolean }
  | { type: 'sound'; cue: SoundCue }
  | DelayedEffect;

/** The kinds of effect: the closed vocabulary the compiler accepts. */
export const EFFECT_TYPES = ['meter', 'cost', 'link', 'flag', 'initiative', 'sound', 'delayed'] as const;
/** The kind of an effect. */
export type EffectType = (typeof EFFECT_TYPES)[number];

/** Scenario metadata. */
export interface ScenarioMeta {
  /** Stable id, lowercase letters, digits and dashes; used in URLs (`?scenario=`) and session codes. */
  id: string;
  /** Revision of this scenario, bumped when its content changes (session codes carry it). */
  version: number;
  title: LocalizedText;
  summary: LocalizedText;
  territory: TerritoryKind;
  languages: Language[];
  /** Estimated duration of solo play, in minutes. */
  durationMinutes: number;
  audiences: Audience[];
  objectives: LocalizedText[];
  /** Real experiences the scenario is inspired by ("inspiré de …"). */
  credits: LocalizedText[];
  /** What the player sees of a choice before choosing, beyond costs and risk. Defaults to `none`. */
  preview?: Preview;
}

/** A named person of the territory. */
export interface Actor {
  id: string;
  family: FamilyId;
  /** A fictional name. Never a real person's. */
  name: string;
  role: LocalizedText;
  /** Portrait asset id (see assets/portraits). */
  portrait: string;
  /** Position on the map, in percent of its width and height. */
  position: { x: number; y: number };
  /**
   * How the debrief's story speaks of the person: `elle` (she), `il` (he) or `iel` (they: the story
   * then uses the name and no gendered agreement). Optional: by default it is read from the French role
   * when that is clearly feminine or masculine ("Adjointe", "Directeur"), otherwise `iel`.
   */
  pronoun?: Pronoun;
}

/** The pronouns the story may use for a person (`iel`: none, the name and no gendered agreement). */
export const PRONOUNS = ['elle', 'il', 'iel'] as const;
/** How the story speaks of a person. */
export type Pronoun = (typeof PRONOUNS)[number];

/** A meter: one trust meter per family (id = family id), plus any the scenario declares. */
export interface MeterDef {
  id: string;
  label?: LocalizedText;
  /** Icon id (see assets/icons); defaults to the family's or a generic one. */
  icon?: string;
  min: number;
  max: number;
  initial: number;
  /** Within one turn, rises from every cause add up to at most this; the excess is lost. */
  maxRisePerTurn?: number;
  /** At the end of each turn the meter is brought down to the lowest of these meters plus `plus`. */
  ceiling?: Ceiling;
}

/** A bound that follows other meters: the lowest of `lowestOf`, plus `plus`. */
export interface Ceiling {
  lowestOf: string[];
  plus: number;
}

/** A link between two actors at the start of the game (strength 1–3). */
export interface InitialLink {
  from: string;
  to: string;
  strength: number;
}

/** The map: a bundled template, optionally with a custom background image. */
export interface MapDef {
  template: MapTemplateId;
  background?: string;
}

/** A phase of the method. */
export interface Phase {
  id: string;
  step: MethodStep;
  title: LocalizedText;
  intro: LocalizedText;
  /** Card ids drawn in this phase. */
  cards: string[];
  /** The phase ends early when this holds (after `minTurns`). */
  exitWhen?: Condition;
  /** Turns before the phase may end early through `exitWhen`. Defaults to 1. */
  minTurns?: number;
  /** The phase ends after this many turns. */
  maxTurns: number;
  /** Debrief questions for this phase. */
  debrief?: LocalizedText[];
}

/** One way a choice may land, depending on the state before it is taken. */
export interface Outcome {
  /** It applies when this holds (the first that holds); without it, it is the last, the otherwise. */
  when?: Condition;
  effects: Effect[];
  /** Shown after the choice's own feedback. */
  feedback?: LocalizedText;
}

/** A risk stated before choosing: it happens with `chance`, drawn from the session's seeded generator. */
export interface Risk {
  /** The risk applies when this holds (the first that holds is the choice's risk now). */
  when?: Condition;
  /** Strictly between 0 and 1. */
  chance: number;
  /** What may happen, shown before choosing. */
  label: LocalizedText;
  effects: Effect[];
  /** Shown when it happens. */
  feedback?: LocalizedText;
}

/** A choice on a card. */
export interface Choice {
  /** Id unique within its card, e.g. `a`, `ecouter`. */
  id: string;
  text: LocalizedText;
  /** The choice is offered only when this holds. Costs also hide unaffordable choices. */
  when?: Condition;
  effects: Effect[];
  /** Shown after the choice; optional when every outcome has one and the last has no `when`. */
  feedback?: LocalizedText;
  /** How it lands, by situation: the first whose `when` holds, evaluated before its effects. */
  outcomes?: Outcome[];
  /** Its stated risks: the first whose `when` holds is drawn when it is taken. */
  risks?: Risk[];
  /** The families it concerns (default: those whose trust its effects touch, and its links' actors). */
  involves?: FamilyId[];
  /** Concept ids (codex) at stake. */
  concepts: string[];
  postures: Posture[];
  /** A card played next, whatever the phase deck: a chain. */
  next?: string;
  /** A question for the room, in facilitated play. */
  discussion?: LocalizedText;
}

/** A situation card: a person speaks, a dilemma. */
export interface Card {
  id: string;
  /** Actor id of the person who speaks. */
  speaker: string;
  text: LocalizedText;
  /** Drawn only when this holds. */
  when?: Condition;
  /** Relative chance among eligible cards of the same priority. Defaults to 1. */
  weight?: number;
  /** Eligible cards of the highest priority are drawn first. Defaults to 0. */
  priority?: number;
  /** Whether the card can be drawn again after being played. Defaults to false. */
  repeatable?: boolean;
  /** Highlighted in the debrief as a key decision. */
  key?: boolean;
  choices: Choice[];
  /** Notes for the facilitator's presenter view (never shown to the room or the solo player). */
  facilitatorNote?: LocalizedText;
  /** A question for the room about the card as a whole. */
  discussion?: LocalizedText;
}

/** A project that may emerge from cooperation. */
export interface Initiative {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Progress points needed to reach each state. */
  thresholds: { emerging: number; running: number; consolidated: number };
  /** Progress counts only while this holds. */
  requires?: Condition;
  /** The initiative fails when this holds at the end of a turn. */
  failWhen?: Condition;
}

/** One term of an evaluation dimension: a normalised value in 0..1 with a weight. */
export type EvaluationTerm =
  | { meter: string; weight?: number }
  | { linkStrength: number; weight?: number }
  | { initiativesAtLeast: InitiativeState; weight?: number }
  | { flag: string; weight?: number }
  | { balance: string[]; weight?: number };

/**
 * A line a person of the territory says at the end, in their own voice: a quote, not a maxim nor a
 * summary of the meters. Shown on the ending screen and quoted by the debrief's story.
 */
export interface Voice {
  /** Actor id of the person who speaks. */
  speaker: string;
  text: LocalizedText;
}

/** An ending. */
export interface Ending {
  id: string;
  kind: EndingKind;
  title: LocalizedText;
  text: LocalizedText;
  /** `anytime`: checked after every turn (e.g. a family leaves); `end`: checked when the last phase ends. */
  at: 'anytime' | 'end';
  /** Reached when this holds; an `end` ending without condition is the fallback. */
  when?: Condition;
  /** Higher priority endings are checked first. Defaults to 0. */
  priority?: number;
  debrief?: LocalizedText[];
  /** One to three short lines people of the territory say at the end, in their own voice. */
  voices?: Voice[];
}

/** A concept of the codex. */
export interface Concept {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  /** The source document it draws on. */
  source: string;
}

/**
 * A drift rule: at the end of every turn, after the choice and the delayed consequences, the meter
 * moves by `delta` while `when` holds (always, without it).
 */
export interface DriftRule {
  meter: string;
  delta: number;
  when?: Condition;
  /** Told when the drift starts applying (and again after a pause). */
  text?: LocalizedText;
}

/** A scenario file, format version 2. */
export interface Scenario {
  $schema?: string;
  formatVersion: 2;
  meta: ScenarioMeta;
  actors: Actor[];
  meters: MeterDef[];
  links?: InitialLink[];
  map: MapDef;
  phases: Phase[];
  cards: Card[];
  initiatives?: Initiative[];
  endings: Ending[];
  /** How each dimension is computed from the final state. */
  evaluation: Record<Dimension, EvaluationTerm[]>;
  /** Meters that move on their own at the end of every turn while a condition holds. */
  drift?: DriftRule[];
  /** Concepts specific to this scenario, added to the shared codex. */
  concepts?: Concept[];
}

/** The shared codex file (`scenarios/codex.json`). */
export interface Codex {
  $schema?: string;
  formatVersion: typeof CODEX_FORMAT_VERSION;
  concepts: Concept[];
}
