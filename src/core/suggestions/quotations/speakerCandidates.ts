/**
 * Which expressions can speak (issue 17): a known actor, a name, a personal pronoun, or a noun
 * phrase headed by a human, group, role or document noun ("le porte-parole des marins-pompiers",
 * "un proche du Président", "sa famille", "ein Sprecher"). Everything else a speaker rule may
 * read off the text (a sentence adverb "Or", a preposition "Vers", a piece of the cue clause
 * "qu'il le dit", "publiée le 27 juillet") is refused. A title or description beside a name gives
 * the name ("le ministre de l'Intérieur, Christophe Castaner" → "Christophe Castaner").
 */
import type { Span } from '../../model';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../languages/cueLexicon';
import { rulesFor } from '../languages';
import { FIRST_NAMES } from '../languages/lexicons';
import { cannotSpeakInGerman } from '../languages/de/notSpeakers';
import { tokenize, type Token } from '../text/tokens';
import type { KnownActor, SuggestLanguage } from '../types';
import { matchGazetteer } from '../entities/gazetteer';

export type SpeakerKind = 'actor' | 'name' | 'pronoun' | 'description';

/** An expression that can speak, and what kind of one it is. */
export interface SpeakerCandidate {
  readonly span: Span;
  readonly kind: SpeakerKind;
}

/** Pronouns that stand for someone after a preposition of attribution ("selon lui", "laut ihm"). */
const OBJECT_PRONOUNS: Record<SuggestLanguage, ReadonlySet<string>> = {
  fr: new Set(['lui', 'eux', 'elle', 'elles', 'nous', 'je', "j'", 'j’']),
  en: new Set(['him', 'her', 'them', 'us', 'i']),
  de: new Set(['ihm', 'ihr', 'ihnen', 'uns']),
};

/** Demonstratives that stand for the last one named ("ce dernier", "the latter", "Letzterer"). */
const ANAPHORIC = /^(ce dernier|cette dernière|ces derniers|ces dernières|celui-ci|celle-ci|ceux-ci|celles-ci|the latter|letzterer|letztere|dieser|diese)$/u;

/** Pronouns that name nobody: impersonal or expletive ("on précise", "it said", "es heißt"). */
const IMPERSONAL = new Set(['on', 'it', 'es', 'man', 'il y a']);

