/**
 * Corpus questions over many articles, for `marginalia stats --by`, the exports and the corpus
 * view: rows (rows.ts: one per quotation and per mention, offsets in UTF-16 units and code
 * points), aggregations over them (aggregations.ts), and the export formats (table.ts for CSV
 * and JSONL, webAnnotation.ts for W3C Web Annotation, conll.ts for BIO tokens). Pure: the
 * callers read the files and build each article's view.
 */
export { articleRows, quoteKindOf, speakerRows, type ActorProperties, type ArticleRows, type CorpusRow, type MentionRow, type QuotationRow, type RowOffsets, type RowOptions, type SpeakerRow } from './rows';
export {
  coMentions, FREE_TEXT_SPEAKER, NO_SPEAKER, NO_VALUE, quotationsByProperty, quotationsBySpeaker, quotationsBySpeakerType, quotationsPerArticle, UNKNOWN_ACTOR,
  type ArticleCount, type CoMention, type QuotationCount,
} from './aggregations';
export { codePointIndex, type CodePointIndex } from './codePoints';
export { csvField, formatCsv, parseCsv } from './csv';
export { flatRecord, formatJsonl, formatRowsCsv, ROW_FIELDS, type FlatRecord } from './table';
export { annotationCollection, fileUri, webAnnotations, type WebAnnotation, type WebAnnotationArticle } from './webAnnotation';
export { bioTokens, formatConll, spansFromTags, tagName, type BioArticle, type BioToken } from './conll';
