/**
 * Attitudes, which PolNeAR-style annotation counts as attributions: "the unions are critical of
 * the reform", "residents were pleased with the new park", "farmers are worried that the river
 * will flood", "the board is confident the deal will hold". A copula, adverbs maybe, an adjective
 * of attitude; the content is the noun phrase after its preposition or the clause after it.
 */
import { message } from '../../messages';
import type { ClauseContext, ReportedClause } from './reportedClauses';
import { contentSpan, cueOf, isComplementizer, isWord } from './reportedClauses';
import { verbGroupSubject } from './verbGroupSubject';

/** Adverbs between the copula and the adjective ("is extremely critical", "were not pleased"). */
const DEGREE = /^(?:\p{Ll}+ly|very|not|so|also|too|still|deeply|increasingly)$/u;

export function attitudeClause(c: ClauseContext): ReportedClause | undefined {
  const attitudes = c.words.attitudes;
  if (!attitudes || !attitudes.adjectives.has(c.base)) return undefined;
  const { tokens, i } = c;
  let k = i - 1;
  while (k >= 0 && !tokens[k]!.passage && DEGREE.test(tokens[k]!.lower)) k--;
  if (k < 0 || !attitudes.copulas.has(tokens[k]!.lower)) return undefined;
  const next = tokens[i + 1];
  if (!next || next.passage || !isWord(next)) return undefined;
  let from: number;
  if (attitudes.prepositions.has(next.lower)) from = i + 2;
  else if (isComplementizer(next, c.words) || c.words.clauseOpeners.has(next.lower)) from = i + 1;
  else return undefined;
  let end = from;
  while (end < c.end && isWord(tokens[end]) && !tokens[end]!.passage && !(c.words.objectVerbs?.ends.has(tokens[end]!.lower) ?? false)) end++;
  const content = contentSpan(tokens, from, end, 2);
  if (!content) return undefined;
  const subject = verbGroupSubject(c, k);
  return { content, cue: { start: tokens[k]!.start, end: cueOf(c).end }, cueKind: 'verb', confidence: 0.55, reason: message('attribution: an attitude and what it is about'), ...(subject ? { subject } : {}) };
}
