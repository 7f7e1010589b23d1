/**
 * Types a name candidate as person, organisation or place from its own words (head words,
 * first names, country names, acronyms) and its context (titles, "à"/"en"/"in" before it,
 * ", 45 ans" after it). Evidence is scored; the best score wins.
 */
import type { EntityType } from './types';
import { COUNTRIES, EVENT_HEADS, FIRST_NAMES, ORGANIZATION_HEADS, PLACE_HEADS } from './lexicons';
import type { NameCandidate } from './names';

const PLACE_PREPOSITIONS = new Set(['à', 'en', 'au', 'aux', 'vers', 'depuis', 'près', 'dans', 'in', 'at', 'nach', 'aus', 'near', 'from', 'to', 'toward', 'towards', 'outside', 'across']);
const PERSON_CONTEXT_BEFORE = new Set(['selon', 'par', 'avec', 'entre', 'by', 'said', 'dit', 'déclare', 'explique']);

export interface TypedName {
  readonly type: Extract<EntityType, 'person' | 'organization' | 'place' | 'event'>;
  readonly confidence: number;
  readonly reason: string;
}

export function typeName(candidate: NameCandidate): TypedName {
  const score = { person: 0, organization: 0, place: 0 };
  const reasons: string[] = [];
  const words = candidate.words;
  const text = candidate.text;
  if (EVENT_HEADS.has(words[0]!) && words.length > 1 && !candidate.titled) return { type: 'event', confidence: 0.7, reason: 'event head word' };
  if (COUNTRIES.has(text)) {
    score.place += 5;
    reasons.push('country or continent');
  }
  if (/^\p{Lu}{1,2}\d{1,4}$/u.test(text)) {
    score.place += 4;
    reasons.push('road number');
  } else if (candidate.acronym) {
    score.organization += 2.5;
    reasons.push('acronym');
  }
  // persons' names have no lowercase adjectives ("Gilets jaunes", "Pôle emploi") and no article ("Le Parisien")
  const lowercaseWord = text.split(/[\s\u00a0]+/u).slice(1).some((w) => /^\p{Ll}/u.test(w) && !/^(de|du|des|la|le|van|von|der|den|di|da|del|al-|el-|bin|ben|d['’]|l['’])/u.test(w));
  const article = /^(le|la|les|the)$/u.test(words[0]!);
  if ((lowercaseWord || article) && words.length > 1) {
    score.organization += 1.8;
    reasons.push(article ? 'article in the name' : 'lowercase word in the name');
  }
  if (words.some((w) => ORGANIZATION_HEADS.has(w))) {
    score.organization += 3;
    reasons.push('organisation head word');
  }
  if (words.some((w) => PLACE_HEADS.has(w) || PLACE_HEADS.has(w.split('-')[0]!))) {
    score.place += 2;
    reasons.push('place head word');
  }
  if (FIRST_NAMES.has(words[0]!.split('-')[0]!) && words.length > 1) {
    score.person += 3.5;
    reasons.push('first name');
  }
  if (candidate.titled) {
    score.person += 3;
    reasons.push('title before');
  }
  if (/^[\s\u00a0]?,[\s\u00a0]?(?:\d{1,3} ans|\d{1,3}, |aged \d|né|née)/u.test(candidate.following)) {
    score.person += 2;
    reasons.push('age or birth after');
  }
  if (PLACE_PREPOSITIONS.has(candidate.previous) || (candidate.previous === 'de' && candidate.previous2 === 'près')) {
    score.place += 2;
    reasons.push(`'${candidate.previous}' before`);
  }
  if (PERSON_CONTEXT_BEFORE.has(candidate.previous)) score.person += 0.5;
  if (/^(?:l'|l’|la|le|les)$/u.test(candidate.previous) && words.length === 1) {
    score.organization += 0.5;
    score.place += 0.7;
  }
  if (words.length >= 2 && words.length <= 3 && score.organization === 0 && score.place === 0) {
    score.person += 1.5;
    reasons.push('two or three capitalised words');
  }
  if (words.length === 1 && score.person === 0 && score.organization === 0) score.place += 0.8;
  const best = (Object.keys(score) as (keyof typeof score)[]).reduce((a, b) => (score[b] > score[a] ? b : a), 'place');
  const total = score.person + score.organization + score.place;
  return { type: best, confidence: total === 0 ? 0.4 : Math.min(0.95, 0.4 + (score[best] / total) * 0.5), reason: reasons.join(', ') || 'capitalised word' };
}
