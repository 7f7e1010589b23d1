/** Suggestions: quotations with their speakers and cues, entity candidates. Pure functions over text. */
export type * from './types';
export { suggestQuotations } from './quotations';
export { suggestEntities } from './entities';
