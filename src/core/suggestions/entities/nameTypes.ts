/**
 * Types a name candidate as person, organisation or place from its own words (head words,
 * first names, country names, acronyms) and its context (titles, "à"/"en"/"in" before it,
 * ", 45 ans" after it). Evidence is scored; the best score wins.
 */
import { message, type Message } from '../../messages';
import { cueLexicon } from '../languages/cueLexicon';
import type { EntityType } from '../types';
import { WELL_KNOWN_ORGANIZATIONS, WELL_KNOWN_WORKS, isCountry, DEMONYMS, EVENT_HEADS, FIRST_NAMES, ORGANIZATION_HEADS, PLACE_HEADS, TITLES } from '../languages/lexicons';
import type { NameCandidate } from './names';
import { explained, reasonList, type Explained } from '../reasons';
import type { TownNames } from './towns';
import { ANY_LANGUAGE } from '../languages';

// Context words, each language's lists together (see ../languages/rules.ts for what each holds).
const PLACE_PREPOSITIONS = ANY_LANGUAGE.placePrepositions;
const PERSON_CONTEXT_BEFORE = ANY_LANGUAGE.sourceWordsBefore;
const ORGANIZATION_CONTEXT_BEFORE = ANY_LANGUAGE.organizationNounsBefore;
const PLACE_CONTEXT_BEFORE = ANY_LANGUAGE.placeNounsBefore;
const SUBJECT_VERBS = ANY_LANGUAGE.subjectVerbs;
const STORM_NOUNS = ANY_LANGUAGE.stormNouns;
/** Adjectives that may sit between such a noun and the name ("le groupe pétrolier Total", "le quotidien britannique The Guardian"). */
const CONTEXT_ADJECTIVE = /^(?:\p{Ll}+(?:ier|ière|iers|al|ale|aux|ique|iques|ais|aise|ain|aine|ien|ienne|ois|oise|éen|éenne|el|elle|if|ive|aire|aires)|d['’]\p{Ll}+|de|du|des)$/u;

export type NameScores = { person: number; organization: number; place: number };

export interface TypedName extends Explained {
  readonly type: Extract<EntityType, 'person' | 'organization' | 'place' | 'event' | 'work'>;
  readonly confidence: number;
  /** The evidence for each type, so that mentions of one name can pool it. */
  readonly scores: NameScores;
}

/** The type the pooled evidence points to, with a confidence from its margin. */
export function decide(scores: NameScores): { type: keyof NameScores; confidence: number } {
  const type = (Object.keys(scores) as (keyof NameScores)[]).reduce((a, b) => (scores[b] > scores[a] ? b : a), 'place');
  const total = scores.person + scores.organization + scores.place;
  return { type, confidence: total === 0 ? 0.4 : Math.min(0.95, 0.4 + (scores[type] / total) * 0.5) };
}

/**
 * Whether the name is a town's ("Reims", "Créteil"). Its evidence is counted once per name, not
 * per mention, so that a surname that is also a town somewhere ("Montalvo") is not outweighed by
 * how often the article repeats it; "Nancy", "Florence" are left to the context.
 */
export function isTownCandidate(candidate: NameCandidate, towns: TownNames): boolean {
  return towns.has(candidate.text) && !FIRST_NAMES.has(candidate.words[0]!);
}

/** Evidence of a town's name, added once to the pooled evidence of all its mentions. */
export const TOWN_EVIDENCE = 2;

/** The type of a name from its words and context: a decisive sign first, else the evidence of every rule, weighed. */
export function typeName(candidate: NameCandidate, towns: TownNames): TypedName {
  const decisive = decisiveType(candidate);
  if (decisive) return decisive;
  const evidence: Evidence = { score: { person: 0, organization: 0, place: 0 }, reasons: [] };
  for (const rule of EVIDENCE_RULES) rule(candidate, evidence, towns);
  const { type, confidence } = decide(evidence.score);
  return { type, confidence, ...explained(reasonList(evidence.reasons, message('capitalised word'))), scores: evidence.score };
}

/** An event's head word, a storm's name, a well-known work: the type, whatever else is said. */
function decisiveType(candidate: NameCandidate): TypedName | undefined {
  const scores = { person: 0, organization: 0, place: 0 };
  const words = candidate.words;
  if (EVENT_HEADS.has(words[0]!) && words.length > 1 && !candidate.titled) return { type: 'event', confidence: 0.7, ...explained(message('event head word')), scores };
  // "l'ouragan Matthew", "la tempête Egon": a storm's first name names the storm
  if (STORM_NOUNS.has(candidate.previous)) return { type: 'event', confidence: 0.8, ...explained(message("'{0}' before", candidate.previous)), scores };
  if (WELL_KNOWN_WORKS.has(candidate.text)) return { type: 'work', confidence: 0.8, ...explained(message('a well-known website, app or spacecraft')), scores };
  return undefined;
}

/** The evidence gathered for a name: points per type, and the reasons shown to the user. */
interface Evidence {
  readonly score: NameScores;
  readonly reasons: Message[];
}

/** Adds points (and a reason) to the evidence. */
function add(evidence: Evidence, points: Partial<NameScores>, reason?: Message): void {
  if (points.person) evidence.score.person += points.person;
  if (points.organization) evidence.score.organization += points.organization;
  if (points.place) evidence.score.place += points.place;
  if (reason) evidence.reasons.push(reason);
}

type EvidenceRule = (candidate: NameCandidate, evidence: Evidence, towns: TownNames) => void;

/** The rules that weigh a name's type, in order (the last ones read what the earlier ones found). */
const EVIDENCE_RULES: readonly EvidenceRule[] = [
  wellKnownOrganization,
  countryOrContinent,
  town,
  nameWithANumber,
  roadNumberOrAcronym,
  lowercaseWordOrArticleInTheName,
  organizationHeadWord,
  placeHeadWord,
  firstName,
  titleBefore,
  ageOrBirthAfter,
  placePrepositionBefore,
  sourcePrepositionBefore,
  afterAVerbOfSaying,
  functionBefore,
  organizationNounBefore,
  ministry,
  placeNounBefore,
  subjectOfAVerb,
  articleBeforeOneWord,
  countryInsideALongerName,
  twoOrThreeCapitalisedWords,
  oneWordWithoutEvidence,
];

function wellKnownOrganization(candidate: NameCandidate, evidence: Evidence): void {
  if (WELL_KNOWN_ORGANIZATIONS.has(candidate.text)) add(evidence, { organization: 6 }, message('well-known organisation'));
}

function countryOrContinent(candidate: NameCandidate, evidence: Evidence): void {
  if (isCountry(candidate.text, candidate.language)) add(evidence, { place: 5 }, message('country or continent'));
}

/** A town's evidence is pooled once per name (see TOWN_EVIDENCE); here only its reason. */
function town(candidate: NameCandidate, evidence: Evidence, towns: TownNames): void {
  if (isTownCandidate(candidate, towns)) add(evidence, {}, message('a town'));
}

function nameWithANumber(candidate: NameCandidate, evidence: Evidence): void {
  if (/\s\d{1,2}$/u.test(candidate.text)) add(evidence, { organization: 2 }, message('name with a number (channel, league)'));
}

/** Road numbers use a few letters (A7, N165, RN 7, D1, E40); "TF1" or "M6" channels are names. */
function roadNumberOrAcronym(candidate: NameCandidate, evidence: Evidence): void {
  if (/^(?:A|N|RN|D|RD|E|B|L)\s?\d{1,4}$/u.test(candidate.text)) add(evidence, { place: 4 }, message('road number'));
  else if (candidate.acronym) add(evidence, { organization: 2.5 }, message('acronym'));
}

/** Persons' names have no lowercase adjectives ("Gilets jaunes", "Pôle emploi") and no article ("Le Parisien"). */
function lowercaseWordOrArticleInTheName(candidate: NameCandidate, evidence: Evidence): void {
  const words = candidate.words;
  const lowercaseWord = candidate.text.split(/[\s\u00a0]+/u).slice(1).some((w) => /^\p{Ll}/u.test(w) && !/^(de|du|des|la|le|van|von|der|den|di|da|del|al-|el-|bin|ben|d['’]|l['’])/u.test(w));
  const article = /^(le|la|les|the)$/u.test(words[0]!);
  if ((lowercaseWord || article) && words.length > 1) add(evidence, { organization: 1.8 }, article ? message('article in the name') : message('lowercase word in the name'));
}

function organizationHeadWord(candidate: NameCandidate, evidence: Evidence): void {
  if (candidate.words.some((w) => ORGANIZATION_HEADS.has(w))) add(evidence, { organization: 3 }, message('organisation head word'));
}

function placeHeadWord(candidate: NameCandidate, evidence: Evidence): void {
  if (candidate.words.some((w) => PLACE_HEADS.has(w) || PLACE_HEADS.has(w.split('-')[0]!))) add(evidence, { place: 2 }, message('place head word'));
}

/** A first name alone ("Sarah") is still a person, with less certainty. */
function firstName(candidate: NameCandidate, evidence: Evidence): void {
  if (FIRST_NAMES.has(candidate.words[0]!.split('-')[0]!)) add(evidence, { person: candidate.words.length > 1 ? 3.5 : 1.5 }, message('first name'));
}

function titleBefore(candidate: NameCandidate, evidence: Evidence): void {
  if (candidate.titled) add(evidence, { person: 3 }, message('title before'));
}

function ageOrBirthAfter(candidate: NameCandidate, evidence: Evidence): void {
  if (/^[\s\u00a0]?,[\s\u00a0]?(?:\d{1,3} ans|\d{1,3}, |aged \d|né|née)/u.test(candidate.following)) add(evidence, { person: 2 }, message('age or birth after'));
}

/** "according to Reuters" names a source, not a destination. */
function isAccordingTo(candidate: NameCandidate): boolean {
  return candidate.previous === 'to' && candidate.previous2 === 'according';
}

function placePrepositionBefore(candidate: NameCandidate, evidence: Evidence): void {
  if ((PLACE_PREPOSITIONS.has(candidate.previous) && !isAccordingTo(candidate)) || (candidate.previous === 'de' && candidate.previous2 === 'près')) {
    add(evidence, { place: 2 }, message("'{0}' before", candidate.previous));
  }
}

/** "selon X", "by X", "according to X": a source, most often someone. */
function sourcePrepositionBefore(candidate: NameCandidate, evidence: Evidence): void {
  if (PERSON_CONTEXT_BEFORE.has(candidate.previous) || isAccordingTo(candidate)) add(evidence, { person: 0.5 });
}

/** Whether a word is a verb of saying in any of the languages. */
function isCueVerb(word: string): boolean {
  return (['fr', 'en', 'de'] as const).some((l) => cueLexicon(l).verbs.has(word));
}

/** "a annoncé Erdoğan", "a déclaré Jimmy Wales": the one after a verb of saying speaks. */
function afterAVerbOfSaying(candidate: NameCandidate, evidence: Evidence): void {
  if (candidate.previous !== 'dit' && isCueVerb(candidate.previous) && /,|\s/u.test(candidate.following[0] ?? '')) add(evidence, { person: 1.5 }, message("after '{0}'", candidate.previous));
}

function functionBefore(candidate: NameCandidate, evidence: Evidence): void {
  if (TITLES.has(candidate.previous) || (DEMONYMS.has(candidate.previous) && TITLES.has(candidate.previous2))) add(evidence, { person: 2.5 }, message("function '{0}' before", candidate.previous));
}

/** "le constructeur Airbus", "le groupe pétrolier Total". */
function organizationNounBefore(candidate: NameCandidate, evidence: Evidence): void {
  const { previous, previous2 } = candidate;
  if (ORGANIZATION_CONTEXT_BEFORE.has(previous) || ((DEMONYMS.has(previous) || CONTEXT_ADJECTIVE.test(previous)) && ORGANIZATION_CONTEXT_BEFORE.has(previous2))) {
    add(evidence, { organization: 2.5 }, message("'{0}' before", previous));
  }
}

/** "le ministre de l'Intérieur", "le ministre belge de la Justice": the ministry is the organisation. */
function ministry(candidate: NameCandidate, evidence: Evidence): void {
  if (/(?:ministre|ministère|ministres|secrétaire|secrétariat)(?:[\s\u00a0]+\p{Ll}+)?[\s\u00a0]+(?:de[\s\u00a0]+la|de[\s\u00a0]+l['’]|des|du|de|d['’])[\s\u00a0]*$/u.test(candidate.preceding)) {
    add(evidence, { organization: 3 }, message('a ministry'));
  }
}

/** "la ville de", "la région", "le lac". */
function placeNounBefore(candidate: NameCandidate, evidence: Evidence): void {
  if (PLACE_CONTEXT_BEFORE.has(candidate.previous) || (candidate.previous === 'de' && PLACE_CONTEXT_BEFORE.has(candidate.previous2))) {
    add(evidence, { place: 2.5 }, message("'{0}' before", candidate.previous));
  }
}

/** The subject of a verb of saying or winning is someone, not somewhere. */
function subjectOfAVerb(candidate: NameCandidate, evidence: Evidence): void {
  const nextWord = /^[\s\u00a0]+([\p{Ll}'’-]+)/u.exec(candidate.following)?.[1];
  if (nextWord && !PLACE_PREPOSITIONS.has(candidate.previous) && (SUBJECT_VERBS.has(nextWord) || isCueVerb(nextWord))) {
    add(evidence, { person: 1.2, organization: 0.6 }, message("subject of '{0}'", nextWord));
  }
}

function articleBeforeOneWord(candidate: NameCandidate, evidence: Evidence): void {
  if (/^(?:l'|l’|la|le|les)$/u.test(candidate.previous) && candidate.words.length === 1) add(evidence, { organization: 0.5, place: 0.7 });
}

/**
 * "France Info", "Skate Canada", "Justice des États-Unis": a country inside a longer name that
 * does not merely situate it ("Amérique latine", "Afrique de l'Ouest") names a body.
 */
function countryInsideALongerName(candidate: NameCandidate, evidence: Evidence): void {
  const tokens = candidate.text.split(/[\s\u00a0]+/u);
  const countryPart = candidate.words.length > 1 && !isCountry(candidate.text, candidate.language) && tokens.some((t) => isCountry(t, candidate.language));
  const geographic = tokens.some((t) => /^(?:latine|centrale|du|de|d['’]\p{L}+|l['’]\p{L}+|occidentale|orientale|subsaharienne|équatoriale|méridionale|septentrionale|Nord|Sud|Est|Ouest|Sud-Est|Nord-Est|Sud-Ouest|Nord-Ouest|North|South|East|West|Central|Latin)$/u.test(t));
  if (countryPart && !geographic) add(evidence, { organization: 2.5 }, message('a country inside a longer name'));
}

function twoOrThreeCapitalisedWords(candidate: NameCandidate, evidence: Evidence): void {
  const { score } = evidence;
  if (candidate.words.length >= 2 && candidate.words.length <= 3 && score.organization === 0 && score.place === 0) add(evidence, { person: 1.5 }, message('two or three capitalised words'));
}

/** A single word nothing else types leans to a place. */
function oneWordWithoutEvidence(candidate: NameCandidate, evidence: Evidence): void {
  if (candidate.words.length === 1 && evidence.score.person === 0 && evidence.score.organization === 0) add(evidence, { place: 0.8 });
}
