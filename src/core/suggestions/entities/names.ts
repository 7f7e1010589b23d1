/**
 * Capitalised name candidates: runs of capitalised words joined by name particles
 * ("Place de la Concorde", "Ludwig van Beethoven", "al-Bab"), lowercase heads that open a
 * name ("ministère de l'Intérieur", "gare Saint-Lazare"), titles and nationality nouns left
 * out ("le Britannique Tom Bishop" → "Tom Bishop"), sentence-initial common words left out.
 */
import type { Span } from '../../model';
import { CONNECTORS, hasDemonymEnding, isCountry, DEMONYMS, EVENT_HEADS, FIRST_NAMES, FUNCTION_WORDS, ORGANIZATION_HEADS, PARTICLE_PREFIX, PLACE_HEADS, TITLES } from '../languages/lexicons';
import { tokenize, type Token } from '../text/tokens';
import { ANY_LANGUAGE } from '../languages';
import type { SuggestLanguage } from '../types';

/** Read whatever the text's language (see ../languages/rules.ts). */
const LOWERCASE_HEADS = ANY_LANGUAGE.lowercaseHeads;
const NAME_ADJECTIVES = ANY_LANGUAGE.nameAdjectives;
const CAPITALISED_TITLES = ANY_LANGUAGE.capitalisedTitles;
const DOCUMENT_HEADS = ANY_LANGUAGE.documentHeads;
const LONE_HEADS = ANY_LANGUAGE.loneHeads;

export interface NameCandidate extends Span {
  readonly text: string;
  /** Lowercased words of the name. */
  readonly words: readonly string[];
  /** The word before the name (lowercased), for typing by context. */
  readonly previous: string;
  readonly previous2: string;
  /** The text right after the name (a few characters). */
  readonly following: string;
  /** The text right before the name (a few words). */
  readonly preceding: string;
  /** A title or nationality noun was removed from its start ("M.", "le président", "le Russe"). */
  readonly titled: boolean;
  readonly acronym: boolean;
  /** Language of the text, for lexicons that differ by language. */
  readonly language?: SuggestLanguage;
}

