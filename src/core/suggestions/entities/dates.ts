/**
 * Dates and clock times in French, English and German: "mercredi 6 janvier 2016",
 * "1er janvier", "29 décembre dernier", "décembre 2013", "2014", "July 21, 2017", "Friday",
 * "6. Januar 2016", "23h45", "11 h 40 UTC", "20:00 GMT", "15 h 30 (heure locale)".
 */
import type { Span } from '../../model';
import type { SuggestLanguage } from '../types';

const MONTHS = {
  fr: 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre',
  en: 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.',
  de: 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember',
};
const WEEKDAYS = {
  fr: 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  en: 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
  de: 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag',
};
const YEAR = '(?:1[0-9]{3}|20[0-9]{2})';
const ZONE = '(?:\\s?(?:UTC|GMT|CET|CEST|HAE|HAA|HNE|HNP|EST|EDT|PST|PDT|MEZ|MESZ)(?:\\s?[+-]\\s?\\d{1,2})?)?(?:\\s?\\(heure locale\\)|,? heure locale| \\(local time\\)| local time| Uhr)?';

function patterns(language: SuggestLanguage): RegExp[] {
  const m = MONTHS[language];
  const w = WEEKDAYS[language];
  switch (language) {
    case 'fr':
      return [
        new RegExp(`(?:(?:${w})\\s)?(?:1\\s?er|[0-9]{1,2})\\s(?:${m})(?:\\s${YEAR})?(?:\\s(?:dernier|prochain))?`, 'giu'),
        new RegExp(`(?:${m})\\s${YEAR}`, 'giu'),
        new RegExp(`(?:${w})\\s(?:1\\s?er|[0-9]{1,2})(?![\\p{L}\\d])`, 'giu'),
        new RegExp(`[0-9]{1,2}\\s?h\\s?[0-9]{2}${ZONE}|[0-9]{1,2}\\s?h(?![\\p{L}\\d])${ZONE}|[0-9]{1,2}:[0-9]{2}${ZONE}|[0-9]{1,2} heures(?: du (?:matin|soir))?`, 'gu'),
        new RegExp(`[0-9]{1,2}(?=\\s(?:au|et)\\s[0-9]{1,2}\\s(?:${m}))`, 'giu'),
      ];
    case 'en':
      return [
        new RegExp(`(?:(?:${w}),?\\s)?(?:${m})\\s[0-9]{1,2}(?:st|nd|rd|th)?(?:,?\\s${YEAR})?`, 'gu'),
        new RegExp(`(?:(?:${w}),?\\s)?[0-9]{1,2}(?:st|nd|rd|th)?\\s(?:${m})(?:,?\\s${YEAR})?`, 'gu'),
        new RegExp(`(?:${m})\\s${YEAR}`, 'gu'),
        new RegExp(`(?:${w})`, 'gu'),
        new RegExp(`[0-9]{1,2}:[0-9]{2}(?:\\s?(?:a\\.m\\.|p\\.m\\.|am|pm))?${ZONE}|[0-9]{1,2}\\s?(?:a\\.m\\.|p\\.m\\.)`, 'gu'),
      ];
    case 'de':
      return [
        new RegExp(`(?:(?:${w}),?\\s(?:den\\s)?)?[0-9]{1,2}\\.\\s?(?:${m})(?:\\s${YEAR})?`, 'gu'),
        new RegExp(`(?:${m})\\s${YEAR}`, 'gu'),
        new RegExp(`(?:${w})`, 'gu'),
        new RegExp(`[0-9]{1,2}[:.][0-9]{2}\\sUhr${ZONE}|[0-9]{1,2}\\sUhr`, 'gu'),
      ];
  }
}

/** Words after a four-digit number that make it a quantity, not a year. */
const QUANTITY_AFTER = /^\s?(?:%|€|\$|km|m|kg|t|ha|habitants|personnes|euros?|dollars?|people|Menschen|Euro|Dollar|mètres|metres|meters|soldats|morts|victimes|cas|voix|km²)(?![\p{L}])/u;

function isStandaloneNumber(text: string, start: number, end: number): boolean {
  if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) return false;
  // "28 000", "2 014,5", "1.500": digit groups around it
  if (/\d[\s\u00a0\u202f.,]$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  if (/^[\s\u00a0\u202f.,]\d/u.test(text.slice(end, end + 2))) return false;
  return !QUANTITY_AFTER.test(text.slice(end, end + 12));
}

/** Every date or time expression, leftmost-longest, non-overlapping. */
export function findDates(text: string, language: SuggestLanguage): Span[] {
  const found: Span[] = [];
  for (const pattern of patterns(language)) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      found.push({ start, end });
    }
  }
  for (const match of text.matchAll(new RegExp(`${YEAR}`, 'gu'))) {
    const start = match.index;
    const end = start + match[0].length;
    if (isStandaloneNumber(text, start, end)) found.push({ start, end });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Span[] = [];
  for (const span of found) {
    const last = chosen[chosen.length - 1];
    if (last && span.start < last.end) continue;
    chosen.push(span);
  }
  return chosen;
}
