/**
 * What the inspector (`?page=inspecteur`) computes, as one namespace: the inspector's mode module (its
 * chunk's composition root, src/ui/inspecteur/inspecteur-mode.ts) imports it and hands it to the
 * inspector's screens, which see its type only (eslint.config.js).
 */
export { budgetLine, DEFINITIONS, figureLines, policyLine } from '../analysis/report-text';
export { collectStrings } from '../../scenario/authoring/strings-collect';
export { fromCsv, toCsv } from '../../scenario/authoring/strings-formats';
export { importTranslations } from '../../scenario/authoring/strings-import';
export { meterFields, scenarioFlags, stateAtCard } from './play-from-card';
export { scenarioCoverage } from './coverage';
export { scenarioGraph } from '../../scenario/authoring/graph';
