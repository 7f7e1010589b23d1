/**
 * Agreement of two annotators (two branches, two folders) on the same articles: span
 * precision/recall/F1 (exact and overlap), Cohen's κ over characters, Krippendorff's αu, and
 * speaker agreement on the quotations both marked. Pure: the callers read the files.
 */
export { agreementOf, compareArticle, ALL_ENTITIES, type Agreement, type ArticleComparison, type ArticleVersions, type SpeakerAgreement, type TypeAgreement } from './articleAgreement';
export { annotatorUnits, unitsOfView, type AnnotatorUnits } from './annotatorUnits';
export type { PrecisionRecall } from './spanAgreement';
