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
import { attitudeClause } from './attitudeClauses';
import { splitAtCoordinatedCues } from './coordinatedCues';
import { infinitiveClause } from './infinitiveClauses';
import { objectClause } from './objectClauses';
import { contentEnd, CLAUSE_RULES, type ReportedClause } from './reportedClauses';
import { baseForm, cueWordsOf, sentencesWithCues, type ReportedSentence } from './reportedSentence';
import { linkSpeaker } from './speakerLinks';
import { attribute } from './speakers';

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * The quotation-marked suggestions `marked` together with the indirect speech of `text`, in text
 * order. A reported clause that overlaps a direct quotation is left to it (the quotation marks say
 * more than the cue), except where the language counts a clause with quoted words in it as one
 * quotation (English): the clause then replaces the quoted words it holds, as a direct quotation.
 * A content inside another one (a report within a report) gives way to the outer one.
 */
export function withIndirectSpeech(
  text: string,
  language: SuggestLanguage,
  passages: readonly QuotedPassage[],
  marked: readonly QuotationSuggestion[],
  knownActors: readonly KnownActor[] = [],
): QuotationSuggestion[] {
  const words = rulesFor(language).indirectSpeech;
  const direct = marked.filter((q) => q.direct);
  const absorbed = new Set<QuotationSuggestion>();
  const added: QuotationSuggestion[] = [];
  for (const { sentence, clause } of reportedClauses(text, language, passages)) {
    const overlapping = direct.filter((d) => overlaps(d.span, clause.content));
    if (overlapping.length === 0) added.push(indirect(text, sentence, clause, passages, language, knownActors));
    else if (words.mixedAsOneQuotation && overlapping.every((d) => contains(clause.content, d.span) && !absorbed.has(d))) {
      overlapping.forEach((d) => absorbed.add(d));
      added.push(mixed(clause, overlapping));
    }
  }
  if (added.length === 0) return [...marked];
  return [...marked.filter((q) => !absorbed.has(q)), ...added].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** An infinitive after a verb of intention or request decides first: "decided to hold a vote that …" reports no "that" clause. */
const ALL_CLAUSE_RULES = [infinitiveClause, ...CLAUSE_RULES.slice(0, -1), objectClause, attitudeClause, ...CLAUSE_RULES.slice(-1)];

/** Every reported clause of `text` with its sentence, outermost ones only, in text order. */
export function reportedClauses(text: string, language: SuggestLanguage, passages: readonly QuotedPassage[]): { sentence: ReportedSentence; clause: ReportedClause }[] {
  const words = rulesFor(language).indirectSpeech;
  const cueWords = cueWordsOf(words);
  const found: { sentence: ReportedSentence; clause: ReportedClause }[] = [];
  for (const sentence of sentencesWithCues(text, words, passages)) {
    const end = contentEnd(sentence.tokens);
    const clauses: ReportedClause[] = [];
    for (let i = 0; i < sentence.tokens.length; i++) {
      const token = sentence.tokens[i]!;
      if (token.passage) continue;
      const base = baseForm(token);
      if (!cueWords.has(base)) continue;
      const clause = firstAnswer(ALL_CLAUSE_RULES, { sentence, tokens: sentence.tokens, i, base, words, language, end });
      if (clause) clauses.push(clause);
    }
    const kept = outermost(splitAtCoordinatedCues(sentence.tokens, clauses, words));
    for (const clause of words.nestedInOuterOnly ? withoutNested(kept) : kept) found.push({ sentence, clause });
  }
  return found;
}

/** A reported clause with the quoted words it holds, as one direct quotation; the quoted words' speaker speaks. */
function mixed(clause: ReportedClause, quoted: readonly QuotationSuggestion[]): QuotationSuggestion {
  const speaker = quoted.find((q) => q.speaker)?.speaker;
  return {
    span: clause.content,
    direct: true,
    ...(speaker ? { speaker } : {}),
    cue: quoted.find((q) => q.cue)?.cue ?? clause.cue,
    confidence: Math.max(clause.confidence, ...quoted.map((q) => q.confidence)),
    ...explained(message('{0}; with quoted words', clause.reason)),
  };
}

/**
 * Clauses whose cue lies in no other kept content and whose content overlaps none: "X said that
 * A, according to B" reports B, X's words inside B's content (PolNeAR annotates the outermost
 * attribution only). The longest contents are kept first; the result is in text order.
 */
function withoutNested(clauses: readonly ReportedClause[]): ReportedClause[] {
  const kept: ReportedClause[] = [];
  const longestFirst = [...clauses].sort((a, b) => b.content.end - b.content.start - (a.content.end - a.content.start) || a.content.start - b.content.start);
  for (const clause of longestFirst) {
    if (kept.some((k) => overlaps(k.content, clause.content) || overlaps(k.content, clause.cue) || overlaps(clause.content, k.cue))) continue;
    kept.push(clause);
  }
  return kept.sort((a, b) => a.content.start - b.content.start);
}

/** Contents not inside another content of the same sentence; of two equal ones, the first. */
function outermost(clauses: readonly ReportedClause[]): ReportedClause[] {
  return clauses.filter((c, k) => !clauses.some((other, m) => m !== k && contains(other.content, c.content) && (other.content.start !== c.content.start || other.content.end !== c.content.end || m < k)));
}

function indirect(text: string, sentence: ReportedSentence, clause: ReportedClause, passages: readonly QuotedPassage[], language: SuggestLanguage, knownActors: readonly KnownActor[]): QuotationSuggestion {
  const source = clause.sourceless ? undefined : sourceOf(text, sentence, clause, passages, language);
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
 * one quoted passage; when those rules find none, settle on another cue or on words inside the
 * content, the subject right before the verb (if any).
 */
function sourceOf(text: string, sentence: ReportedSentence, clause: ReportedClause, passages: readonly QuotedPassage[], language: SuggestLanguage): Span | undefined {
  const inSentence = passages.filter((p) => p.start < sentence.span.end && sentence.span.start < p.end);
  const attribution = attribute(text, clause.content, sentence.span, [...inSentence, clause.content], language);
  const speaker = attribution?.speaker;
  if (!speaker || !attribution.cue || !overlaps(attribution.cue, clause.cue) || overlaps(speaker, clause.content)) return clause.subject;
  return speaker;
}
