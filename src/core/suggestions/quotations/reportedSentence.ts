/**
 * What the indirect-speech rules read: the sentences of a text that hold a word of indirect
 * speech, as tokens in which every quotation-marked passage is one placeholder token (its words
 * are someone's, never a cue), and where those words are.
 */
import type { Span } from '../../model';
import type { IndirectSpeechWords } from '../languages/rules';
import { sentenceAround, tokenize, type Token } from '../text/tokens';
import type { QuotedPassage } from './quotePairs';

export interface SentenceToken extends Token {
  /** Set on the placeholder of a quotation-marked passage. */
  readonly passage?: QuotedPassage;
}

export interface ReportedSentence {
  readonly span: Span;
  readonly tokens: readonly SentenceToken[];
}

/** The verb itself in a French inverted form ("estime-t-il" → "estime", "a-t-elle" → "a"). */
const INVERTED = /^(.+?)-(?:t-)?(?:il|elle|ils|elles|on)$/u;

export function baseForm(token: Token): string {
  return INVERTED.exec(token.lower)?.[1] ?? token.lower;
}

const cuePatterns = new WeakMap<IndirectSpeechWords, RegExp>();

/** One regular expression for every word that can start a cue, so that sentences without one cost a single scan. */
function cuePattern(words: IndirectSpeechWords): RegExp {
  const cached = cuePatterns.get(words);
  if (cached) return cached;
  const forms = new Set<string>([...words.verbs, ...words.bareClauseVerbs, ...words.hearerVerbs, ...words.sourcePostpositions, ...words.sourcePrepositions.map((p) => p.split(' ')[0]!)]);
  const escaped = [...forms].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}'’])`, 'giu');
  cuePatterns.set(words, pattern);
  return pattern;
}

/** Sentences of `text` that hold a cue word outside quotation marks, in text order, each once. */
export function sentencesWithCues(text: string, words: IndirectSpeechWords, passages: readonly QuotedPassage[]): ReportedSentence[] {
  const pattern = cuePattern(words);
  pattern.lastIndex = 0;
  const sentences: ReportedSentence[] = [];
  let covered = -1;
  let p = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const at = match.index;
    if (at < covered) continue;
    while (p < passages.length && passages[p]!.end <= at) p++;
    if (insidePassage(passages, p, at)) continue;
    const span = sentenceAround(text, { start: at, end: at + match[0].length }, passages);
    covered = span.end;
    sentences.push({ span, tokens: sentenceTokens(text, span, passages) });
  }
  return sentences;
}

/** Whether `at` lies inside one of `passages` (sorted by start), looking from index `from` on. */
function insidePassage(passages: readonly QuotedPassage[], from: number, at: number): boolean {
  for (let i = from; i < passages.length && passages[i]!.start <= at; i++) if (at < passages[i]!.end) return true;
  return false;
}

/** The tokens of `span`, each outermost quotation-marked passage folded into one placeholder token. */
function sentenceTokens(text: string, span: Span, passages: readonly QuotedPassage[]): SentenceToken[] {
  const inside = passages.filter((q) => q.depth === 0 && q.start < span.end && span.start < q.end);
  const tokens: SentenceToken[] = [];
  let q = 0;
  for (const token of tokenize(text, span.start, span.end)) {
    while (q < inside.length && inside[q]!.end <= token.start) q++;
    const passage = inside[q];
    if (passage && passage.start <= token.start) {
      const last = tokens[tokens.length - 1];
      if (last?.passage !== passage) tokens.push({ start: passage.start, end: passage.end, text: '"', lower: '"', passage });
      continue;
    }
    tokens.push(token);
  }
  return tokens;
}