const ELISION = /^(?:l|d|qu|j|n|s|jusqu|lorsqu|puisqu)['’](?=\p{Lu})/iu;
const ARTICLES = new Set(['la', 'le', 'the', 'der', 'den', 'das', 'die']);


function isCapitalisedWord(word: string): boolean {
  const first = word[0];
  return first !== undefined && /\p{Lu}/u.test(first);
}



/** "nord", "sud-ouest", "north", "south-east": a direction, not a name of its own. */
export function isCardinalPoint(lower: string): boolean {
  return /^(?:nord|sud|est|ouest|north|south|east|west)(?:-(?:est|ouest|east|west))?$/u.test(lower);
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(word) || /^(?:\p{Lu}\.){2,}$/u.test(word);
}

/** The word with an elided article removed ("l'Iditarod" → "Iditarod"), and how much was cut. */
function stripElision(token: Token): { text: string; cut: number } {
  const match = ELISION.exec(token.text);
  return match ? { text: token.text.slice(match[0].length), cut: match[0].length } : { text: token.text, cut: 0 };
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s\u00a0\u202f«“„"'‘(\[–—-]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;…]/u.test(text[i]!);
}

/** Every capitalised name candidate of `text`, left to right, not overlapping. */
export function findNameCandidates(text: string, language?: SuggestLanguage): NameCandidate[] {
  const tokens = tokenize(text);
  const lowercaseWords = new Set<string>();
  tokens.forEach((t, i) => {
    if (!isCapitalisedWord(t.text) && /\p{L}/u.test(t.text)) lowercaseWords.add(t.lower);
    if (i > 0 && isCapitalisedWord(t.text) && !startsSentence(text, t.start)) lowercaseWords.add(`#cap:${t.lower}`);
  });
  const candidates: NameCandidate[] = [];
  // computed once: checking the lines around every capitalised word made this quadratic in practice
  const navigation = navigationLines(text);
  let line = 0;
  const inNavigationList = (token: Token): boolean => {
    while (line < navigation.length && navigation[line]!.end < token.start) line++;
    return line < navigation.length && navigation[line]!.start <= token.start;
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const opensWithHead = LOWERCASE_HEADS.has(token.lower) && (isNameWord(tokens[i + 1]) || (token.lower === 'armée' && DEMONYMS.has(tokens[i + 1]?.lower ?? '')));
    const opensWithHeadAndParticle = LOWERCASE_HEADS.has(token.lower) && /^(de|du|des)$/u.test(tokens[i + 1]?.lower ?? '') && (isNameWord(tokens[i + 2]) || (tokens[i + 2]?.lower === 'la' && isNameWord(tokens[i + 3])) || ELISION.test(tokens[i + 2]?.text ?? ''));
    if (!(isNameWord(token) || opensWithHead || opensWithHeadAndParticle) || inNavigationList(token)) {
      i++;
      continue;
    }
    // extend the run
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j]!;
      // two names side by side: "la maire de Paris Anne Hidalgo"
      const before = stripElision(tokens[j - 1]!).text.toLowerCase();
      if (FIRST_NAMES.has(next.lower.split('-')[0]!) && isNameWord(tokens[j + 1]) && !FIRST_NAMES.has(before) && !TITLES.has(before) && !DEMONYMS.has(before)) break;
      // an initial inside a person's name: "Michael E. Brown", "George R. R. Martin" (before a capital joins on its own)
      if (/^\p{Lu}$/u.test(next.text) && tokens[j + 1]?.text === '.' && isNameWord(tokens[j + 2]) && tokens[j + 2]!.start === tokens[j + 1]!.end + 1) {
        last = j + 2;
        j += 3;
        continue;
      }
      // a model after its maker is not part of the maker's name: "Airbus A320", "Boeing 777X"
      if (/^\p{Lu}{1,3}\d[\p{L}\d-]*$/u.test(next.text)) break;
      if (isNameWord(next) && !ELISION.test(next.text) && gapIsSpace(text, tokens[j - 1]!, next)) {
        last = j;
        j++;
        continue;
      }
      // a small number after a name: "France 2", "Europe 1", "Ligue 1"
      if (/^\d{1,2}$/u.test(next.text) && gapIsSpace(text, tokens[j - 1]!, next) && isNameWord(tokens[j - 1]) && !/^[\s\u00a0]?(?:%|[.,:]\d|\d|[-–][\s\u00a0]?\d|à[\s\u00a0]\d|(?:km|m|kg|h|ans|heures|mois|jours|fois|euros|millions|milliards|personnes|morts|points|buts|minutes|secondes|e|er|ème)(?![\p{L}]))/u.test(text.slice(next.end, next.end + 12))) {
        last = j;
        j++;
        continue;
      }
      if (ELISION.test(next.text) && /^(d|l)['’]/iu.test(next.text) && isCapitalisedWord(stripElision(next).text) && gapIsSpace(text, tokens[j - 1]!, next) && CONNECTORS.has(tokens[j - 1]!.lower) === false && /^(?:d)['’]/iu.test(next.text)) {
        last = j; // "Afrique d'Ouest", "Côte d'Ivoire"
        j++;
        continue;
      }
      // connectors: "de la", "of the", "van der", "de l'"; an event does not take its place
      // ("Jeux olympiques de Rio", "Tour de France": the place is a name of its own)
      if (EVENT_HEADS.has(stripElision(tokens[i]!).text.toLowerCase())) break;
      if (last === i && separatesAtParticle(tokens[i]!, tokens[j]!, tokens.slice(j, j + 4), language)) break;
      let k = j;
      // an article joins only after a particle ("de la", "of the", "van der"), never alone ("Paris le Prix")
      while (k < tokens.length && k < j + 2 && CONNECTORS.has(tokens[k]!.lower) && (k > j || !ARTICLES.has(tokens[k]!.lower)) && gapIsSpace(text, tokens[k - 1]!, tokens[k]!)) k++;
      const after = tokens[k];
      // "le Twitter de Marine Le Pen", "les Bleus de Laurent Blanc": whose, not part of the name
      if (k > j && after && FIRST_NAMES.has(after.lower.split('-')[0]!) && isNameWord(tokens[k + 1]) && !LOWERCASE_HEADS.has(tokens[i]!.lower)) break;
      const elidedAfter = after && /^(?:l|d)['’]/iu.test(after.text) && isCapitalisedWord(stripElision(after).text);
      if (k > j && after && (isNameWord(after) || elidedAfter) && gapIsSpace(text, tokens[k - 1]!, after)) {
        last = k;
        j = k + 1;
        continue;
      }
      if (elidedAfter && k === j && gapIsSpace(text, tokens[j - 1]!, after)) {
        last = j;
        j++;
        continue;
      }
      // lowercase adjectives after a head word: "Assemblée nationale", "armée syrienne"
      if ((NAME_ADJECTIVES.has(next.lower) || DEMONYMS.has(next.lower) || /^(?:européen|européenne|africain|africaine|asiatique|arabe)s?$/u.test(next.lower)) && gapIsSpace(text, tokens[j - 1]!, next) && j - i <= 3) {
        last = j;
        j++;
        continue;
      }
      break;
    }
    const run = tokens.slice(i, last + 1);
    const candidate = trimRun(text, run, tokens.slice(Math.max(0, i - 12), i), lowercaseWords, language);
    i = last + 1;
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/**
 * Whether a one-word run ends before its particle: a function ("Président de la République",
 * "PDG de Total"), a cardinal point ("le Nord de l'Italie"), or a country that the rest only
 * situates something in ("sortie du Royaume-Uni de l'Union européenne"); a country keeps a
 * cardinal point ("Corée du Nord", "Afrique de l'Ouest").
 */
function separatesAtParticle(word: Token, particle: Token, rest: readonly Token[], language?: SuggestLanguage): boolean {
  if (!/^(?:de|du|des|d['’].*)$/u.test(particle.lower)) return false;
  const lower = word.lower;
  // "le PGHM de Briançon", "l'UDI de Vincennes": a body's acronym, then where its branch is
  if (isAcronym(word.text)) return true;
  if (TITLES.has(lower) || /^(?:pdg|ceo|haut-commissaire|haute-commissaire|vice-président|vice-présidente)$/u.test(lower)) return true;
  if (isCardinalPoint(lower)) return true;
  if (!isCountry(word.text, language)) return false;
  const after = rest.map((t) => stripElision(t).text.toLowerCase()).filter((w) => w !== 'la' && w !== 'de' && w !== 'du' && w !== '');
  return !isCardinalPoint(after[0] ?? '');
}

/**
 * Navigation lists such as Wikinews' "Partager cet article : Courriel , Facebook , Twitter":
 * three or more consecutive short lines.
 */
function navigationLines(text: string): Span[] {
  const lines: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ start, end });
    start = end + 1;
  }
  const short = lines.map(({ start, end }) => {
    const words = text.slice(start, end).trim();
    return words !== '' && words.split(/\s+/u).length <= 3;
  });
  return lines.filter((_, k) => {
    if (!short[k]) return false;
    const neighbours = [short[k - 2], short[k - 1], short[k + 1], short[k + 2]].filter(Boolean).length;
    return neighbours >= 2 && (short[k - 1] === true || short[k + 1] === true);
  });
}

/**
 * Whether the text after a word continues it with a lowercase complement ("de sûreté nucléaire",
 * "des deux Mondes", "de l'information") rather than an infinitive ("permet à Nantes de
 * conforter", "accuse l'Élysée de tenir").
 */
function headsLowercasePhrase(after: string): boolean {
  const match = /^[\s\u00a0]?(?:(?:de|du|des)[\s\u00a0]+|d['’][\s\u00a0]?)(?:(?:l['’]|la[\s\u00a0]+)[\s\u00a0]?)?(\p{Ll}[\p{L}'’-]*)/u.exec(after);
  if (!match) return false;
  const word = match[1]!;
  return !/(?:er|ir|re|oir)$/u.test(word) && !/^(?:se|s['’].*|ne|n['’].*|y|en|leur|lui|nous|vous|me|m['’].*|le|les|ses|sa|son|leurs|ce|cette|ces)$/u.test(word);
}

function isNameWord(token: Token | undefined): boolean {
  if (!token) return false;
  const text = stripElision(token).text;
  // "C'est", "Aujourd'hui" are not names; "Ra'ad" and "O'Neill" are
  if (/^(?:c|s|n|j|m|t|qu|aujourd|presqu|quelqu)['’]\p{Ll}/iu.test(text)) return false;
  return (isCapitalisedWord(text) || PARTICLE_PREFIX.test(text)) && /\p{L}/u.test(text);
}

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0\u202f]?$/u.test(text.slice(a.end, b.start)) || (a.text.endsWith("'") || a.text.endsWith('’')) && a.end === b.start;
}

/** Removes sentence-initial common words, titles and nationality nouns from the start of a run. */
function trimRun(text: string, run: Token[], before: readonly Token[], lowercaseWords: ReadonlySet<string>, language?: SuggestLanguage): NameCandidate | undefined {
  let first = 0;
  let titled = false;
  const firstToken = run[0]!;
  const previousTokens = before.filter((t) => t.start >= firstToken.start - 40 && (/\p{L}/u.test(t.text) || t.text === '.'));
  // "l'entraîneur Hugues Obry": the word before, without its elided article, is what types the name
  const bare = (word: string | undefined): string => (word ?? '').replace(/^(?:l|d|qu|j|n|s|jusqu|lorsqu|puisqu)['’](?=\p{L})/u, '');
  let previous = bare(previousTokens.filter((t) => t.text !== '.').slice(-1)[0]?.lower);
  let previous2 = bare(previousTokens.filter((t) => t.text !== '.').slice(-2)[0]?.lower);
  while (first < run.length) {
    const token = run[first]!;
    const word = stripElision(token).text;
    const lower = word.toLowerCase();
    const initial = first === 0 ? startsSentence(text, token.start) : false;
    const commonAtStart = initial && (FUNCTION_WORDS.has(lower) || (lowercaseWords.has(lower) && !lowercaseWords.has(`#cap:${lower}`)));
    // "la Loi Macron", "le Statut de Rome", "le Concours Eurovision": the name is what the law,
    // treaty or contest is named after
    const nextIsFirstName = FIRST_NAMES.has((run[first + 1]?.lower ?? '').split('-')[0]!);
    // in French, where functions are written in lowercase, one written with a capital inside a
    // sentence is more often part of a name ("General Electric", "Prince Rogers Nelson", "Mari
    // Rabie") than the title it also is, unless it is abbreviated ("M.", "Dr"), heads the
    // sentence, or a first name follows ("Président Emmanuel Macron"); English capitalises titles
    // ("Prime Minister Rishi Sunak")
    const capitalisedTitle = language === 'fr' && isCapitalisedWord(word) && !initial && first === 0 && word.length > 3 && !/\.$/u.test(word) && !nextIsFirstName && !CAPITALISED_TITLES.has(lower);
    const title = TITLES.has(lower.replace(/\.$/u, '')) && !capitalisedTitle;
    const documentHead = first === 0 && run.length > 1 && DOCUMENT_HEADS.has(lower);
    const elided = stripElision(token).cut > 0;
    const articleBefore = elided || /^(le|la|les|l'|l’|un|une|du|des|au|aux|the|a|der|die|den|dem)$/u.test(first === 0 ? previous : run[first - 1]!.lower);
    // "le jeune Français Warren Barguil", "la Suisse Emma Bilham": a nationality before a full name
    const beforeFullName = run.length - first >= 3 && isCapitalisedWord(word) && (DEMONYMS.has(lower) || (isCountry(word, language) && articleBefore && nextIsFirstName));
    const cardinalAfter = isCardinalPoint(run[first + 1]?.lower ?? '');
    const demonym = beforeFullName || (run.length - first > 1 && !cardinalAfter && (hasDemonymEnding(lower, language) || DEMONYMS.has(lower)) && !FIRST_NAMES.has(lower) && !isCountry(word, language) && isCapitalisedWord(word) && !ORGANIZATION_HEADS.has(lower) && !PLACE_HEADS.has(lower) && (articleBefore || (nextIsFirstName && DEMONYMS.has(lower))));
    // "L' Agence": an elided article written apart from its noun
    const connector = (CONNECTORS.has(token.lower) && !isCapitalisedWord(token.text)) || /^(?:l|d)['’]$/iu.test(token.text);
    // "Le Monde", "La Ciotat" keep their article mid-sentence; at a sentence start it is just capitalised
    const determiner = first === 0 && initial && /^(le|la|les|the|der|die|das|un|une)$/u.test(lower) && run.length > 1;
    const functionWord = first === 0 && initial && FUNCTION_WORDS.has(lower) && !/^(le|la|les|the)$/u.test(lower) && run.length > 1;
    // a lone word at a sentence start is a name only if the article capitalises it elsewhere too
    const unconfirmed = initial && run.length - first === 1 && !lowercaseWords.has(`#cap:${lower}`) && !isCountry(word, language) && !FIRST_NAMES.has(lower) && !/^\p{Lu}[\p{Lu}\d]+$/u.test(word);
    if (unconfirmed) return undefined;
    if (commonAtStart || title || demonym || connector || determiner || functionWord || documentHead) {
      if (title || demonym) titled = true;
      previous2 = previous;
      previous = lower;
      first++;
      // skip "." after an abbreviated title ("M. Macron")
      continue;
    }
    break;
  }
  // what remains must start like a name ("Canard enchaîné" minus "Canard" is not one)
  while (first < run.length && !isNameWord(run[first]!) && !LOWERCASE_HEADS.has(run[first]!.lower)) first++;
  let last = run.length - 1;
  while (last >= first && (CONNECTORS.has(run[last]!.lower) || FUNCTION_WORDS.has(run[last]!.lower))) last--;
  if (last < first) return undefined;
  const firstKept = run[first]!;
  const cut = stripElision(firstKept).cut;
  const start = firstKept.start + cut;
  const end = run[last]!.end;
  const value = text.slice(start, end);
  if (!/\p{L}/u.test(value)) return undefined;
  const words = value.toLowerCase().split(/[\s\u00a0]+/u);
  if (words.length === 1) {
    const word = words[0]!;
    // a lone head noun ("l'État", "la République", "le Conseil"), a demonym ("les Français"), an initial
    if (FUNCTION_WORDS.has(word) || LONE_HEADS.has(word) || (PLACE_HEADS.has(word) && !isCardinalPoint(word)) || EVENT_HEADS.has(word)) return undefined;
    // "la Néo-Zélandaise", "le Norvégien": an inhabitant; "le Pas-de-Calais", "la Nouvelle-Aquitaine" are places
    const singularDemonym = /^(?:[^-]+|(?:sud|nord|néo|est|ouest)-[^-]+)$/u.test(word) && /(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine)$/u.test(word) && /^(le|la|un|une|du)$/u.test(previous);
    if ((DEMONYMS.has(word) || (hasDemonymEnding(word, language) && /s$/u.test(word) && /^(les|des|aux)$/u.test(previous)) || singularDemonym) && !isCountry(value, language)) return undefined;
    if (value.replace(/\./gu, '').length < 2) return undefined;
    const known = isCountry(value, language) || FIRST_NAMES.has(word) || isAcronym(value);
    // "l'Autorité de sûreté nucléaire", "le prix Nobel de chimie", "la Revue des deux Mondes": a
    // capitalised common noun that heads a lowercase phrase is not a name on its own
    if (!known && headsLowercasePhrase(text.slice(end, end + 40))) return undefined;
    // "un Ouzbek", "une Marseillaise": one of many, not a name ("un Airbus A320" names its maker)
    if (!known && /^(?:un|une)$/u.test(previous) && !/^[\s\u00a0]\p{Lu}{1,3}\d/u.test(text.slice(end, end + 6))) return undefined;
  }
  return {
    start,
    end,
    text: value,
    words,
    previous,
    previous2,
    following: text.slice(end, end + 20),
    preceding: text.slice(Math.max(0, start - 40), start),
    titled,
    acronym: run.length - first === 1 && isAcronym(value),
    ...(language ? { language } : {}),
  };
}
