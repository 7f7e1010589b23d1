/**
 * Entity candidates: the gazetteer of known actors first, then dates, acronym expansions and
 * capitalised names, typed by their words and context; within an article a name typed once
 * lends its type to its other mentions and to the surname alone.
 */
import { message } from '../../messages';
import { findAcronymExpansions } from './acronyms';
import { findDates } from './dates';
import { matchGazetteer } from './gazetteer';
import { guessLanguage } from '../languages/guessLanguage';
import { findNameCandidates, isCardinalPoint, type NameCandidate } from './names';
import { COMMON_NOUN_ACRONYMS, FIRST_NAMES, ORGANIZATION_HEADS, TITLES, WELL_KNOWN_ORGANIZATIONS, isCountry } from '../languages/lexicons';
import { wholeWordOccurrences } from '../text/words';
import { decide, isTownCandidate, TOWN_EVIDENCE, typeName, type NameScores, type TypedName } from './nameTypes';
import { explained } from '../reasons';
import { NO_TOWNS, type TownNames } from './towns';
import type { EntitySuggestion, KnownActor, SuggestLanguage, SuggestOptions } from '../types';

/** Lowercase words that open the spelled-out name of a body, besides the organisation head words. */
const EXPANSION_HEADS = new Set(['peloton', 'régie', 'inspection', 'parquet', 'compagnie', 'structure', 'brigade', 'délégation', 'haute', 'haut', 'caisse', 'établissement', 'autorité', 'secrétariat', 'observatoire', 'conservatoire', 'centre', 'cellule', 'unité', 'sécurité']);

/**
 * Roman numerals ("XXXI", "IV") and codes that mix letters and several digits ("UZ224", "H7N9",
 * "GBU-43"): numbers of things, not names; short ones stay ("TF1", "G20", "M6").
 */
