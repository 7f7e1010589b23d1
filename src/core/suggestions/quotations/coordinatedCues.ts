/**
 * Two attributions joined in one sentence: "She said the pool would close, and said the gym
 * would stay open", "They claimed he was a guest and claim he lied", "Officials told the paper
 * the line would open in May, with the mayor adding it would be free". The first content ends
 * where the coordinator of the second cue starts, so that each cue keeps its own content instead
 * of the first one swallowing the second. A content also ends before ", according to X": that
 * attribution is the outer one ("the mayor said that …, according to the paper" reports the paper).
 */
import type { IndirectSpeechWords } from '../languages/rules';
import { isComma, isWord, type ReportedClause } from './reportedClauses';
import type { SentenceToken } from './reportedSentence';

/** How many words may stand between the coordinator and the second cue: its subject ("with the mayor adding"). */
const LONGEST_SUBJECT = 3;

/** Index of the token at `offset`, or -1. */
const tokenAt = (tokens: readonly SentenceToken[], offset: number): number => tokens.findIndex((t) => t.start === offset);

/** Where a clause's content ends when a coordinated cue inside it opens another clause: before the coordinator (and its comma). */
function cutBefore(tokens: readonly SentenceToken[], clause: ReportedClause, other: ReportedClause, cue: number, words: IndirectSpeechWords): number | undefined {
  const coordinators = words.coordinators;
  if (!coordinators) return undefined;
  // "…, according to the paper": a preposition of attribution after a comma closes the content before it
  if (other.cueKind === 'preposition' && isComma(tokens[cue - 1])) return cue - 1;
  for (let k = cue - 1; k >= Math.max(0, cue - 1 - LONGEST_SUBJECT); k--) {
    const t = tokens[k]!;
    if (t.start <= clause.content.start) return undefined;
    if (coordinators.has(t.lower)) return isComma(tokens[k - 1]) ? k - 1 : k;
    if (!isWord(t) || t.passage || words.clauseLinks.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * Whether quoted words stand in the content on both sides of the cut ("said it was “cheap”, and
 * said it was “too late”"): the quotation rules join such quoted words into one quotation, which
 * the whole clause then holds, so the clause stays whole.
 */
function quotedOnBothSides(tokens: readonly SentenceToken[], clause: ReportedClause, cut: number): boolean {
  const inContent = (t: SentenceToken): boolean => t.passage !== undefined && clause.content.start <= t.start && t.end <= clause.content.end;
  return tokens.slice(0, cut).some(inContent) && tokens.slice(cut).some(inContent);
}

/** The clauses, each content ending before a coordinated cue of another clause inside it. */
export function splitAtCoordinatedCues(tokens: readonly SentenceToken[], clauses: readonly ReportedClause[], words: IndirectSpeechWords): ReportedClause[] {
  if (!words.coordinators || clauses.length < 2) return [...clauses];
  return clauses.map((clause) => {
    let end = clause.content.end;
    for (const other of clauses) {
      if (other === clause || other.cue.start <= clause.content.start || other.cue.start >= end) continue;
      const cue = tokenAt(tokens, other.cue.start);
      const cut = cue < 0 ? undefined : cutBefore(tokens, clause, other, cue, words);
      if (cut === undefined || cut <= 0 || tokens[cut - 1]!.end <= clause.content.start || quotedOnBothSides(tokens, clause, cut)) continue;
      end = Math.min(end, tokens[cut - 1]!.end);
    }
    return end === clause.content.end ? clause : { ...clause, content: { start: clause.content.start, end } };
  });
}
