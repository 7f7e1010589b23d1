/**
 * The rules that find the content of indirect speech around one cue word of a sentence, in
 * order: the first that answers decides.
 * - a clause opened by a complementizer after a verb of saying ("said that …", "a déclaré
 *   qu'…", "sagte, dass …");
 * - a clause right after the verb, without complementizer ("said the plan would fail", "told
 *   reporters it was over", German "sagte, er sei …" in the Konjunktiv);
 * - the clause a preposition of attribution introduces or closes ("According to X, …",
 *   "…, selon X.", "Laut X wurde …", "X zufolge …");
 * - the clause before the verb and its subject ("…, officials said.", "…, a-t-il précisé.",
 *   "…, sagte der Minister.").
 * The content runs to the end of the sentence (less its full stop) or to the comma before the
 * cue; it includes the complementizer, as PolNeAR's annotators do.
 */
import { message, type Message } from '../../messages';
import type { Span } from '../../model';
import { rulesFor } from '../languages';
import type { IndirectSpeechWords } from '../languages/rules';
import type { SuggestLanguage } from '../types';
import { baseForm, type ReportedSentence, type SentenceToken } from './reportedSentence';

export interface ReportedClause {
  readonly content: Span;
  readonly cue: Span;
  readonly cueKind: 'verb' | 'preposition';
  readonly confidence: number;
  readonly reason: Message;
  /** The subject right before a verb cue ("officials said"), for when the cue rules of direct quotations find none. */
  readonly subject?: Span;
  /** The text names no source ("pupils are required to …"): no speaker is looked for. */
  readonly sourceless?: boolean;
}

export interface ClauseContext {
  readonly sentence: ReportedSentence;
  readonly tokens: readonly SentenceToken[];
  /** Index of the cue word in `tokens`. */
  readonly i: number;
  /** The cue word, French inversion removed ("estime-t-il" → "estime"). */
  readonly base: string;
  readonly words: IndirectSpeechWords;
  readonly language: SuggestLanguage;
  /** Index after the last token of the content at the end of the sentence (its full stop left out). */
  readonly end: number;
}

const SENTENCE_PUNCTUATION = /^[.!?…;:]$/u;
/** Present participles (English, French, German), which go on with a sentence instead of closing it. */
const PARTICIPLE = /(?:ing|ant|end)$/u;
/** Words a clause of content may open with: German articles and English object pronouns included. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'parliament', 'police', 'investigators']);
/** Words that join a phrase governed by a German preposition of attribution ("Laut Angaben der Polizei"). */
const GERMAN_PHRASE_LINKS = new Set(['der', 'des', 'dem', 'den', 'die', 'das', 'von', 'vom', 'zur', 'zum', 'für', 'im', 'am', 'bei', 'aus', 'in', 'ein', 'eine', 'einem', 'einer', 'eines', 'seiner', 'ihrer', 'seines', 'ihres', 'und']);
/** Conjunctions that may open a sentence before "according to", "selon", "laut". */
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'mais', 'et', 'or', 'aber', 'und', 'doch']);

export const isWord = (t: SentenceToken | undefined): boolean => t !== undefined && (t.passage !== undefined || /[\p{L}\p{N}]/u.test(t.text));
export const isComma = (t: SentenceToken | undefined): boolean => t !== undefined && t.passage === undefined && t.text === ',';
const isCapitalised = (t: SentenceToken): boolean => t.passage === undefined && /^\p{Lu}/u.test(t.text);

export function isComplementizer(t: SentenceToken | undefined, words: IndirectSpeechWords): boolean {
  if (!t || t.passage) return false;
  return words.complementizers.has(t.lower) || [...words.complementizers].some((c) => /['’]$/u.test(c) && t.lower.startsWith(c) && t.lower.length > c.length);
}

export function isVerbCue(base: string, words: IndirectSpeechWords): boolean {
  return words.verbs.has(base) || words.bareClauseVerbs.has(base) || words.hearerVerbs.has(base);
}

/** Index after the sentence's last token, its closing full stop (and spaces) left out. */
export function contentEnd(tokens: readonly SentenceToken[]): number {
  let end = tokens.length;
  while (end > 0 && !tokens[end - 1]!.passage && /^[.!?…;:,)\]]$/u.test(tokens[end - 1]!.text)) end--;
  return end;
}

