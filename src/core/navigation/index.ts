/** Moving through an article by actor and by quotation: pure models behind the editor's navigation features. */
export { actorCard, quotationsOf, type ActorCard, type CountedArticle } from './actorCard';
export { step, type Direction, type Jump } from './cycle';
export { firstWords } from './excerpt';
export { firstMention, mentionsOf, mentionUnder, stepMention } from './mentions';
export { LineMap, type TextPosition } from './positions';
export { quotationStops, stepQuotation, type QuotationStop } from './quotations';
export { actorEntryPosition } from './sidecarEntry';
export { articleSymbols, type ArticleSymbol } from './symbols';
export { findActors, fold, occurrencesAcross, type ActorHit, type ArticleOccurrences, type WorkspaceArticle } from './workspace';
