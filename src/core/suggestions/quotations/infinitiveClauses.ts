/**
 * Attributions whose content is an infinitive, which PolNeAR-style annotation counts beside
 * speech: intentions ("the club plans to build a stand"), requests ("she asked the council to
 * reopen the pool") and, passive, requirements and beliefs whose source the text does not give
 * ("pupils are required to wear a uniform", "the stone is believed to bring luck"). Active, the
 * content is the infinitive from its marker on and the subject is the source; passive, the
 * content is the whole clause, without a source. The content stops at the first comma: what
 * follows is most often a circumstance of the sentence, not the intention.
 */
import { message } from '../../messages';
import { rulesFor } from '../languages';
import type { ReportedClause, ClauseContext } from './reportedClauses';
import { contentSpan, cueOf, isComma, isComplementizer, isWord, passive } from './reportedClauses';
import { verbGroupSubject } from './verbGroupSubject';
import type { SentenceToken } from './reportedSentence';

/** How many words a request's object may hold before the infinitive ("asked the city's transport council to …"). */
const LONGEST_OBJECT = 6;
/** How many words a passive clause's subject may hold before its auxiliary. */
const LONGEST_SUBJECT = 8;

/** Whether `j` is the marker of an infinitive: "to" and a lowercase word that cannot open a noun phrase ("to hold", not "to the", "to Paris", "to 2050"). */
function infinitiveAt(c: ClauseContext, j: number, marker: string): boolean {
  const to = c.tokens[j];
  const verb = c.tokens[j + 1];
  if (!to || !verb || to.passage || verb.passage || to.lower !== marker || j + 1 >= c.end) return false;
  if (!/^\p{Ll}+$/u.test(verb.text)) return false;
  return !c.words.clauseOpeners.has(verb.lower) && !rulesFor(c.language).cues.determiners.has(verb.lower);
}

/** Index after the content that starts at `from`: the first comma, or the end of the sentence. */
function endOfClause(c: ClauseContext, from: number): number {
  for (let k = from; k < c.end; k++) if (isComma(c.tokens[k]) || c.tokens[k]!.passage) return k;
  return c.end;
}

/** Index of the passive auxiliary before the cue, time words and adverbs between ("was also told"). */
function auxiliaryBefore(c: ClauseContext): number {
  let k = c.i - 1;
  while (k >= 0 && c.words.timeWords.has(c.tokens[k]!.lower)) k--;
  return k;
}

/** Index of the first word of the clause that ends before `k`: after a comma, a clause link or the sentence start. */
function clauseStart(tokens: readonly SentenceToken[], k: number, c: ClauseContext): number {
  let start = k + 1;
  while (start > 0 && k + 1 - start < LONGEST_SUBJECT) {
    const t = tokens[start - 1]!;
    if (!isWord(t) || t.passage || c.words.clauseLinks.has(t.lower)) break;
    start--;
  }
  return start;
}

/** "Pupils are required to wear a uniform", "the first stage was told to wait": the whole clause, no source. */
function passiveClause(c: ClauseContext, marker: string): ReportedClause | undefined {
  const auxiliary = auxiliaryBefore(c);
  let to = c.i + 1;
  while (to < c.end && c.words.timeWords.has(c.tokens[to]!.lower)) to++;
  if (!infinitiveAt(c, to, marker)) return undefined;
  const start = clauseStart(c.tokens, auxiliary - 1, c);
  // a subject of its own: at least one word before the auxiliary
  if (start > auxiliary - 1) return undefined;
  const content = contentSpan(c.tokens, start, endOfClause(c, to), 4);
  return content && { content, cue: cueOf(c), cueKind: 'verb', confidence: 0.55, reason: message('attribution: a requirement or belief without its source, before an infinitive'), sourceless: true };
}

/** "plans to hold", "asked the council to reopen": the infinitive, with the subject as the source. */
function activeClause(c: ClauseContext, to: number): ReportedClause | undefined {
  const content = contentSpan(c.tokens, to, endOfClause(c, to + 1), 2);
  if (!content) return undefined;
  const subject = verbGroupSubject(c);
  return { content, cue: cueOf(c), cueKind: 'verb', confidence: 0.6, reason: message('attribution: an intention or a request, before an infinitive'), ...(subject ? { subject } : {}) };
}

/** Index of the infinitive's marker after a request's object ("asked [the council] to"), or -1. */
function afterObject(c: ClauseContext, marker: string): number {
  for (let j = c.i + 2; j <= Math.min(c.end - 1, c.i + 1 + LONGEST_OBJECT); j++) {
    const t = c.tokens[j - 1]!;
    if (!isWord(t) || t.passage || isComplementizer(t, c.words) || t.lower === marker) return -1;
    if (infinitiveAt(c, j, marker)) return j;
  }
  return -1;
}

export function infinitiveClause(c: ClauseContext): ReportedClause | undefined {
  const infinitives = c.words.infinitives;
  if (!infinitives || c.tokens[c.i]!.passage) return undefined;
  const { marker } = infinitives;
  const request = infinitives.requestVerbs.has(c.base);
  // "is urging the county to …" is progressive, not passive
  if (passive(c) && !/ing$/u.test(c.base)) return request || infinitives.passiveParticiples.has(c.base) ? passiveClause(c, marker) : undefined;
  if (infinitives.intentionVerbs.has(c.base)) {
    let to = c.i + 1;
    while (to < c.end && c.words.timeWords.has(c.tokens[to]!.lower)) to++;
    if (infinitiveAt(c, to, marker)) return activeClause(c, to);
  }
  if (request) {
    const to = afterObject(c, marker);
    if (to >= 0) return activeClause(c, to);
  }
  return undefined;
}