/** A span from token `from` up to (not including) token `to`, or undefined when it holds fewer than `least` words. */
export function contentSpan(tokens: readonly SentenceToken[], from: number, to: number, least = 3): Span | undefined {
  let count = 0;
  for (let k = from; k < to; k++) if (isWord(tokens[k])) count++;
  if (count < least || from >= to) return undefined;
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end };
}

/** Whether the verb is passive ("is said to", "a été annoncé"): it reports no one's words. */
export function passive(c: ClauseContext): boolean {
  let k = c.i - 1;
  while (k >= 0 && c.words.timeWords.has(c.tokens[k]!.lower)) k--;
  return k >= 0 && c.words.passiveAuxiliaries.has(c.tokens[k]!.lower);
}

/** "the claims that", "des rapports que": a noun, not a verb (English and French write them alike). */
function nounAfterDeterminer(c: ClauseContext): boolean {
  const previous = c.tokens[c.i - 1];
  return previous !== undefined && (rulesFor(c.language).cues.determiners.has(previous.lower) || previous.lower === 'united' || previous.lower === 'member');
}

function verbCue(c: ClauseContext): boolean {
  return isVerbCue(c.base, c.words) && !passive(c) && !nounAfterDeterminer(c) && !(c.language === 'de' && c.i > 0 && isCapitalised(c.tokens[c.i]!));
}

export const cueOf = (c: ClauseContext): Span => ({ start: c.tokens[c.i]!.start, end: c.tokens[c.i]!.end });

/** Auxiliaries and adverbs between a subject and its verb of saying ("has also said", "a aussi déclaré"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'have', 'had', 'also', 'will', 'would', 'did', 'does', 'do', 'a', 'ont', 'avait', 'avaient', 'aussi', 'également', 'hat', 'haben', 'hatte', 'hatten', 'auch']);

/** The words right before a verb cue, back to punctuation or a conjunction: its subject ("officials said", "researchers say"). */
export function subjectBefore(c: ClauseContext): Span | undefined {
  const { tokens, words } = c;
  let k = c.i - 1;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.lower)) k--;
  const last = k;
  // "On Monday the council said": a time word ends the subject too
  while (k >= 0 && last - k < 6 && isWord(tokens[k]) && !tokens[k]!.passage && !words.clauseLinks.has(tokens[k]!.lower) && !words.timeWords.has(tokens[k]!.lower)) k--;
  return last > k ? { start: tokens[k + 1]!.start, end: tokens[last]!.end } : undefined;
}

/** A clause of a verb cue, with the subject before the verb. */
function verbClause(c: ClauseContext, content: Span, confidence: number, reason: Message): ReportedClause {
  const subject = subjectBefore(c);
  return { content, cue: cueOf(c), cueKind: 'verb', confidence, reason, ...(subject ? { subject } : {}) };
}

/** "said that …", "a déclaré jeudi à l'AFP qu'…", "sagte am Montag, dass …". */
export function clauseOpenedByAComplementizer(c: ClauseContext): ReportedClause | undefined {
  if (!verbCue(c)) return undefined;
  const { tokens, words } = c;
  for (let j = c.i + 1; j < Math.min(c.end, c.i + 12); j++) {
    const t = tokens[j]!;
    if (t.passage || SENTENCE_PUNCTUATION.test(t.text)) return undefined;
    if (isComplementizer(t, words)) {
      const content = contentSpan(tokens, j, c.end);
      return content && verbClause(c, content, 0.75, message('indirect speech: a clause opened by a conjunction after a verb of saying'));
    }
    if (j > c.i + 1 && isVerbCue(baseForm(t), words)) return undefined;
  }
  return undefined;
}