/** Words that link a head noun to its complement: the head is before them. */
const COMPLEMENT_LINKS: Record<SuggestLanguage, RegExp> = {
  fr: /^(de|du|des|d'|d’|à|au|aux|en|pour|chez|qui|que|dont|sur|dans|par|avec|contre|et)$/u,
  en: /^(of|for|at|in|on|from|to|with|by|who|which|that|and)$/u,
  de: /^(des|der|von|vom|für|aus|im|am|beim|zur|zum|in|bei|und|mit|gegen|über)$/u,
};

/** Pronoun heads that take their noun from a complement ("l'un de ses avocats", "one of the witnesses"). */
const PARTITIVE_HEADS = /^(l'un|l’un|l'une|l’une|un|une|chacun|chacune|certains|certaines|plusieurs|aucun|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|centaines|millier|milliers|majorité|plupart|partie|one|some|several|each|many|most|dozens|hundreds|thousands|group|einer|eine|einige|mehrere|viele|dutzend|hunderte|tausende)$/u;

function isCapitalised(word: string): boolean {
  // "58-Jährige": a number glued to a capitalised noun
  return /^(?:\d+-)?\p{Lu}/u.test(word);
}

/** Particles that open a name ("Von der Leyen", "De Gaulle", "Van Gogh", "Al Thani"). */
const NAME_PARTICLES = /^(von|van|de|der|den|di|da|du|del|della|le|la|al|el|ben|bin|mac|mc|ter|ten|vom|zu)$/u;

/** "le", "l'", "d'" glued to the next word: the word without them. */
function withoutElision(word: string): string {
  return word.replace(/^(?:l|d|qu)['’]/u, '');
}

/** Whether `word` (lowercase) is a speaker noun of `language`, in the singular or plural; German compounds by their last part. */
export function isSpeakerNoun(word: string, language: SuggestLanguage): boolean {
  const nouns = speakerNounSet(language);
  const bare = withoutElision(word);
  if (nouns.has(bare)) return true;
  for (const ending of ['s', 'x', 'es', 'en', 'n', 'e', 'innen', 'in']) {
    if (bare.length > ending.length + 2 && bare.endsWith(ending) && nouns.has(bare.slice(0, -ending.length))) return true;
  }
  if (language === 'de') return GERMAN_SPEAKER_END.test(bare);
  return false;
}

const speakerNounSets = new Map<SuggestLanguage, ReadonlySet<string>>();
function speakerNounSet(language: SuggestLanguage): ReadonlySet<string> {
  let set = speakerNounSets.get(language);
  if (!set) {
    set = new Set(rulesFor(language).speakerNouns);
    speakerNounSets.set(language, set);
  }
  return set;
}
const GERMAN_SPEAKER_END = new RegExp(`(?:${rulesFor('de').speakerNouns.join('|')})(?:in|innen|s|es|en|n|e)?$`, 'u');

/** Words that cannot open a name: function words, adverbs, prepositions ("Or", "De", "Vers", "Mais"). */
function isFunctionWord(lower: string, language: SuggestLanguage): boolean {
  const rules = rulesFor(language);
  return (
    rules.sentenceStartWords.includes(lower) ||
    rules.prepositionOpeners.includes(lower) ||
    rules.cueAdverbs.includes(lower) ||
    rules.nounPhraseStops.includes(lower) ||
    /^(or|c'est|c’est|ce|ceci|cela|voici|there|here|this|that|dies|dort|hier)$/u.test(lower)
  );
}

function wordsOf(text: string, span: Span): Token[] {
  return tokenize(text, span.start, span.end).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
}

/** The kind of speaker `span` names, or undefined when it cannot speak. */
export function speakerKind(text: string, span: Span, language: SuggestLanguage, knownActors: readonly KnownActor[] = []): SpeakerKind | undefined {
  const words = wordsOf(text, span);
  if (words.length === 0) return undefined;
  const expression = text.slice(span.start, span.end);
  if (knownActors.length > 0 && matchGazetteer(expression, knownActors.flatMap((a) => a.names.map((name) => ({ name, value: a.id })))).length > 0) return 'actor';
  const first = words[0]!;
  if (words.length === 1 && IMPERSONAL.has(first.lower)) return undefined;
  if (ANAPHORIC.test(expression.toLowerCase().trim())) return 'pronoun';
  if (words.length === 1 && (SUBJECT_PRONOUNS[language].has(first.lower) || OBJECT_PRONOUNS[language].has(first.lower))) return 'pronoun';
  if (/^\d/u.test(first.text)) return undefined;
  if (language === 'de' && cannotSpeakInGerman(first.lower, words.length) && !isSpeakerNoun(first.lower, 'de')) return undefined;
  if (isName(words, language) || nameWithComplement(words, language) || articleAndAcronym(words, language)) return 'name';
  if (language === 'de') return germanDescription(words) ? 'description' : undefined;
  return isDescription(words, language) ? 'description' : undefined;
}

/** Capitalised words (with the particles of names between) that do not open with a function word. */
function isName(words: readonly Token[], language: SuggestLanguage): boolean {
  const first = words[0]!;
  const particle = NAME_PARTICLES.test(first.lower) && !DETERMINERS[language].has(first.lower) && !/^(der|den|le|la)$/u.test(first.lower) && words.length >= 2 && isCapitalised(words[words.length - 1]!.text) && words.slice(1).every((w) => isCapitalised(w.text) || NAME_PARTICLES.test(w.lower));
  if (!isCapitalised(first.text) || ((isFunctionWord(first.lower, language) || DETERMINERS[language].has(first.lower)) && !particle)) return false;
  if (/^(?:l|d)['’]/u.test(first.lower)) return false; // "L'imam": a description
  const connectors = rulesFor(language).nameConnectors;
  const allNamey = words.every((w, k) => isCapitalised(w.text) || (k > 0 && k < words.length - 1 && (connectors.includes(w.lower) || /^(de|du|des|van|von|der|al|el|ben|bin|da|di|del|la|le)$/u.test(w.lower))));
  if (!allNamey) return false;
  // German capitalises every noun: a single capitalised word is a name only when it is not a common noun the lists know
  if (language === 'de' && words.length === 1) return FIRST_NAMES.has(first.lower) || /^\p{Lu}{2,}/u.test(first.text) || !isSpeakerNounOrCommon(first.lower);
  return true;
}

/** A name and what it belongs to: "Günter Metzges vom Netzwerk Campact", "Jean Dupont de l'association X". */
function nameWithComplement(words: readonly Token[], language: SuggestLanguage): boolean {
  const link = words.findIndex((w, k) => k > 0 && COMPLEMENT_LINKS[language].test(w.lower) && !/^(et|and|und|qui|que|who|which|that)$/u.test(w.lower));
  return link > 0 && isName(words.slice(0, link), language) && (link >= 2 || FIRST_NAMES.has(words[0]!.lower) || /^\p{Lu}{2,}/u.test(words[0]!.text));
}

/** "Die SPD", "la SNCF", "the BBC": an article and an acronym name a body. */
function articleAndAcronym(words: readonly Token[], language: SuggestLanguage): boolean {
  return words.length === 2 && DETERMINERS[language].has(words[0]!.lower) && /^\p{Lu}{2,}[\p{Lu}\d-]*$/u.test(words[1]!.text);
}

/** Words that open a German noun phrase (articles, possessives, quantifiers). */
const GERMAN_OPENERS = /^(der|die|das|des|dem|den|ein|eine|einer|einem|einen|eines|sein|seine|seiner|seinem|seinen|ihr|ihre|ihrer|ihrem|ihren|dessen|deren|unser|unsere|kein|keine|jeder|jede|alle|beide|mehrere|viele|einige|diese|dieser|dieses|zahlreiche)$/u;

/**
 * German capitalises every noun, so a description is an article or possessive and a capitalised
 * noun within a few words ("die Firma", "der Student", "Einer der 13 Feuerwehrmänner"), or a
 * capitalised head that names a source on its own ("Regierungssprecher Steg", "Experten").
 */
function germanDescription(words: readonly Token[]): boolean {
  const first = words[0]!;
  if (GERMAN_OPENERS.test(first.lower)) return words.slice(1, 5).some((w) => isCapitalised(w.text) && !isFunctionWord(w.lower, 'de'));
  return isCapitalised(first.text) && !isFunctionWord(first.lower, 'de') && isSpeakerNoun(first.lower, 'de');
}

/** German single capitalised words that read as common nouns (very rough: speaker nouns count as descriptions, not names). */
function isSpeakerNounOrCommon(lower: string): boolean {
  return isSpeakerNoun(lower, 'de');
}

/**
 * A noun phrase whose head (before its complement) is a speaker noun or a name: "le porte-parole
 * des marins-pompiers", "un proche du Président", "l'un de ses avocats", "la SNCF", "der Sprecher".
 */
function isDescription(words: readonly Token[], language: SuggestLanguage): boolean {
  let k = 0;
  while (k < words.length && (DETERMINERS[language].has(words[k]!.lower) || /^(l|d)['’]$/u.test(words[k]!.lower))) k++;
  const opensWithDeterminer = k > 0 || /^(?:l|d)['’]\p{L}/u.test(words[0]!.lower);
  const head: Token[] = [];
  for (; k < words.length && head.length < 4; k++) {
    const word = words[k]!;
    if (head.length > 0 && COMPLEMENT_LINKS[language].test(word.lower)) break;
    head.push(word);
  }
  if (head.length === 0) return false;
  // "l'un de ses avocats": the noun is in the complement
  if (PARTITIVE_HEADS.test(head[0]!.lower) && head.length === 1) {
    const rest = words.slice(words.indexOf(head[0]!) + 1).filter((w) => !COMPLEMENT_LINKS[language].test(w.lower) && !DETERMINERS[language].has(w.lower));
    return rest.slice(0, 3).some((w) => isSpeakerNoun(w.lower, language));
  }
  // a description opens with a determiner, or is a bare role in apposition ("chef du parti", "directeur du bureau")
  if (!opensWithDeterminer && !isSpeakerNoun(head[0]!.lower, language) && !(language === 'de' && isCapitalised(head[0]!.text))) return false;
  return head.some((w) => isSpeakerNoun(w.lower, language) || (isCapitalised(withoutElision(w.text)) && !isFunctionWord(withoutElision(w.lower), language) && language !== 'de' && w !== words[0]));
}

/** A run of capitalised name words ending right before `end` (skipping spaces), e.g. the "Laurent Wauquiez" of "Laurent Wauquiez, le président". */
function nameEndingAt(text: string, end: number, language: SuggestLanguage): Span | undefined {
  const tokens = tokenize(text, Math.max(0, end - 80), end);
  let k = tokens.length - 1;
  const run: Token[] = [];
  const connectors = rulesFor(language).nameConnectors;
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    if (isCapitalised(t.text) && /\p{L}/u.test(t.text)) run.unshift(t);
    else if (run.length > 0 && (connectors.includes(t.lower) || /^(de|van|von|al|ben|bin|da|di|del|la|le|du)$/u.test(t.lower)) && isCapitalised(tokens[k - 1]?.text ?? '')) run.unshift(t);
    else break;
  }
  while (run.length > 0 && (isFunctionWord(run[0]!.lower, language) || DETERMINERS[language].has(run[0]!.lower) || rulesFor(language).titles.includes(run[0]!.lower))) run.shift();
  if (run.length === 0 || !isName(run, language)) return undefined;
  // a single word at the start of a sentence may be any capitalised word
  const before = tokens[tokens.indexOf(run[0]!) - 1];
  const governs = (word: Token | undefined): boolean => word !== undefined && (rulesFor(language).placePrepositions.includes(word.lower) || rulesFor(language).prepositionOpeners.includes(word.lower));
  // "À Limoges, le maire", "dans les Yvelines, la préfecture": a place after its preposition (and article) is no name in apposition (German, tuned apart, keeps its reading)
  if (before && language !== 'de' && (governs(before) || (DETERMINERS[language].has(before.lower) && governs(tokens[tokens.indexOf(run[0]!) - 2])))) return undefined;
  if (run.length === 1 && (before === undefined || /^[.!?:;]$/u.test(before.text)) && !FIRST_NAMES.has(run[0]!.lower)) return undefined;
  return { start: run[0]!.start, end: run[run.length - 1]!.end };
}

/** A name that starts right at `start` (after an optional determiner and lowercase epithet: "le conservateur Mariano Rajoy"). */
function nameStartingAt(text: string, start: number, language: SuggestLanguage): Span | undefined {
  const tokens = tokenize(text, start, Math.min(text.length, start + 100));
  let k = 0;
  if (tokens[k] && DETERMINERS[language].has(tokens[k]!.lower)) {
    k++;
    while (k < tokens.length && k < 3 && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
  }
  const run: Token[] = [];
  const connectors = rulesFor(language).nameConnectors;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isCapitalised(t.text) && /\p{L}/u.test(t.text)) run.push(t);
    else if (run.length > 0 && (connectors.includes(t.lower) || /^(de|van|von|al|ben|bin|da|di|del|la|le|du)$/u.test(t.lower)) && isCapitalised(tokens[k + 1]?.text ?? '')) run.push(t);
    else break;
  }
  while (run.length > 0 && rulesFor(language).titles.includes(run[0]!.lower.replace(/\.$/u, ''))) run.shift();
  if (run.length === 0 || !isName(run, language)) return undefined;
  return { start: run[0]!.start, end: run[run.length - 1]!.end };
}

/**
 * The name a description stands beside, when the text gives one: "Laurent Wauquiez, le président
 * de la région" or "le président de la région, Laurent Wauquiez" (commas around the apposition),
 * "M. MacLauchlan" (a title abbreviation the phrase lost).
 */
const COMPLEMENT_THEN_COMMA = /^[\s\u00a0]+(?:de|du|des|d['’]|of)(?:[\s\u00a0]*[^\s\u00a0,.;:!?«»"“”]+){1,4}[\s\u00a0]*,[\s\u00a0]*/u;

export function nameBeside(text: string, span: Span, language: SuggestLanguage): Span | undefined {
  const before = text.slice(Math.max(0, span.start - 4), span.start);
  const after = text.slice(span.end, span.end + 4);
  if (/,[\s\u00a0]*$/u.test(before)) {
    const name = nameEndingAt(text, span.start - before.length + before.lastIndexOf(','), language);
    if (name) return name;
  }
  // "l'imam de la ville, Karim Benali,": the description's complement (up to four words) before the comma
  const comma = /^[\s\u00a0]*,[\s\u00a0]*/u.exec(after) ?? COMPLEMENT_THEN_COMMA.exec(text.slice(span.end, span.end + 60));
  if (comma) {
    const name = nameStartingAt(text, span.end + comma[0].length, language);
    // the name closes the apposition: a comma, a verb, the end of the sentence after it
    if (name && /^[\s\u00a0]*([,.;:)(]|$|\p{Ll})/u.test(text.slice(name.end, name.end + 3))) return name;
  }
  return undefined;
}

/**
 * The first phrase inside `span` that can speak, for a phrase that cannot as a whole: "Juliette
 * Méadel a fait" → "Juliette Méadel", "C'est Maradona" → "Maradona", "Le texte charge le
 * secrétaire" → "Le texte", "annoncé le porte-parole de la famille" → "le porte-parole".
 * A name runs over its capitalised words; a description from its determiner to its speaker noun.
 */
function phraseInside(text: string, span: Span, language: SuggestLanguage, knownActors: readonly KnownActor[]): Span | undefined {
  const tokens = tokenize(text, span.start, span.end);
  const connectors = rulesFor(language).nameConnectors;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isCapitalised(t.text) && /\p{L}/u.test(t.text) && !isFunctionWord(t.lower, language) && !DETERMINERS[language].has(t.lower) && !/^(?:l|d)['’]/u.test(t.lower)) {
      let j = i;
      while (j + 1 < tokens.length && (isCapitalised(tokens[j + 1]!.text) || ((connectors.includes(tokens[j + 1]!.lower)) && isCapitalised(tokens[j + 2]?.text ?? '')))) j++;
      const name = { start: t.start, end: tokens[j]!.end };
      // "le parcours de Trump": a name in a complement is not who speaks
      const complement = i > 0 && /^(de|du|des|d'|d’|of|von|vom|der|des)$/u.test(tokens[i - 1]!.lower);
      if (!complement && speakerKind(text, name, language, knownActors) === 'name') return name;
      i = j;
      continue;
    }
    if (!DETERMINERS[language].has(t.lower) && !/^(?:l|d)['’]\p{L}/u.test(t.lower)) continue;
    // from the determiner to the first speaker noun, within four words
    for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
      const w = tokens[j]!;
      if (j > i && /^[^\p{L}]/u.test(w.text)) break;
      if (isSpeakerNoun(w.lower, language) && !PARTITIVE_HEADS.test(withoutElision(w.lower))) return { start: t.start, end: w.end };
    }
  }
  return undefined;
}

/**
 * The candidate for the expression a speaker rule found: itself when it can speak, the name
 * beside it when it is a description with a name in apposition, the first phrase inside it that
 * can speak; undefined when nothing can.
 */
export function speakerCandidate(text: string, span: Span, language: SuggestLanguage, knownActors: readonly KnownActor[] = []): SpeakerCandidate | undefined {
  let fixed = span;
  // "M" of "M. MacLauchlan": the abbreviation without its name
  const abbreviation = /^(M|Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|Prof)$/u.test(text.slice(span.start, span.end)) ? /^\.?[\s\u00a0]+/u.exec(text.slice(span.end)) : null;
  if (abbreviation) {
    const name = nameStartingAt(text, span.end + abbreviation[0].length, language);
    if (name) fixed = { start: span.start, end: name.end };
  }
  // "schrieb die „Computerwoche“", "die in New York geborene Lopez": a German article the phrase reader stopped at
  if (language === 'de' && DETERMINERS.de.has(text.slice(span.start, span.end).toLowerCase())) fixed = germanPhraseAfterArticle(text, span) ?? fixed;
  const kind = speakerKind(text, fixed, language, knownActors);
  if (kind === 'description' || kind === undefined) {
    const name = nameBeside(text, fixed, language);
    // only a description (or a phrase that cannot speak but is a role in apposition) gives way to the name beside it
    if (name && (kind === 'description' || startsWithSpeakerNoun(text, fixed, language))) return { span: name, kind: speakerKind(text, name, language, knownActors) === 'actor' ? 'actor' : 'name' };
  }
  if (kind === 'description' && language !== 'de') return { span: descriptionOnly(text, fixed, language), kind };
  if (kind) return { span: fixed, kind };
  const inside = phraseInside(text, fixed, language, knownActors);
  const insideKind = inside ? speakerKind(text, inside, language, knownActors) : undefined;
  return inside && insideKind ? { span: inside, kind: insideKind } : undefined;
}

/**
 * A description without the clause that runs on after it: "Le texte charge le secrétaire" →
 * "Le texte" (a determiner that no preposition links opens another phrase, so the word before
 * it is a verb).
 */
function descriptionOnly(text: string, span: Span, language: SuggestLanguage): Span {
  const words = wordsOf(text, span);
  for (let k = 2; k < words.length; k++) {
    // "des", "du" are complements too ("de la Cour des comptes")
    if (!DETERMINERS[language].has(words[k]!.lower) || COMPLEMENT_LINKS[language].test(words[k]!.lower) || COMPLEMENT_LINKS[language].test(words[k - 1]!.lower)) continue;
    const kept = words.slice(0, k - 1);
    return kept.length > 0 && kept.some((w) => isSpeakerNoun(w.lower, language)) ? { start: span.start, end: kept[kept.length - 1]!.end } : span;
  }
  return span;
}

/** The German article at `article` and the words after it up to the next punctuation, when they end with a name or a noun (six words at most). */
function germanPhraseAfterArticle(text: string, article: Span): Span | undefined {
  const rest = /^[^,.;:!?\n]{1,80}/u.exec(text.slice(article.end))?.[0] ?? '';
  const words = tokenize(rest).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const last = words[words.length - 1];
  if (!last || words.length > 6 || !isCapitalised(last.text) || isFunctionWord(last.lower, 'de')) return undefined;
  const closing = /^[\s\u00a0]*[“"]/u.exec(rest.slice(last.end));
  return { start: article.start, end: article.end + last.end + (closing ? closing[0].length : 0) };
}

function startsWithSpeakerNoun(text: string, span: Span, language: SuggestLanguage): boolean {
  const first = wordsOf(text, span)[0];
  return first !== undefined && isSpeakerNoun(first.lower, language);
}
