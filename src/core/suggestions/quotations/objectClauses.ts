/**
 * Attributions whose content is the object of a verb of stance or of speech act, which
 * PolNeAR-style annotation counts beside the verbs of saying: "the union rejected the offer",
 * "the mayor praised the volunteers", "the report recommended a second ferry", and after a
 * comma a participle that goes on with its sentence's subject ("…, highlighting the cost of
 * repairs"). The content is the noun phrase after the verb, up to a comma, a colon or a word
 * that ends it ("while", "because", "via").
 */
import { message } from '../../messages';
import { rulesFor } from '../languages';
import type { ClauseContext, ReportedClause } from './reportedClauses';
import { contentSpan, cueOf, isComma, isWord, passive } from './reportedClauses';
import { verbGroupSubject } from './verbGroupSubject';

/** Present participles, which after a comma attribute to the sentence's subject ("…, highlighting …"). */
const PARTICIPLE = /ing$/u;

/** Adverbs between a passive auxiliary and its participle ("were twice denied", "was never rejected"). */
const ADVERBS = new Set(['twice', 'never', 'not', 'already', 'still', 'once', 'again', 'repeatedly']);

/** "They were twice denied visas": the passive, an adverb between. */
function passiveAcrossAdverbs(c: ClauseContext): boolean {
  let k = c.i - 1;
  while (k >= 0 && (ADVERBS.has(c.tokens[k]!.lower) || /^\p{Ll}+ly$/u.test(c.tokens[k]!.text) || c.words.timeWords.has(c.tokens[k]!.lower))) k--;
  return k >= 0 && k < c.i - 1 && c.words.passiveAuxiliaries.has(c.tokens[k]!.lower);
}

export function objectClause(c: ClauseContext): ReportedClause | undefined {
  const objects = c.words.objectVerbs;
  if (!objects || !objects.verbs.has(c.base) || passive(c) || passiveAcrossAdverbs(c)) return undefined;
  const { tokens, i } = c;
  const previous = tokens[i - 1];
  // "the rejected offer", "its requests": a noun or an adjective, not a verb
  if (previous && rulesFor(c.language).cues.determiners.has(previous.lower)) return undefined;
  const afterComma = isComma(previous) && PARTICIPLE.test(c.base);
  if (!afterComma && !(isWord(previous) && !previous!.passage)) return undefined;
  const first = tokens[i + 1];
  if (!first || first.passage || !isWord(first) || c.words.notClauseStarts.has(first.lower) || c.words.complementizers.has(first.lower)) return undefined;
  let end = i + 1;
  while (end < c.end && isWord(tokens[end]) && !tokens[end]!.passage && !objects.ends.has(tokens[end]!.lower)) end++;
  const content = contentSpan(tokens, i + 1, end, 2);
  if (!content) return undefined;
  const subject = afterComma ? undefined : verbGroupSubject(c);
  return { content, cue: cueOf(c), cueKind: 'verb', confidence: 0.55, reason: message('attribution: the object of a verb of stance'), ...(subject ? { subject } : {}) };
}