/** Index after the hearer of "told reporters", "told The Times", "told the newspaper"; `from` itself when there is none. */
function afterHearer(tokens: readonly SentenceToken[], from: number, c: ClauseContext): number {
  let j = from;
  const t = tokens[j];
  if (!t || t.passage) return j;
  if (OBJECT_PRONOUNS.has(t.lower)) return j + 1;
  if (rulesFor(c.language).cues.determiners.has(t.lower)) j++;
  if (tokens[j] && isCapitalised(tokens[j]!)) {
    while (j < c.end && tokens[j] && isCapitalised(tokens[j]!)) j++;
    return j;
  }
  // "the newspaper", "local media": one or two lowercase words
  let k = j;
  while (k < j + 2 && k < c.end && tokens[k] && /^\p{Ll}/u.test(tokens[k]!.text) && !c.words.clauseOpeners.has(tokens[k]!.lower)) k++;
  return k > j ? k : from;
}

/** "said the plan would fail", "told reporters he was leaving" (English): a clause without "that". */
export function clauseRightAfterTheVerb(c: ClauseContext): ReportedClause | undefined {
  const { tokens, words } = c;
  if (c.language !== 'en' || !verbCue(c) || !(words.bareClauseVerbs.has(c.base) || words.hearerVerbs.has(c.base))) return undefined;
  // "“…,” said Smith": the subject follows the verb, no clause does; "Paul Dewar, an MP, said the …" has its subject before
  const previous = tokens[c.i - 1];
  const afterApposition = isComma(previous) && isWord(tokens[c.i - 2]) && !tokens[c.i - 2]!.passage;
  if (c.i === 0 || !(afterApposition || (isWord(previous) && !previous!.passage))) return undefined;
  let j = c.i + 1;
  while (j < c.end && words.timeWords.has(tokens[j]!.lower)) j++;
  if (words.hearerVerbs.has(c.base)) j = afterHearer(tokens, j, c);
  while (j < c.end && words.timeWords.has(tokens[j]!.lower)) j++;
  const first = tokens[j];
  if (!first || first.passage || !isWord(first)) return undefined;
  const opensAClause = words.clauseOpeners.has(first.lower) || isCapitalised(first) || /^\d/u.test(first.text);
  // "says manufacturers could …": after a verb of plain saying, any word but an object or a preposition
  if (!opensAClause && !(words.sayVerbs.has(c.base) && !words.notClauseStarts.has(first.lower))) return undefined;
  // "…, said John Smith, the spokesman.": after a comma, a name and its apposition are the subject, not a clause
  if (afterApposition && isCapitalised(first)) {
    let k = j;
    while (k < c.end && !isComma(tokens[k])) k++;
    if (tokens.slice(j, k).every((t) => isCapitalised(t) || t.text === '.') || k - j <= 3) return undefined;
  }
  const content = contentSpan(tokens, j, c.end, 4);
  return content && verbClause(c, content, 0.6, message('indirect speech: a clause right after a verb of saying'));
}

/** "sagte am Montag, er sei …", "erklärte der Zeitung, man habe …": a clause in the Konjunktiv after a comma. */
export function clauseInTheSubjunctive(c: ClauseContext): ReportedClause | undefined {
  const { tokens, words } = c;
  if (words.reportingMoods.size === 0 || !verbCue(c) || !words.bareClauseVerbs.has(c.base)) return undefined;
  let comma = c.i + 1;
  while (comma < Math.min(c.end, c.i + 10) && !isComma(tokens[comma]) && !tokens[comma]!.passage && !SENTENCE_PUNCTUATION.test(tokens[comma]!.text)) comma++;
  if (!isComma(tokens[comma])) return undefined;
  const first = tokens[comma + 1];
  if (!first || first.passage || !(words.clauseOpeners.has(first.lower) || isCapitalised(first))) return undefined;
  let k = comma + 1;
  while (k < c.end && !isComma(tokens[k]) && !words.reportingMoods.has(tokens[k]!.lower)) k++;
  if (k >= c.end || !words.reportingMoods.has(tokens[k]!.lower)) return undefined;
  const content = contentSpan(tokens, comma + 1, c.end);
  return content && verbClause(c, content, 0.7, message('indirect speech: a clause in the subjunctive after a verb of saying'));
}

