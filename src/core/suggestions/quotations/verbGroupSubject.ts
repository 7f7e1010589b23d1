/**
 * The subject of a verb of intention, request or stance (or of an adjective of attitude, its
 * copula given as `before`): the words before its verb group, read
 * back over auxiliaries, adverbs and verbs that only start or go on with it ("several towns have
 * started asking", "the bakery no longer wants", "he really hoped"), up to punctuation, a link
 * word or a time word.
 */
import type { Span } from '../../model';
import type { ClauseContext } from './reportedClauses';
import { isWord } from './reportedClauses';

/** Words of a verb group before its main verb (English): auxiliaries, negation, aspect verbs. */
const VERB_GROUP = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'no', 'longer', 'never', 'also', 'still', 'already', 'just', 'started', 'starts', 'start', 'began', 'begun', 'begins', 'continued', 'continues', 'keeps', 'kept']);
const LONGEST_SUBJECT = 6;

/**
 * Undefined when the words before the verb group hold another verb or end with a preposition
 * ("…, Roberto Maroni, has reacted by proposing"), and before a participle without an auxiliary
 * ("the request of the council asking …"): the participle then qualifies a noun, whose words
 * are no source.
 */
export function verbGroupSubject(c: ClauseContext, before = c.i): Span | undefined {
  const { tokens, words } = c;
  let k = before - 1;
  while (k >= 0 && !tokens[k]!.passage && (VERB_GROUP.has(tokens[k]!.lower) || /^\p{Ll}+ly$/u.test(tokens[k]!.text))) k--;
  const last = k;
  if (/ing$/u.test(c.base) && last === before - 1) return undefined;
  while (k >= 0 && last - k < LONGEST_SUBJECT && isWord(tokens[k]) && !tokens[k]!.passage && !words.clauseLinks.has(tokens[k]!.lower) && !words.timeWords.has(tokens[k]!.lower)) k--;
  if (last <= k) return undefined;
  const subject = tokens.slice(k + 1, last + 1);
  if (words.notClauseStarts.has(tokens[last]!.lower) || subject.some((t) => VERB_GROUP.has(t.lower))) return undefined;
  return { start: tokens[k + 1]!.start, end: tokens[last]!.end };
}
