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
  return token.lower.includes('-') ? (INVERTED.exec(token.lower)?.[1] ?? token.lower) : token.lower;
}

const longestForms = new WeakMap<ReadonlySet<string>, number>();

function longestOf(forms: ReadonlySet<string>): number {
  let longest = longestForms.get(forms);
  if (longest === undefined) {
    longest = 0;
    for (const form of forms) longest = Math.max(longest, form.length);
    longestForms.set(forms, longest);
  }
  return longest;
}

const cueForms = new WeakMap<IndirectSpeechWords, ReadonlySet<string>>();

/** Every word that can start a cue, lowercase. */
export function cueWordsOf(words: IndirectSpeechWords): ReadonlySet<string> {
  const cached = cueForms.get(words);
  if (cached) return cached;
  const forms = new Set<string>([...words.verbs, ...words.bareClauseVerbs, ...words.hearerVerbs, ...words.sourcePostpositions, ...words.sourcePrepositions.map((p) => p.split(' ')[0]!)]);
  for (const more of [words.infinitives?.intentionVerbs, words.infinitives?.requestVerbs, words.infinitives?.passiveParticiples, words.objectVerbs?.verbs, words.attitudes?.adjectives]) for (const form of more ?? []) forms.add(form);
  cueForms.set(words, forms);
  return forms;
}

const LETTER = /[\p{L}\p{M}]/u;

/** A letter or combining mark; ASCII is decided without a regular expression, as most text is ASCII. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return code >= 0xc0 && LETTER.test(String.fromCharCode(code));
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/**
 * The words of `text` that can start a cue, with their offsets: letters, joined by an apostrophe
 * ("d'après"); "estime-t-il" gives "estime". A loop over character codes, not a regular
 * expression: this scan reads every word of the text on every pause in typing.
 */
function* cueWordsIn(text: string, forms: ReadonlySet<string>, longest: number): Generator<{ at: number; length: number }> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isLetter(text.charCodeAt(i)) || (isApostrophe(text.charCodeAt(i)) && i + 1 < n && isLetter(text.charCodeAt(i + 1))))) i++;
    if (i - start > longest || (start > 0 && /[\p{N}]/u.test(text[start - 1]!))) continue;
    const word = text.slice(start, i);
    const code = word.charCodeAt(0);
    if (forms.has(word) || ((code < 0x61 || code > 0x7a) && forms.has(word.toLowerCase()))) yield { at: start, length: i - start };
  }
}

/** Sentences of `text` that hold a cue word outside quotation marks, in text order, each once. */
export function sentencesWithCues(text: string, words: IndirectSpeechWords, passages: readonly QuotedPassage[]): ReportedSentence[] {
  const forms = cueWordsOf(words);
  const sentences: ReportedSentence[] = [];
  let covered = -1;
  let p = 0;
  for (const { at, length } of cueWordsIn(text, forms, longestOf(forms))) {
    if (at < covered) continue;
    while (p < passages.length && passages[p]!.end <= at) p++;
    if (insidePassage(passages, p, at)) continue;
    const span = sentenceAround(text, { start: at, end: at + length }, passages);
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