/** How many tokens of a preposition of attribution start at `i` ("according to" → 2), 0 when none does. */
function sourcePrepositionLength(tokens: readonly SentenceToken[], i: number, words: IndirectSpeechWords): number {
  for (const preposition of words.sourcePrepositions) {
    const parts = preposition.split(' ');
    if (parts.every((part, k) => tokens[i + k] && !tokens[i + k]!.passage && tokens[i + k]!.lower === part)) return parts.length;
  }
  return 0;
}

/** Whether only an opening conjunction (or nothing) comes before token `i` in its sentence. */
function opensTheSentence(tokens: readonly SentenceToken[], i: number): boolean {
  for (let k = 0; k < i; k++) if (isWord(tokens[k]) && !OPENING_CONJUNCTIONS.has(tokens[k]!.lower)) return false;
  return true;
}

/** "According to X, …", "Selon lui, …", "Laut Polizei wurde …"; "…, according to X." */
export function clauseOfASourcePreposition(c: ClauseContext): ReportedClause | undefined {
  const { tokens, words, i } = c;
  const length = sourcePrepositionLength(tokens, i, words);
  if (length === 0) return undefined;
  const cue = { start: tokens[i]!.start, end: tokens[i + length - 1]!.end };
  const reason = message('indirect speech: a clause attributed by a preposition');
  if (opensTheSentence(tokens, i)) {
    let comma = i + length;
    while (comma < Math.min(c.end, i + length + 12) && !isComma(tokens[comma])) comma++;
    if (isComma(tokens[comma])) {
      const content = contentSpan(tokens, comma + 1, c.end);
      return content && { content, cue, cueKind: 'preposition', confidence: 0.75, reason };
    }
    if (c.language === 'en') return clauseAfterAnUnpunctuatedSource(c, i + length, cue);
    if (c.language !== 'de') return undefined;
    // German puts the verb second, right after the source: the first lowercase word that links no phrase
    let verb = i + length;
    // "nach Angaben von n24": whatever follows "von" is a name
    while (verb < c.end && (isCapitalised(tokens[verb]!) || tokens[verb]!.passage || GERMAN_PHRASE_LINKS.has(tokens[verb]!.lower) || /^(von|vom)$/u.test(tokens[verb - 1]!.lower))) verb++;
    const content = verb > i + length ? contentSpan(tokens, verb, c.end) : undefined;
    return content && { content, cue, cueKind: 'preposition', confidence: 0.7, reason };
  }
  // "…, according to X." (English news also leaves the comma out: "… visitors according to the website.")
  if (!isComma(tokens[i - 1]) && !(c.language === 'en' && isWord(tokens[i - 1]) && !tokens[i - 1]!.passage && c.end - (i + length) <= 6)) return undefined;
  const rest = tokens.slice(i + length, c.end);
  if (rest.length > 10 || rest.some((t) => t.passage || isComplementizer(t, words))) return undefined;
  const content = contentSpan(tokens, firstWord(tokens), isComma(tokens[i - 1]) ? i - 1 : i);
  return content && { content, cue, cueKind: 'preposition', confidence: 0.7, reason };
}

/** Words that join the parts of a source's name after "according to" ("the Ministry of Health"). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * "According to the Fire Service two houses burned": no comma after the source, which English
 * news leaves out after a short name. The source is a name (after a determiner), its capitalised
 * words joined by "of", "the", "and"; the content starts with the first lowercase word or
 * number after it that is no preposition.
 */
