/**
 * The lexicons as the entity rules read them: every language's lists together (see
 * ./rules.ts, ANY_LANGUAGE), the lists no language owns (./shared/), and country names from
 * the platform's own ICU data (no download). None of them lists corpus entities.
 */
import { ANY_LANGUAGE, LANGUAGES, rulesFor } from './index';
import { commonNounAcronyms, firstNames, wellKnownOrganizations, wellKnownWorks } from './shared';
import { continentsAndRegions } from './shared/continentsAndRegions';
import type { SuggestLanguage } from '../types';

export const CONNECTORS = ANY_LANGUAGE.nameConnectors;
/** Name particles that may start a name after a first name or a title ("Charles de Gaulle"). */
export const PARTICLE_PREFIX = /^(?:al|el|ad|as|ar|an|at|az|ez|es|ed|ul|ibn|bin|ben|abu|ould)-\p{Lu}/u;
export const TITLES = ANY_LANGUAGE.titles;
export const ORGANIZATION_HEADS = ANY_LANGUAGE.organizationHeads;
export const PLACE_HEADS = ANY_LANGUAGE.placeHeads;
export const DEMONYMS = ANY_LANGUAGE.demonyms;
export const FUNCTION_WORDS = ANY_LANGUAGE.sentenceStartWords;
export const EVENT_HEADS = ANY_LANGUAGE.eventHeads;
export const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames);
export const WELL_KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(wellKnownOrganizations);
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set(commonNounAcronyms);
export const WELL_KNOWN_WORKS: ReadonlySet<string> = new Set(wellKnownWorks);

/**
 * Whether a word ends like a nationality or inhabitant noun of `language` ("Britannique",
 * "Lyonnais"; "Briton", "Italian"; "Berliner"). Each language's endings only: French ones would
 * cut "White" from "the White House", German ones "Montpellier" from "Montpellier Handball".
 */
export function hasDemonymEnding(word: string, language?: SuggestLanguage): boolean {
  if (language) return rulesFor(language).demonymEnding.test(word);
  return LANGUAGES.fr.demonymEnding.test(word) || LANGUAGES.en.demonymEnding.test(word) || LANGUAGES.de.demonymEnding.test(word);
}

const REGION_NAMES_BY_LOCALE = new Map<string, ReadonlySet<string>>();

/** Region names of one locale from the platform's ICU data (no download), computed on first use. */
function regionNames(locale: string): ReadonlySet<string> {
  const cached = REGION_NAMES_BY_LOCALE.get(locale);
  if (cached) return cached;
  const names = new Set<string>();
  const display = new Intl.DisplayNames([locale], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // organisations and pseudo-regions, not places: EU, UN, eurozone, test locales
      if (/^(EU|EZ|UN|QO|XA|XB)$/u.test(code)) continue;
      try {
        const name = display.of(code);
        if (name && name !== code && !/\d/u.test(name)) names.add(name);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error; // unknown region codes are expected
      }
    }
  }
  REGION_NAMES_BY_LOCALE.set(locale, names);
  return names;
}

const COUNTRY_SETS = new Map<string, ReadonlySet<string>>();

function countryNames(locales: readonly string[]): ReadonlySet<string> {
  const key = locales.join(',');
  const cached = COUNTRY_SETS.get(key);
  if (cached) return cached;
  const names = new Set<string>(continentsAndRegions);
  for (const locale of locales) for (const name of regionNames(locale)) names.add(name);
  COUNTRY_SETS.set(key, names);
  return names;
}

/**
 * Whether `name` is a country or continent name (in `language`, or in any of French, English,
 * German): French and English texts share most spellings, but German "Italien" or "Australien"
 * is a French nationality noun.
 */
export function isCountry(name: string, language?: SuggestLanguage): boolean {
  return countryNames(language ? rulesFor(language).countryLocales : ['fr', 'en', 'de']).has(name);
}
