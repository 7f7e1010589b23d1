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

const PLACE_PREPOSITIONS = new Set(['à', 'en', 'au', 'aux', 'vers', 'depuis', 'près', 'dans', 'in', 'at', 'nach', 'aus', 'near', 'from', 'to', 'toward', 'towards', 'outside', 'across']);
const PERSON_CONTEXT_BEFORE = new Set(['selon', 'par', 'avec', 'by', 'said', 'dit', 'déclare', 'explique']);

/** Common nouns that announce an organisation's name ("le constructeur Airbus", "le quotidien Le Monde"). */
const ORGANIZATION_CONTEXT_BEFORE = new Set([
  'entreprise', 'société', 'groupe', 'constructeur', 'journal', 'quotidien', 'hebdomadaire', 'chaîne', 'agence',
  'site', 'parti', 'club', 'équipe', 'organisation', 'compagnie', 'firme', 'géant', 'réseau', 'syndicat',
  'association', 'fabricant', 'opérateur', 'banque', 'magazine', 'radio', 'fondation', 'ong', 'laboratoire',
  'chez', 'mouvement', 'formation', 'opposant', 'filiale', 'start-up', 'startup', 'plateforme', 'application',
  'company', 'newspaper', 'group', 'firm', 'agency', 'party', 'team', 'club', 'network', 'broadcaster', 'carrier',
  'unternehmen', 'konzern', 'zeitung', 'partei', 'verein', 'sender',
  'usine', 'magasin', 'magasins', 'enseigne', 'marque', 'action', 'actions', 'revue', 'sondage', 'baromètre', 'institut',
  'éditeur', 'studio', 'studios', 'label', 'distributeur', 'transporteur', 'assureur', 'cabinet', 'conglomérat',
  'stations-service', 'centrale', 'formation', 'hebdo', 'mensuel', 'titre', 'collectif', 'organisme', 'agences',
  'entreprises', 'sociétés', 'groupes', 'constructeurs', 'partis', 'clubs', 'associations', 'journaux', 'chaînes',
]);
/** Adjectives that may sit between such a noun and the name ("le groupe pétrolier Total", "le quotidien britannique The Guardian"). */
const CONTEXT_ADJECTIVE = /^(?:\p{Ll}+(?:ier|ière|iers|al|ale|aux|ique|iques|ais|aise|ain|aine|ien|ienne|ois|oise|éen|éenne|el|elle|if|ive|aire|aires)|d['’]\p{Ll}+|de|du|des)$/u;
/** Common nouns that announce a place's name ("la ville de", "la région", "le village"). */
const PLACE_CONTEXT_BEFORE = new Set([
  'ville', 'village', 'commune', 'capitale', 'région', 'province', 'département', 'pays', 'quartier', 'localité',
  'city', 'town', 'village', 'province', 'county', 'state', 'stadt', 'dorf', 'hauptstadt',
  // buildings and natural features named after a place: "la mairie de Lyon", "le lac Léman"
  'mairie', 'préfecture', 'aéroport', 'lac', 'mont', 'mer', 'océan', 'pont', 'église', 'cathédrale', 'basilique', 'château',
]);

const SUBJECT_VERBS = new Set([
  'remporte', 'gagne', 'garde', 'creuse', 'termine', 'devance', 'prend', 'signe', 'quitte', 'rejoint', 'bat', 'perd',
  'démissionne', 'meurt', 'décède', 'succède', 's’impose', "s'impose", 'conserve', 'reste', 'devient', 'wins', 'won',
  'beat', 'leads', 'died', 'dies', 'resigned', 'resigns', 'gewinnt', 'siegt', 'stirbt', 'tritt',
]);

const STORM_NOUNS = new Set(['ouragan', 'tempête', 'cyclone', 'typhon', 'dépression', 'hurricane', 'storm', 'typhoon', 'sturm', 'orkan', 'hurrikan', 'taifun']);

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

export function typeName(candidate: NameCandidate, towns: TownNames): TypedName {
  const score = { person: 0, organization: 0, place: 0 };
  const reasons: Message[] = [];
  const words = candidate.words;
  const text = candidate.text;
  if (EVENT_HEADS.has(words[0]!) && words.length > 1 && !candidate.titled) return { type: 'event', confidence: 0.7, ...explained(message('event head word')), scores: score };
  // "l'ouragan Matthew", "la tempête Egon": a storm's first name names the storm
  if (STORM_NOUNS.has(candidate.previous)) return { type: 'event', confidence: 0.8, ...explained(message("'{0}' before", candidate.previous)), scores: score };
  if (WELL_KNOWN_WORKS.has(text)) return { type: 'work', confidence: 0.8, ...explained(message('a well-known website, app or spacecraft')), scores: score };
  if (WELL_KNOWN_ORGANIZATIONS.has(text)) {
    score.organization += 6;
    reasons.push(message('well-known organisation'));
  }
  if (isCountry(text, candidate.language)) {
    score.place += 5;
    reasons.push(message('country or continent'));
  }
  if (isTownCandidate(candidate, towns)) reasons.push(message('a town'));
  if (/\s\d{1,2}$/u.test(text)) {
    score.organization += 2;
    reasons.push(message('name with a number (channel, league)'));
  }
  // road numbers use a few letters (A7, N165, RN 7, D1, E40); "TF1" or "M6" channels are names
  if (/^(?:A|N|RN|D|RD|E|B|L)\s?\d{1,4}$/u.test(text)) {
    score.place += 4;
    reasons.push(message('road number'));
  } else if (candidate.acronym) {
    score.organization += 2.5;
    reasons.push(message('acronym'));
  }
  // persons' names have no lowercase adjectives ("Gilets jaunes", "Pôle emploi") and no article ("Le Parisien")
  const lowercaseWord = text.split(/[\s\u00a0]+/u).slice(1).some((w) => /^\p{Ll}/u.test(w) && !/^(de|du|des|la|le|van|von|der|den|di|da|del|al-|el-|bin|ben|d['’]|l['’])/u.test(w));
  const article = /^(le|la|les|the)$/u.test(words[0]!);
  if ((lowercaseWord || article) && words.length > 1) {
    score.organization += 1.8;
    reasons.push(article ? message('article in the name') : message('lowercase word in the name'));
  }
  if (words.some((w) => ORGANIZATION_HEADS.has(w))) {
    score.organization += 3;
    reasons.push(message('organisation head word'));
  }
  if (words.some((w) => PLACE_HEADS.has(w) || PLACE_HEADS.has(w.split('-')[0]!))) {
    score.place += 2;
    reasons.push(message('place head word'));
  }
  if (FIRST_NAMES.has(words[0]!.split('-')[0]!)) {
    // a first name alone ("Sarah") is still a person, with less certainty
    score.person += words.length > 1 ? 3.5 : 1.5;
    reasons.push(message('first name'));
  }
  if (candidate.titled) {
    score.person += 3;
    reasons.push(message('title before'));
  }
  if (/^[\s\u00a0]?,[\s\u00a0]?(?:\d{1,3} ans|\d{1,3}, |aged \d|né|née)/u.test(candidate.following)) {
    score.person += 2;
    reasons.push(message('age or birth after'));
  }
  // "according to Reuters" names a source, not a destination
  const accordingTo = candidate.previous === 'to' && candidate.previous2 === 'according';
  if ((PLACE_PREPOSITIONS.has(candidate.previous) && !accordingTo) || (candidate.previous === 'de' && candidate.previous2 === 'près')) {
    score.place += 2;
    reasons.push(message("'{0}' before", candidate.previous));
  }
  if (PERSON_CONTEXT_BEFORE.has(candidate.previous) || accordingTo) score.person += 0.5;
  // "a annoncé Erdoğan", "a déclaré Jimmy Wales": the one after a verb of saying speaks
  if (candidate.previous !== 'dit' && ['fr', 'en', 'de'].some((l) => cueLexicon(l as 'fr').verbs.has(candidate.previous)) && /,|\s/u.test(candidate.following[0] ?? '')) {
    score.person += 1.5;
    reasons.push(message("after '{0}'", candidate.previous));
  }
  if (TITLES.has(candidate.previous) || (DEMONYMS.has(candidate.previous) && TITLES.has(candidate.previous2))) {
    score.person += 2.5;
    reasons.push(message("function '{0}' before", candidate.previous));
  }
  if (ORGANIZATION_CONTEXT_BEFORE.has(candidate.previous) || ((DEMONYMS.has(candidate.previous) || CONTEXT_ADJECTIVE.test(candidate.previous)) && ORGANIZATION_CONTEXT_BEFORE.has(candidate.previous2))) {
    score.organization += 2.5;
    reasons.push(message("'{0}' before", candidate.previous));
  }
  // "le ministre de l'Intérieur", "le ministre belge de la Justice": the ministry is the organisation
  if (/(?:ministre|ministère|ministres|secrétaire|secrétariat)(?:[\s\u00a0]+\p{Ll}+)?[\s\u00a0]+(?:de[\s\u00a0]+la|de[\s\u00a0]+l['’]|des|du|de|d['’])[\s\u00a0]*$/u.test(candidate.preceding)) {
    score.organization += 3;
    reasons.push(message('a ministry'));
  }
  if (PLACE_CONTEXT_BEFORE.has(candidate.previous) || (candidate.previous === 'de' && PLACE_CONTEXT_BEFORE.has(candidate.previous2))) {
    score.place += 2.5;
    reasons.push(message("'{0}' before", candidate.previous));
  }
  // the subject of a verb of saying or winning is someone, not somewhere
  const nextWord = /^[\s\u00a0]+([\p{Ll}'’-]+)/u.exec(candidate.following)?.[1];
  if (nextWord && !PLACE_PREPOSITIONS.has(candidate.previous) && (SUBJECT_VERBS.has(nextWord) || ['fr', 'en', 'de'].some((l) => cueLexicon(l as 'fr').verbs.has(nextWord)))) {
    score.person += 1.2;
    score.organization += 0.6;
    reasons.push(message("subject of '{0}'", nextWord));
  }
  if (/^(?:l'|l’|la|le|les)$/u.test(candidate.previous) && words.length === 1) {
    score.organization += 0.5;
    score.place += 0.7;
  }
  // "France Info", "Skate Canada", "Justice des États-Unis": a country inside a longer name that
  // does not merely situate it ("Amérique latine", "Afrique de l'Ouest") names a body
  const tokens = text.split(/[\s\u00a0]+/u);
  const countryPart = words.length > 1 && !isCountry(text, candidate.language) && tokens.some((t) => isCountry(t, candidate.language));
  const geographic = tokens.some((t) => /^(?:latine|centrale|du|de|d['’]\p{L}+|l['’]\p{L}+|occidentale|orientale|subsaharienne|équatoriale|méridionale|septentrionale|Nord|Sud|Est|Ouest|Sud-Est|Nord-Est|Sud-Ouest|Nord-Ouest|North|South|East|West|Central|Latin)$/u.test(t));
  if (countryPart && !geographic) {
    score.organization += 2.5;
    reasons.push(message('a country inside a longer name'));
  }
  if (words.length >= 2 && words.length <= 3 && score.organization === 0 && score.place === 0) {
    score.person += 1.5;
    reasons.push(message('two or three capitalised words'));
  }
  if (words.length === 1 && score.person === 0 && score.organization === 0) score.place += 0.8;
  const { type, confidence } = decide(score);
  return { type, confidence, ...explained(reasonList(reasons, message('capitalised word'))), scores: score };
}