function clauseAfterAnUnpunctuatedSource(c: ClauseContext, from: number, cue: Span): ReportedClause | undefined {
  const { tokens } = c;
  let j = from;
  if (tokens[j] && rulesFor(c.language).cues.determiners.has(tokens[j]!.lower)) j++;
  const nameStart = j;
  while (j < c.end && tokens[j] && (isCapitalised(tokens[j]!) || /^['’]s$/u.test(tokens[j]!.lower) || (NAME_JOINERS.has(tokens[j]!.lower) && tokens[j + 1] !== undefined && isCapitalised(tokens[j + 1]!)))) j++;
  const first = tokens[j];
  if (j === nameStart || !first || first.passage || !/^[\p{Ll}\p{N}]/u.test(first.text) || c.words.notClauseStarts.has(first.lower) || isComplementizer(first, c.words)) return undefined;
  const content = contentSpan(tokens, j, c.end, 4);
  return content && { content, cue, cueKind: 'preposition', confidence: 0.65, reason: message('indirect speech: a clause attributed by a preposition') };
}

/** "Den Angaben zufolge wurde …": the clause after a postposition that ends the sentence's first phrase. */
export function clauseAfterASourcePostposition(c: ClauseContext): ReportedClause | undefined {
  const { tokens, words, i } = c;
  if (!words.sourcePostpositions.has(c.base) || i > 8 || tokens.slice(0, i).some((t) => !isWord(t))) return undefined;
  const content = contentSpan(tokens, i + 1, c.end);
  return content && { content, cue: cueOf(c), cueKind: 'preposition', confidence: 0.7, reason: message('indirect speech: a clause attributed by a preposition') };
}

function firstWord(tokens: readonly SentenceToken[]): number {
  let k = 0;
  while (k < tokens.length && !isWord(tokens[k])) k++;
  return k;
}

/** "…, officials said.", "…, said the minister.", "…, a-t-il précisé.", "…, sagte der Minister.". */
export function clauseBeforeTheVerb(c: ClauseContext): ReportedClause | undefined {
  const { tokens, words } = c;
  // "…, confirmant les soupçons", "…, adding": a participle goes on with the sentence, it attributes nothing before it
  if (!verbCue(c) || PARTICIPLE.test(c.base)) return undefined;
  let k = c.i - 1;
  let subject = 0;
  while (k >= 0 && isWord(tokens[k]) && !tokens[k]!.passage) {
    if (words.clauseLinks.has(tokens[k]!.lower) || subject >= 6) return undefined;
    subject++;
    k--;
  }
  if (!isComma(tokens[k])) return undefined;
  const rest = tokens.slice(c.i + 1, c.end);
  if (rest.length > 12 || rest.some((t) => t.passage || isComplementizer(t, words) || (t !== rest[0] && isVerbCue(baseForm(t), words)))) return undefined;
  // "…, laser light show and theme music": a link after the verb goes on with a list, no one speaks
  if (rest[0] && words.clauseLinks.has(rest[0].lower)) return undefined;
  const start = firstWord(tokens);
  // "“…,” he said": a direct quotation, which the quotation rules attribute
  if (tokens[start]?.passage && start === k - 1) return undefined;
  const content = contentSpan(tokens, start, k);
  return content && verbClause(c, content, 0.65, message('indirect speech: a clause before a verb of saying and its subject'));
}

/** The rules, in order: the first that answers for a cue decides. */
export const CLAUSE_RULES: readonly ((c: ClauseContext) => ReportedClause | undefined)[] = [
  clauseOpenedByAComplementizer,
  clauseRightAfterTheVerb,
  clauseInTheSubjunctive,
  clauseOfASourcePreposition,
  clauseAfterASourcePostposition,
  clauseBeforeTheVerb,
];
