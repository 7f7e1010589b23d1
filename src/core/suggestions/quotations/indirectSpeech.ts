/**
 * Indirect speech: attributions without quotation marks ("X said that …", "according to X, …",
 * "X a déclaré que …", "selon X, …", "Er sagte, er sei …"), suggested as quotations of kind
 * `indirect` with their content, cue and source. The content is the reported clause (see
 * ./reportedClauses.ts); the source is found by the same cue rules as a direct quotation's
 * speaker, reading the content as if it were one quoted passage.
 */
import { message } from '../../messages';
import type { Span } from '../../model';
import { firstAnswer } from '../firstAnswer';
import { rulesFor } from '../languages';
import { explained } from '../reasons';
import type { KnownActor, QuotationSuggestion, SpeakerSuggestion, SuggestLanguage } from '../types';
import type { QuotedPassage } from './quotePairs';
import { contentEnd, CLAUSE_RULES, type ClauseContext, type ReportedClause } from './reportedClauses';
import { baseForm, sentencesWithCues, type ReportedSentence } from './reportedSentence';
import { linkSpeaker } from './speakerLinks';
import { attribute } from './speakers';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Indirect-speech suggestions of `text`, in text order. A content that overlaps a direct
 * quotation already suggested is left to it (the quotation marks say more than the cue), and a
 * content inside another one (a report within a report) gives way to the outer one.
 */
export function suggestIndirectSpeech(
  text: string,
  language: SuggestLanguage,
  passages: readonly QuotedPassage[],
  direct: readonly QuotationSuggestion[],
  knownActors: readonly KnownActor[] = [],
): QuotationSuggestion[] {
  const words = rulesFor(language).indirectSpeech;
  const directSpans = direct.filter((q) => q.direct).map((q) => q.span);
  const suggestions: QuotationSuggestion[] = [];
  for (const sentence of sentencesWithCues(text, words, passages)) {
    const end = contentEnd(sentence.tokens);
    const clauses: ReportedClause[] = [];
    for (let i = 0; i < sentence.tokens.length; i++) {
      const token = sentence.tokens[i]!;
      if (token.passage) continue;
      const context: ClauseContext = { sentence, tokens: sentence.tokens, i, base: baseForm(token), words, language, end };
      const clause = firstAnswer(CLAUSE_RULES, context);
      if (clause) clauses.push(clause);
    }
    for (const clause of outermost(clauses)) {
      if (directSpans.some((d) => overlaps(d, clause.content))) continue;
      suggestions.push(suggestion(text, sentence, clause, passages, language, knownActors));
    }
  }
  return suggestions;
}

/** Contents not inside another content of the same sentence; of two equal ones, the first. */
function outermost(clauses: readonly ReportedClause[]): ReportedClause[] {
  return clauses.filter((c, k) => !clauses.some((other, m) => m !== k && contains(other.content, c.content) && (other.content.start !== c.content.start || other.content.end !== c.content.end || m < k)));
}

function suggestion(text: string, sentence: ReportedSentence, clause: ReportedClause, passages: readonly QuotedPassage[], language: SuggestLanguage, knownActors: readonly KnownActor[]): QuotationSuggestion {
  const source = sourceOf(text, sentence, clause, passages, language);
  const speaker: SpeakerSuggestion | undefined = source ? linkSpeaker(text, source, knownActors) : undefined;
  return {
    span: clause.content,
    direct: false,
    kind: 'indirect',
    ...(speaker ? { speaker } : {}),
    cue: clause.cue,
    confidence: clause.confidence,
    ...explained(speaker ? message('{0}; speaker: {1}', clause.reason, message('named with the cue')) : clause.reason),
  };
}

/**
 * The source of the cue, as the direct quotations' cue rules find it with the content read as
 * one quoted passage; none when those rules settle on another cue or on words inside the content.
 */
function sourceOf(text: string, sentence: ReportedSentence, clause: ReportedClause, passages: readonly QuotedPassage[], language: SuggestLanguage): Span | undefined {
  const inSentence = passages.filter((p) => p.start < sentence.span.end && sentence.span.start < p.end);
  const attribution = attribute(text, clause.content, sentence.span, [...inSentence, clause.content], language);
  const speaker = attribution?.speaker;
  if (!speaker || !attribution.cue || !overlaps(attribution.cue, clause.cue) || overlaps(speaker, clause.content)) return undefined;
  return speaker;
}

/** Quotation-marked and indirect suggestions together, in text order. */
export function withIndirectSpeech(marked: readonly QuotationSuggestion[], indirect: readonly QuotationSuggestion[]): QuotationSuggestion[] {
  return indirect.length === 0 ? [...marked] : [...marked, ...indirect].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
