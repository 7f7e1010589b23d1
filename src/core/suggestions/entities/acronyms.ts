/**
 * Acronyms with their expansion: "la sûreté de l'État (VSSE)", "Organisation mondiale de la
 * Santé (OMS)", "Human Rights Watch (HRW)". The expansion is the shortest run of words before
 * the parenthesis whose initials spell the acronym (function words may be skipped); failing
 * that (an acronym from another language: "la Sûreté de l'État (VSSE)", from the Dutch "Veiligheid
 * van de Staat"), the noun phrase before it when its initials are at least half of the letters.
 */
import type { Span } from '../../model';
import { tokenize } from '../text/tokens';

export interface AcronymExpansion {
  readonly acronym: Span;
  readonly acronymText: string;
  readonly expansion: Span;
}

const SKIPPABLE = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", 'l’', "d'", 'd’', 'of', 'the', 'and', 'for', 'et', 'pour', 'en', 'à', 'für', 'der', 'die', 'das', 'und', 'von', '&']);

export function findAcronymExpansions(text: string): AcronymExpansion[] {
  const found: AcronymExpansion[] = [];
  for (const match of text.matchAll(/\(\s?(\p{Lu}[\p{Lu}\d&-]{1,9})\s?\)/gu)) {
    const acronymText = match[1]!;
    const letters = acronymText.replace(/[^\p{Lu}]/gu, '').toLowerCase();
    const open = match.index;
    const words = tokenize(text, Math.max(0, open - 200), open).filter((t) => /\p{L}/u.test(t.text));
    // read words leftwards, matching acronym letters from the end
    let letter = letters.length - 1;
    let startIndex = -1;
    for (let i = words.length - 1; i >= 0 && letter >= 0; i--) {
      const word = words[i]!.text.replace(/^(?:l|d)['’]/iu, '');
      const lower = word.toLowerCase();
      const parts = word.split('-').map((p) => baseLetter(p[0]));
      // a hyphenated word may give several letters ("Rhône-Alpes")
      let consumed = 0;
      for (let p = parts.length - 1; p >= 0 && letter - consumed >= 0; p--) {
        if (parts[p] === letters[letter - consumed]) consumed++;
        else break;
      }
      if (consumed > 0) {
        letter -= consumed;
        startIndex = i;
        continue;
      }
      if (SKIPPABLE.has(words[i]!.lower) || SKIPPABLE.has(lower)) continue;
      break;
    }
    if (letter >= 0 || startIndex < 0) startIndex = looseExpansion(words, letters);
    if (startIndex < 0) continue;
    const first = words[startIndex]!;
    const cut = /^(?:l|d)['’]/iu.exec(first.text)?.[0].length ?? 0;
    const start = first.start + cut;
    let end = open;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    const acronymStart = match.index + match[0].indexOf(acronymText);
    found.push({ acronym: { start: acronymStart, end: acronymStart + acronymText.length }, acronymText, expansion: { start, end } });
  }
  return found;
}

const DETERMINER = /^(la|le|les|l['’]|the|der|die|das|un|une|a|an)$/u;

/** Index of the first word of the noun phrase before the parenthesis, or -1. */
function looseExpansion(words: readonly { text: string; lower: string }[], letters: string): number {
  let start = -1;
  const initials: string[] = [];
  for (let i = words.length - 1; i >= 0 && words.length - i <= 8; i--) {
    const word = words[i]!;
    if (DETERMINER.test(word.lower)) break;
    if (SKIPPABLE.has(word.lower)) continue;
    const initial = baseLetter(word.text.replace(/^(?:l|d)['’]/iu, '')[0]);
    if (!letters.includes(initial)) break;
    initials.unshift(initial);
    start = i;
  }
  let at = 0;
  for (const initial of initials) {
    const found = letters.indexOf(initial, at);
    if (found < 0) return -1;
    at = found + 1;
  }
  return initials.length >= 2 && initials.length * 2 >= letters.length ? start : -1;
}

/** "É" → "e": initials are compared without accents. */
function baseLetter(char: string | undefined): string {
  return (char ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
