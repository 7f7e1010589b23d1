/** Suggestions as the user sees them: what is left to propose, the gazetteer, accept and reject. */
export { pendingSuggestions, type PendingEntity, type PendingQuotation, type PendingSuggestion, type SuggestionKind } from './pending';
export { workspaceActors, type WorkspaceActors } from './knownActors';
export { acceptSuggestions, rejectSuggestions } from './accept';
