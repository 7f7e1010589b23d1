/**
 * What a pronoun or a short definite description stands for: "il", "elle", "er", "sie", "he",
 * "she" → the nearest earlier name of a person that can be the subject (not after a preposition
 * of place, not a sentence-opening function word, agreeing in gender when a title shows it);
 * "le ministre", "der Sprecher", "the senator" → the name the text gave that title before.
 * The speaker stays the expression the text uses (the annotation guidelines point at it); the
 * antecedent links it to a known actor and makes the evidence stronger.
 */
import type { Span } from '../../model';
import { DETERMINERS } from '../languages/cueLexicon';
import { rulesFor } from '../languages';
import { FIRST_NAMES } from '../languages/lexicons';
import { tokenize, type Token } from '../text/tokens';
import type { SuggestLanguage } from '../types';

/** Singular pronouns that stand for one person, and the gender they show. */
const PERSON_PRONOUNS: Record<SuggestLanguage, Readonly<Record<string, 'm' | 'f'>>> = {
  fr: { il: 'm', elle: 'f', lui: 'm', 'ce dernier': 'm', 'cette dernière': 'f', 'celui-ci': 'm', 'celle-ci': 'f' },
  en: { he: 'm', she: 'f', him: 'm', her: 'f', 'the latter': 'm' },
  de: { er: 'm', sie: 'f', ihm: 'm' },
};

/** Titles that show the gender of the name after them. */
const FEMININE_TITLES = /^(mme|madame|mlle|mrs|ms|frau|la|die|sa|her)$/u;
const MASCULINE_TITLES = /^(m|monsieur|mr|herr|le|der|son|his)$/u;

/** How far back an antecedent is looked for (characters): about two short paragraphs. */
const LOOKBACK = 700;

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
}

/** Capitalised runs (names) in `tokens`, each with the word before it. */
function nameRuns(tokens: readonly Token[], language: SuggestLanguage): { run: Token[]; before: Token | undefined }[] {
  const rules = rulesFor(language);
  const runs: { run: Token[]; before: Token | undefined }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!isCapitalised(tokens[k]!)) continue;
    const run: Token[] = [];
    while (k < tokens.length && (isCapitalised(tokens[k]!) || (run.length > 0 && /^(de|van|von|al|ben|bin|da|di|del|du|le|la)$/u.test(tokens[k]!.lower) && isCapitalised(tokens[k + 1] ?? tokens[k]!)))) run.push(tokens[k++]!);
    k--;
    while (run.length > 0 && (rules.sentenceStartWords.includes(run[0]!.lower) || rules.prepositionOpeners.includes(run[0]!.lower) || rules.titles.includes(run[0]!.lower) || DETERMINERS[language].has(run[0]!.lower))) run.shift();
    if (run.length > 0) runs.push({ run, before: tokens[tokens.indexOf(run[0]!) - 1] });
  }
  return runs;
}

/** Whether a run of capitalised words reads as a person's name: two words or more, or a known first name, or a surname the text gave with a first name. */
function looksLikePerson(run: readonly Token[], surnames: ReadonlySet<string>): boolean {
  if (run.some((t) => FIRST_NAMES.has(t.lower))) return true;
  if (run.length === 1) return surnames.has(run[0]!.text);
  // organisations and places are capitalised runs too: a person's name has no all-caps word and no more than four words
  return run.length <= 4 && !run.some((t) => /^\p{Lu}{2,}$/u.test(t.text));
}

/** Last words of names given with a first name in `tokens` ("François Fillon" makes "Fillon" a person). */
function surnamesOf(tokens: readonly Token[]): Set<string> {
  const surnames = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) if (FIRST_NAMES.has(tokens[k]!.lower) && isCapitalised(tokens[k + 1]!)) surnames.add(tokens[k + 1]!.text);
  return surnames;
}

/**
 * The name a personal pronoun at `pronoun` stands for, or undefined when it is not a singular
 * personal pronoun or nothing before it fits.
 */
export function resolvePronoun(text: string, pronoun: Span, language: SuggestLanguage): Span | undefined {
  const word = text.slice(pronoun.start, pronoun.end).toLowerCase();
  const gender = PERSON_PRONOUNS[language][word];
  if (!gender) return undefined;
  const from = Math.max(0, pronoun.start - LOOKBACK);
  const tokens = tokenize(text, from, pronoun.start).filter((t) => !/^[«»"“”„]$/u.test(t.text));
  // surnames given with a first name a little further back ("François Fillon … Fillon … il"); bounded so a long text stays linear
  const surnames = surnamesOf(tokenize(text, Math.max(0, pronoun.start - LOOKBACK * 4), pronoun.start));
  const places = rulesFor(language).placePrepositions;
  const runs = nameRuns(tokens, language);
  for (let r = runs.length - 1; r >= 0; r--) {
    const { run, before } = runs[r]!;
    if (before && places.includes(before.lower)) continue;
    if (!looksLikePerson(run, surnames)) continue;
    if (before && ((gender === 'm' && FEMININE_TITLES.test(before.lower)) || (gender === 'f' && MASCULINE_TITLES.test(before.lower)))) continue;
    return { start: run[0]!.start, end: run[run.length - 1]!.end };
  }
  return undefined;
}

/**
 * The name a short definite description at `description` stands for ("le ministre" → the
 * "ministre X" or "X, le ministre" named before), when its head is a title.
 */
export function resolveDescription(text: string, description: Span, language: SuggestLanguage): Span | undefined {
  const words = tokenize(text, description.start, description.end).filter((t) => /\p{L}/u.test(t.text));
  if (words.length !== 2 || !/^(le|la|l'|l’|the|der|die)$/u.test(words[0]!.lower)) return undefined;
  const head = words[1]!.lower;
  if (!rulesFor(language).titles.includes(head)) return undefined;
  const from = Math.max(0, description.start - LOOKBACK * 2);
  const tokens = tokenize(text, from, description.start);
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (tokens[k]!.lower !== head) continue;
    // "le ministre Bernard Cazeneuve"
    const after: Token[] = [];
    for (let j = k + 1; j < tokens.length && isCapitalised(tokens[j]!); j++) after.push(tokens[j]!);
    if (after.length > 0) return { start: after[0]!.start, end: after[after.length - 1]!.end };
    // "Bernard Cazeneuve, le ministre", "Bernard Cazeneuve, ministre du budget"
    let j = k - 1;
    if (j >= 0 && DETERMINERS[language].has(tokens[j]!.lower)) j--;
    if (tokens[j]?.text !== ',') continue;
    const before: Token[] = [];
    for (j--; j >= 0 && isCapitalised(tokens[j]!); j--) before.unshift(tokens[j]!);
    if (before.length > 0) return { start: before[0]!.start, end: before[before.length - 1]!.end };
  }
  return undefined;
}
