/**
 * The facilitated training's pure model as one namespace: the formation mode's module (its chunk's
 * composition root, src/ui/formation/formation-mode.ts) imports it and hands it to its screens, which
 * see its type only (eslint.config.js).
 */
export * as decisionRule from './decision-rule';
export * as persist from './persist';
export * as presenter from './presenter-protocol';
export * as report from './report';
export * as session from './session';
export * as shortcuts from './shortcuts';
export * as teamDebrief from './team-debrief';
export * as teams from './teams';
export * as timer from './timer';
export * as trajectories from './trajectories';
export * as votes from './votes';
export * as choiceNumber from './choice-number';
export * as dissent from './dissent';
export * as reportCsv from './report-csv';
export * as sessionLength from './session-length';
export * as compareExports from './compare-exports';
export * as compareCsv from './compare-csv';
export * as lengthCode from './length-code';