function isCodeOrNumeral(word: string): boolean {
  if (/^(?=[IVXLC]{2,}$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/u.test(word)) return true;
  return /\d/u.test(word) && /^[\p{Lu}\d-]+$/u.test(word) && (word.length >= 5 || /-|\d\p{Lu}/u.test(word));
}

/**
 * German capitalises every noun, so a capital says nothing there: a German candidate is kept
 * only when its own words say it is a name (a first name, a title before it, a country, a town
 * after a preposition of place, a well-known body, an acronym) rather than a flood of "Polizei", "Mann", "Unterstützung".
 */
function isNamedInGerman(candidate: NameCandidate, towns: TownNames): boolean {
  const first = candidate.words[0]!.split('-')[0]!;
  // many towns are German nouns too ("Lage", "Boden"): a town needs a preposition of place
  const town = isTownCandidate(candidate, towns) && /^(?:in|nach|aus|bei|von|vor|um)$/u.test(candidate.previous);
  return FIRST_NAMES.has(first) || TITLES.has(candidate.previous) || candidate.acronym || isCountry(candidate.text, 'de') || town || WELL_KNOWN_ORGANIZATIONS.has(candidate.text);
}

/**
 * Entity candidates of `text`, in text order: known actors' names first, then dates, spelled-out
 * acronyms and typed capitalised names; a span already taken by an earlier source is not
 * proposed again.
 */
export function suggestEntities(text: string, options: SuggestOptions = {}): EntitySuggestion[] {
  const language = options.language ?? guessLanguage(text);
  const towns = options.towns ?? NO_TOWNS;
  const suggestions: EntitySuggestion[] = [];
  // characters already covered by a suggestion: earlier sources (known actors, dates) win
  const taken = new Uint8Array(text.length);
  const add = (s: EntitySuggestion): void => {
    for (let i = s.span.start; i < s.span.end; i++) if (taken[i]) return;
    taken.fill(1, s.span.start, s.span.end);
    suggestions.push(s);
  };
  for (const s of knownActorNames(text, options.knownActors ?? [])) add(s);
  for (const span of findDates(text, language)) add({ span, type: 'date', confidence: 0.9, ...explained(message('date or time expression')) });
  const acronyms = spelledOutAcronyms(text);
  for (const s of acronyms.bodies) add(s);
  const names = typedNames(text, language, towns, acronyms.ofCommonNouns);
  const pooled = pooledEvidence(names, towns);
  const occurrencesOf = occurrenceCounter(text);
  for (const { candidate, typed } of names) {
    const decided = typed.type === 'event' || typed.type === 'work' ? typed : decide(pooled.get(candidate.text)!);
    add({ span: { start: candidate.start, end: candidate.end }, type: decided.type, confidence: decided.confidence, reason: typed.reason, reasonMessage: typed.reasonMessage });
    const place = decided.type !== 'person' ? placeInsideTheName(candidate, language, occurrencesOf) : undefined;
    if (place) suggestions.push(place);
  }
  return suggestions.sort((a, b) => a.span.start - b.span.start);
}

/** Every name or alias of a known actor, as a mention of that actor. */
function knownActorNames(text: string, knownActors: readonly KnownActor[]): EntitySuggestion[] {
  const entries = knownActors.flatMap((actor) => actor.names.map((name) => ({ name, value: actor })));
  return matchGazetteer(text, entries).map((match) => ({
    span: { start: match.start, end: match.end }, type: match.value.type ?? 'misc', confidence: 0.95, ...explained(message("known actor '{0}'", match.value.id)), actorId: match.value.id,
  }));
}

/**
 * Acronyms spelled out before their parenthesis. An acronym spelled out in lowercase words
 * abbreviates a common noun ("produit intérieur brut (PIB)") unless the words open like a body's
 * name ("parquet national financier (PNF)"): bodies are proposed as organisations, common-noun
 * acronyms are left out of the names.
 */
function spelledOutAcronyms(text: string): { bodies: EntitySuggestion[]; ofCommonNouns: ReadonlySet<string> } {
  const ofCommonNouns = new Set(COMMON_NOUN_ACRONYMS);
  const bodies: EntitySuggestion[] = [];
  for (const expansion of findAcronymExpansions(text)) {
    const words = text.slice(expansion.expansion.start, expansion.expansion.end);
    const head = words.split(/[\s\u00a0]/u)[0]!.replace(/s$/u, '');
    if (!/\p{Lu}/u.test(words) && !ORGANIZATION_HEADS.has(head) && !EXPANSION_HEADS.has(head)) {
      // only an expansion that spells every letter tells what the acronym is ("droits de
      // l'homme" is the end of the FIDH's name, not all of it)
      const letters = expansion.acronymText.replace(/[^\p{Lu}]/gu, '').length;
      if (words.split(/[\s\u00a0'’-]+/u).filter((w) => w.length > 3).length >= letters) ofCommonNouns.add(expansion.acronymText);
      continue;
    }
    bodies.push({ span: expansion.expansion, type: 'organization', confidence: 0.8, ...explained(message('expansion of {0}', expansion.acronymText)) });
  }
  return { bodies, ofCommonNouns };
}

interface TypedCandidate {
  readonly candidate: NameCandidate;
  readonly typed: TypedName;
}

/** The capitalised name candidates worth proposing, each typed; a name typed as an event once ("l'ouragan Matthew") is that event wherever it is mentioned alone. */
function typedNames(text: string, language: SuggestLanguage, towns: TownNames, commonAcronyms: ReadonlySet<string>): TypedCandidate[] {
  const typedNames = findNameCandidates(text, language)
    .filter((candidate) => !commonAcronyms.has(candidate.text) && !isCodeOrNumeral(candidate.text))
    .filter((candidate) => language !== 'de' || isNamedInGerman(candidate, towns))
    .map((candidate) => ({ candidate, typed: typeName(candidate, towns) }));
  const events = new Map(typedNames.filter(({ typed }) => typed.type === 'event').map(({ candidate, typed }) => [candidate.text, typed]));
  return typedNames.map(({ candidate, typed }) => ({ candidate, typed: events.get(candidate.text) ?? typed }));
}

/**
 * Mentions of one name pool their evidence ("à Paris" here, "Paris a accueilli" there), a town
 * counts once per name, and a person's full name lends its evidence to the surname alone.
 */
function pooledEvidence(names: readonly TypedCandidate[], towns: TownNames): Map<string, NameScores> {
  const pooled = new Map<string, NameScores>();
  const pool = (key: string, scores: NameScores, weight = 1): void => {
    const into = pooled.get(key) ?? { person: 0, organization: 0, place: 0 };
    into.person += scores.person * weight;
    into.organization += scores.organization * weight;
    into.place += scores.place * weight;
    pooled.set(key, into);
  };
  for (const { candidate, typed } of names) {
    if (typed.type === 'event' || typed.type === 'work') continue;
    if (!pooled.has(candidate.text) && isTownCandidate(candidate, towns)) pool(candidate.text, { person: 0, organization: 0, place: TOWN_EVIDENCE });
    pool(candidate.text, typed.scores);
    if (typed.type === 'person' && candidate.words.length > 1) pool(candidate.text.split(/\s+/u).slice(-1)[0]!, { person: typed.scores.person, organization: 0, place: 0 });
  }
  return pooled;
}

/** How often a name occurs in the text, counted once per name. */
function occurrenceCounter(text: string): (name: string) => number {
  const occurrences = new Map<string, number>();
  return (name) => {
    let count = occurrences.get(name);
    if (count === undefined) occurrences.set(name, (count = wholeWordOccurrences(text, name).length));
    return count;
  };
}

/**
 * "Parquet de Paris", "Jeux olympiques de Rio", "université de Duke": the place inside a longer
 * name is a name too when it is a country or a name the article uses on its own too; not a
 * cardinal point ("Corée du Nord") nor "l'État".
 */
function placeInsideTheName(candidate: NameCandidate, language: SuggestLanguage, occurrencesOf: (name: string) => number): EntitySuggestion | undefined {
  const name = /\s(?:de|du|d['’]|des)\s?(\p{Lu}[\p{L}\p{M}'’-]+(?:[\s-]\p{Lu}[\p{L}\p{M}'’-]+)?)$/u.exec(candidate.text)?.[1];
  if (!(name && !isCardinalPoint(name.toLowerCase()) && !/^[EÉ]tats?$/u.test(name) && (isCountry(name, language) || occurrencesOf(name) >= 2))) return undefined;
  const start = candidate.end - name.length;
  return { span: { start, end: candidate.end }, type: 'place', confidence: 0.6, ...explained(message('a place named inside a longer name')) };
}
