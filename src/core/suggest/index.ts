/**
 * Suggestions: quotations with their speakers and cues, entity candidates. Pure functions over
 * text; nothing is stored until the user accepts a suggestion.
 *
 * - `suggestQuotations(text, options?)`: every quotation-marked passage, direct speech or not,
 *   with speaker and cue.
 * - `suggestEntities(text, options?)`: persons, organisations, places, dates, events.
 * - `suggestionsToStandoff(text, quotations, entities)`: the same as brat records.
 */
export type * from './types';
export { suggestQuotations } from './quotations';
export { suggestEntities } from './entities';
export { suggestionsToStandoff } from './brat';
export { findQuotedPassages, type QuotedPassage } from './quotePairs';
export { findDates } from './dates';
export { matchGazetteer, type GazetteerEntry, type GazetteerMatch } from './gazetteer';
export { guessLanguage } from './language';
export { parseTownNames, TOWNS_FILE, type TownNames } from './towns';
