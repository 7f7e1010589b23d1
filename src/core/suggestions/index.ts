/**
 * Suggestions: what the suggesters propose (quotations with their speakers and cues, entity
 * candidates) and what the user does with it (what is left to propose, accept, reject). Pure
 * functions over text; nothing is stored until the user accepts a suggestion. Map of the folder:
 *
 * - `quotations/`: pairs quotation marks, tells speech from titles and scare quotes, finds the
 *   cue and the speaker, and reported speech without marks, of kind `indirect` (`suggestQuotations`).
 * - `entities/`: name candidates, their type, dates, acronyms, known actors (`suggestEntities`).
 * - `languages/`: one `LanguageRules` per language (fr, en, de): word lists as data, and which
 *   language a text is in. Fixes for one language go in its folder.
 * - `text/`: tokens, sentence bounds, whole-word occurrences.
 * - `review/`: suggestions as the user sees them: pending, accept, reject, the gazetteer.
 * - `brat.ts`: the suggestions as brat standoff records (`marginalia suggest --format brat`).
 */
export type * from './types';
export { suggestQuotations } from './quotations/quotations';
export { SPEAKER_SETTINGS, SPEAKER_THRESHOLDS, speakerSetting, type SpeakerSetting } from './quotations/speakerConfidence';
export { suggestEntities } from './entities/entities';
export { suggestionsToStandoff } from './brat';
export { findQuotedPassages, type QuotedPassage } from './quotations/quotePairs';
export { findDates } from './entities/dates';
export { matchGazetteer, type GazetteerEntry, type GazetteerMatch } from './entities/gazetteer';
export { guessLanguage } from './languages/guessLanguage';
export { NO_TOWNS, parseTownNames, TOWNS_FILE, type TownNames } from './entities/towns';
export { pendingSuggestions, type PendingEntity, type PendingQuotation, type PendingSuggestion, type SuggestionKind } from './review/pending';
export { withArticleActors, workspaceActors, type WorkspaceActors } from './review/knownActors';
export { acceptSuggestions, rejectSuggestions } from './review/accept';
export { suggestionWindow, WINDOW_MARGIN } from './review/window';
export { suggestInWindow, type WindowRequest, type WindowSuggestions } from './review/suggestInWindow';
