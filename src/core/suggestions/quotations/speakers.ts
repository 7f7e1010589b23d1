/**
 * Finds the cue and the speaker of a quotation in its sentence: "selon X", "X a déclaré",
 * "a-t-il affirmé", "estime X", "d'après X", colon introductions; "X said", "said X",
 * "according to X", "X told Y"; "sagte X", "so X", "laut X", "X zufolge".
 */
import type { Span } from '../../model';
import { DETERMINERS, FR_ACTIVE_AUXILIARIES, FR_AUXILIARIES, SUBJECT_PRONOUNS, cueLexicon } from '../languages/cueLexicon';
import { FIRST_NAMES, TITLES } from '../languages/lexicons';
import { tokenize, type Token } from '../text/tokens';
import type { SuggestLanguage } from '../types';
import { ANY_LANGUAGE } from '../languages';
import { sourceHeads } from '../languages/de/sourceHeads';
import { firstAnswer } from '../firstAnswer';
import { speakerCandidate } from './speakerCandidates';

export type CueKind = 'verb' | 'preposition' | 'colon';

export interface Attribution {
  readonly cue?: Span;
  readonly cueKind: CueKind;
  readonly speaker?: Span;
  /** The verb or preposition sits right next to the quotation (only punctuation between). */
  readonly adjacent: boolean;
  /** The quotation itself is the source a preposition names ("laut „Reuters“"). */
  readonly sourceIsQuote?: boolean;
  /** The verb follows the quotation with nothing between: the quotation is its subject ("„Xinhua“ meldete"). */
  readonly quoteIsSubject?: boolean;
}

const INVERTED = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/u;
const PUNCT = /^[^\p{L}\p{M}\p{N}]$/u;
/** Words that end a noun phrase, every language's (see ../languages/rules.ts, like the next lists). */
const NP_STOP = ANY_LANGUAGE.nounPhraseStops;
/** Determiners that may open a noun phrase although NP_STOP lists them as relative pronouns. */
const NP_OPENERS = new Set(['der', 'die', 'das', 'a', 'ce']);
/** Adverbs skipped between a verb of saying and its subject. */
const ADVERBS = ANY_LANGUAGE.cueAdverbs;
/** Words that link a phrase to what follows and are left off its end. */
const TRAILING_LINKS = new Set(['von', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'un', 'une', 'le', 'la', 'les', 'a', 'an', 'the', 'of', 'de', 'du', 'des', 'vom', 'zum', 'zur']);

/** Pronouns that follow a preposition of attribution ("selon lui", "according to him", "laut ihm"). */
const OBJECT_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles', 'him', 'her', 'them', 'ihm', 'ihr', 'ihnen']);
/** Relative pronouns whose antecedent is the speaker ("Laurent Wauquiez, qui se félicite"). */
const RELATIVES = new Set(['qui', 'who', 'which', 'der', 'die', 'welcher', 'welche']);
/** Auxiliaries that open a verb group whose participle comes later ("„…“, hatte X … erklärt"). */
const AUXILIARIES = new Set(['a', 'avait', 'hat', 'hatte', 'habe', 'hätte', 'ist', 'war', 'wird', 'wurde', 'has', 'had', 'was']);
/** Words that open a prepositional or adverbial phrase, not a subject. */
const PREPOSITION_OPENERS = ANY_LANGUAGE.prepositionOpeners;

function isCapitalised(token: Token): boolean {
  const first = token.text[0]!;
  return first !== first.toLowerCase();
}

/** German words that link one noun phrase to the next inside it ("der Chef des Verbands", "Sprecher von Greenpeace"). */
const GERMAN_NP_LINKS = new Set(['der', 'des', 'von', 'vom', 'für', 'aus', 'im', 'am', 'beim', 'zur', 'zum', 'in', 'bei', 'und', 'dem', 'den', 'die', 'das']);

/**
 * Where a German noun phrase ends: its nouns and names are capitalised, so a lowercase word
 * right after one (other than an article or preposition that links a genitive or a "von"
 * phrase) is already the verb or an adverb ("Reinhold Gall nicht", "die DSW schlug").
 * Returns the indices where a new phrase would have to start.
 */
function germanPhraseBreaks(phrase: readonly Token[]): number[] {
  const breaks: number[] = [];
  for (let k = 1; k < phrase.length; k++) {
    const token = phrase[k]!;
    const previous = phrase[k - 1]!;
    const lowercase = /^\p{Ll}/u.test(token.text);
    const previousIsNoun = (isCapitalised(previous) && !DETERMINERS.de.has(previous.lower) && !GERMAN_NP_LINKS.has(previous.lower) && !SUBJECT_PRONOUNS.de.has(previous.lower)) || /^\d/u.test(previous.text) || previous.text === ')';
    // "nannte Shultz einen …", "räumte Lopez ein": an object or a verb particle follows the name
    const objectOrParticle = /^(den|dem|einen|einem|ein|eine)$/u.test(token.lower) && !/^\p{Lu}/u.test(phrase[k + 1]?.text ?? '');
    if (lowercase && previousIsNoun && ((!GERMAN_NP_LINKS.has(token.lower) && !DETERMINERS.de.has(token.lower)) || objectOrParticle || /^(den|dem|einen|einem|seinen|seinem|ihren|ihrem|diesen|diesem)$/u.test(token.lower))) breaks.push(k);
  }
  return breaks;
}

function germanHead(phrase: Token[]): Token[] {
  const first = germanPhraseBreaks(phrase)[0];
  let kept = first === undefined ? phrase : phrase.slice(0, first);
  while (kept.length > 1 && GERMAN_NP_LINKS.has(kept[kept.length - 1]!.lower)) kept = kept.slice(0, -1);
  return kept;
}

/** The tokens of the noun phrase that starts at `from` and reads rightwards. */
function nounPhraseAfter(tokens: readonly Token[], from: number, language: SuggestLanguage): Token[] {
  let i = from;
  // "ein" is a verb particle ("räumte ein") unless a noun follows ("ließ ein Sprecher")
  while (i < tokens.length && ADVERBS.has(tokens[i]!.lower) && !(tokens[i]!.lower === 'ein' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))) i++;
  if (tokens[i] && OBJECT_PRONOUNS.has(tokens[i]!.lower)) return [tokens[i]!];
  // "a confié, à Reuters, le directeur": skip one parenthetical between commas
  if (tokens[i]?.text === ',') {
    let j = i + 1;
    while (j < tokens.length && j < i + 8 && tokens[j]!.text !== ',' && !PUNCT.test(tokens[j]!.text)) j++;
    if (tokens[j]?.text === ',') i = j + 1;
  }
  const phrase: Token[] = [];
  for (; i < tokens.length && phrase.length < 9; i++) {
    const token = tokens[i]!;
    if (PUNCT.test(token.text) && token.text !== '-') break;
    if (phrase.length === 0 ? NP_STOP.has(token.lower) && !NP_OPENERS.has(token.lower) && !DETERMINERS[language].has(token.lower) : NP_STOP.has(token.lower) && !(language === 'de' && /^(der|des)$/u.test(token.lower))) break;
    phrase.push(token);
  }
  return language === 'de' ? germanHead(phrase) : phrase;
}

/** The tokens of the subject that ends right before `before`, reading leftwards. */
function nounPhraseBefore(tokens: readonly Token[], before: number): Token[] {
  let i = before - 1;
  while (i >= 0 && ADVERBS.has(tokens[i]!.lower)) i--;
  if (i >= 0 && RELATIVES.has(tokens[i]!.lower) && tokens[i - 1]?.text === ',') {
    // the antecedent of "qui": skip the comma and a parenthesis such as "( LR )"
    i -= 2;
    if (tokens[i]?.text === ')') while (i >= 0 && tokens[i]!.text !== '(') i--;
    if (tokens[i]?.text === '(') i--;
  }
  if (i >= 0 && tokens[i]!.text === ',') i = (insertionBefore(tokens, i) ?? i) - 1; // an apposition: ", Mohammed Belhocine, a annoncé"
  const phrase: Token[] = [];
  for (; i >= 0 && phrase.length < 10; i--) {
    const token = tokens[i]!;
    if (PUNCT.test(token.text) && token.text !== '-') break;
    if (NP_STOP.has(token.lower) && !NP_OPENERS.has(token.lower)) break;
    phrase.unshift(token);
  }
  return phrase;
}

/** Nouns after which a name is a body's ("du parti politique Sinn Féin", "the newspaper Le Monde"), not the speaker's. */
const BODY_NOUNS = new Set(ANY_LANGUAGE.organizationNounsBefore);

/**
 * Whether the capitalised run holding `phrase[k]` names a body in a complement: "chef du parti
 * politique Sinn Féin" (the name is the party's, the chief speaks); "le groupe Facebook", where
 * the body heads the phrase, keeps its name.
 */
function bodyInAComplement(phrase: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && isCapitalised(phrase[j]!)) j--;
  for (let n = 0; j >= 0 && n < 3 && /^\p{Ll}/u.test(phrase[j]!.text); j--, n++) {
    if (BODY_NOUNS.has(phrase[j]!.lower)) return phrase.slice(0, j).some((t) => /^(de|du|des|of)$/u.test(t.lower) || /^d['’]/u.test(t.lower));
  }
  return false;
}

/** Whether `phrase[k]` opens a complement: after "de", "du", "of", or "de la", "of the" ("le représentant de la Commission"). */
function inAComplement(phrase: readonly Token[], k: number): boolean {
  const link = /^(de|du|des|of|d'|d’)$/u;
  return (k > 0 && link.test(phrase[k - 1]!.lower)) || (k > 1 && /^(la|l'|l’|the)$/u.test(phrase[k - 1]!.lower) && link.test(phrase[k - 2]!.lower));
}

function isFirstName(word: Token): boolean {
  return FIRST_NAMES.has(word.lower) || (word.lower.includes('-') && FIRST_NAMES.has(word.lower.split('-')[0]!));
}

/**
 * A person's name that ends the phrase after a title and what qualifies it: "le Taoiseach
 * irlandais Leo Varadkar", "le grand maître du Grand Orient Jean-Philippe Hubsch" (a first name
 * opens it). Not a name in a complement ("le parcours de Jean Dupont").
 */
function personNameAtTheEnd(phrase: readonly Token[]): Span | undefined {
  let start = phrase.length;
  while (start > 0 && (isCapitalised(phrase[start - 1]!) || (/^(de|van|von|al|ben|bin|da|di|del|du|la|le)$/u.test(phrase[start - 1]!.lower) && start < phrase.length && start - 2 >= 0 && isCapitalised(phrase[start - 2]!)))) start--;
  for (let p = start; p < phrase.length - 1; p++) {
    if (!isFirstName(phrase[p]!)) continue;
    const inComplement = p === start && /^(de|du|des|of|d'|d’)$/u.test(phrase[p - 1]?.lower ?? '');
    return p > 0 && !inComplement ? { start: phrase[p]!.start, end: phrase[phrase.length - 1]!.end } : undefined;
  }
  return undefined;
}

/** Past participles that open a phrase inserted between a subject and its verb ("publiée le 3 mai", "élu en 2012", "elected in 2010"). */
const INSERTED_PARTICIPLE = /^\p{Ll}[\p{Ll}-]*(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|ed)$/u;

/**
 * "Un rapport de l'IGPN, publiée le 27 juillet, assurait", "Marie Roche, qui vit à Lyon, a dit":
 * a relative clause or a participle phrase between commas sits between the subject and its verb.
 * Given the comma that closes it, the index of the comma that opens it (the subject is before).
 */
function insertionBefore(tokens: readonly Token[], closing: number): number | undefined {
  for (let j = closing - 1; j >= 0 && j >= closing - 12; j--) {
    const token = tokens[j]!;
    if (token.text !== ',') {
      if (PUNCT.test(token.text)) return undefined;
      continue;
    }
    const first = tokens[j + 1];
    if (!first || j + 1 === closing || j === 0) return undefined;
    const relative = RELATIVES.has(first.lower) && first.lower !== 'der' && first.lower !== 'die';
    const participle = INSERTED_PARTICIPLE.test(first.text) && !ADVERBS.has(first.lower) && !NP_STOP.has(first.lower);
    return relative || participle ? j : undefined;
  }
  return undefined;
}

/** Narrows a phrase to its pronoun, or to the proper name in apposition at its end ("le maire Gaël Perdriau"). */
function speakerOf(phrase: readonly Token[], language: SuggestLanguage): Span | undefined {
  if (phrase.length === 0) return undefined;
  const pronoun = phrase.find((t) => SUBJECT_PRONOUNS[language].has(t.lower));
  if (pronoun && phrase.length <= 2) return { start: pronoun.start, end: pronoun.end };
  if (language !== 'de') {
    const person = personNameAtTheEnd(phrase);
    if (person) return person;
    // "le maire Gaël Perdriau" → "Gaël Perdriau"; but not "le représentant de l'OMS" → "l'OMS", nor "chef du parti politique Sinn Féin" → "Sinn Féin"
    const at = phrase.findIndex((t, k) => isCapitalised(t) && !TITLES.has(t.lower.replace(/\.$/u, '')) && !/^(d|l)['’]/u.test(t.lower) && !inAComplement(phrase, k) && !DETERMINERS[language].has(t.lower) && !bodyInAComplement(phrase, k));
    const onlyName = at >= 0 && phrase.slice(0, at).every((t) => DETERMINERS[language].has(t.lower) || TITLES.has(t.lower.replace(/\.$/u, '')) || !isCapitalised(t) || /^(prime|vice|premier)$/u.test(t.lower));
    if (at > 0 && onlyName) {
      let end = at;
      while (end + 1 < phrase.length && (isCapitalised(phrase[end + 1]!) || (/^(de|van|von|al|ben|bin|da|di|del|du|der|la|le)$/u.test(phrase[end + 1]!.lower) && phrase[end + 2] && isCapitalised(phrase[end + 2]!)))) end++;
      return { start: phrase[at]!.start, end: phrase[end]!.end };
    }
  }
  return { start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end };
}

interface CueCandidate {
  readonly first: number;
  readonly last: number;
  readonly kind: 'verb' | 'preposition';
  readonly inverted?: Span;
}

/** German verbs that are verbs of saying only with their separated particle later in the clause. */
const SEPARABLE_DE: Record<string, RegExp> = Object.fromEntries(
  Object.entries({
    'fest': ['hielt', 'hält'],
    'an|bekannt|zu|wieder': ['gab', 'gaben', 'gibt'],
    'hin|zurück': ['wies', 'wiesen', 'weist'],
    'hervor': ['hob', 'hoben', 'hebt'],
    'aus': ['führte', 'führten', 'führt'],
    'davon': ['ging', 'gingen', 'geht'],
    'hinzu': ['fügt', 'fügte', 'fügten'],
    'ein': ['räumt', 'räumte', 'räumten', 'wandte', 'wandten', 'wendet'],
    'an': ['merkte', 'merkten', 'merkt', 'kündigte', 'kündigten', 'kündigt'],
    'mit': ['teilt', 'teilte', 'teilten'],
    'verlauten': ['ließ', 'ließen', 'lässt'],
    'heraus': ['strich', 'strichen', 'streicht'],
    'fest|heraus': ['stellte', 'stellten', 'stellt'],
    // "zeigte sich zufrieden:": a verb of stance with the feeling it shows
    'zufrieden|enttäuscht|überzeugt|erfreut|besorgt|zuversichtlich|optimistisch|skeptisch|erleichtert|empört|entsetzt|überrascht|dankbar|betroffen|kämpferisch|selbstbewusst|schockiert|verärgert|erschüttert|erstaunt': ['zeigte', 'zeigten', 'zeigt'],
  }).flatMap(([particles, verbs]) => verbs.map((v) => [v, new RegExp(`^(${particles})$`, 'u')])),
);

/** Every cue of attribution among `tokens`: prepositions, German separable verbs, verbs of saying (with a French verb group's auxiliary). */
function findCues(tokens: readonly Token[], language: SuggestLanguage): CueCandidate[] {
  const lexicon = cueLexicon(language);
  const cues: CueCandidate[] = [];
  tokens.forEach((token, i) => {
    const inverted = language === 'fr' ? INVERTED.exec(token.lower) : null;
    // "s'affirment", "l'a": the elided clitic is not part of the verb form
    const base = (inverted ? inverted[1]! : token.lower).replace(/^(?:s|l|qu|n|m)['’](?=\p{L})/u, '');
    if (lexicon.prepositions.has(base)) {
      const cue = prepositionCue(tokens, i, base);
      if (cue) cues.push(cue);
      return;
    }
    if (language === 'fr' && base === 'pour') {
      if (opinionHolderBefore(tokens, i)) cues.push({ first: i, last: i, kind: 'preposition' });
      return;
    }
    // German separable verbs of saying: "stellte Celebi fest", "gab der Sprecher an", "fügt Gall hinzu"
    const particle = language === 'de' ? SEPARABLE_DE[base] : undefined;
    if (particle) {
      if (tokens.slice(i + 1).some((t) => particle.test(t.lower))) cues.push({ first: i, last: i, kind: 'verb' });
      return;
    }
    // German capitalises nouns: "die Versicherten" inside a sentence is no verb "versicherten"
    if (language === 'de' && /^\p{Lu}/u.test(token.text) && i > 0 && !/^[.!?:"„“«»]$/u.test(tokens[i - 1]!.text)) return;
    // "a-t-il déclaré": an inverted auxiliary is part of the next verb's cue
    if (!lexicon.verbs.has(base)) return;
    const cue = verbCue(tokens, i, base, inverted, language);
    if (cue) cues.push(cue);
  });
  return cues;
}

/** "selon", "according to", "laut"; "so" only after a comma ("„…“, so Müller", or a comma forgotten after the quotation). */
function prepositionCue(tokens: readonly Token[], i: number, base: string): CueCandidate | undefined {
  if (base === 'according' && tokens[i + 1]?.lower !== 'to') return undefined;
  if (base === 'so' && tokens[i - 1]?.text !== ',' && !(tokens[i - 1]?.text === '"' && tokens[i - 1]!.end - tokens[i - 1]!.start > 1)) return undefined;
  return { first: i, last: base === 'according' ? i + 1 : i, kind: 'preposition' };
}

/** Words after which "pour X, « … »" opens its clause. */
const POUR_OPENS_AFTER = /^(,|mais|et|or|;)$/u;

/**
 * "Pour le plaignant, « … »", "Mais, pour M. Goudet, « … »": "pour" opening its clause, a short
 * phrase, a comma, and the quotation right after: the phrase holds the opinion quoted, as with
 * "selon". Any other "pour" ("se battre pour", "pour la première fois") is no cue.
 */
function opinionHolderBefore(tokens: readonly Token[], i: number): boolean {
  if (i > 0 && !POUR_OPENS_AFTER.test(tokens[i - 1]!.lower)) return false;
  for (let j = i + 1; j <= i + 7 && j + 1 < tokens.length; j++) {
    if (PUNCT.test(tokens[j]!.text) && tokens[j]!.text !== ',' && tokens[j]!.text !== '.') return false;
    const next = tokens[j + 1]!;
    // the quotation's placeholder spans the whole quotation; a lone quotation mark is one character
    if (tokens[j]!.text === ',' && j > i + 1) return next.text === '"' && next.end - next.start > 1;
  }
  return false;
}

/** A verb of saying, with the words that make it one ("a fait savoir", "nach Angaben") and its French verb group. */
function verbCue(tokens: readonly Token[], i: number, base: string, inverted: RegExpExecArray | null, language: SuggestLanguage): CueCandidate | undefined {
  if (base === 'savoir' && tokens[i - 1]?.lower !== 'fait') return undefined; // "a fait savoir"
  if (base === 'part' && tokens[i - 1]?.lower !== 'fait') return undefined; // "a fait part"
  if (base === 'nach') {
    if (!/^(angaben|aussagen|ansicht|meinung|worten|auffassung)$/u.test(tokens[i + 1]?.lower ?? '')) return undefined;
    return { first: i, last: i + 1, kind: 'preposition' };
  }
  const token = tokens[i]!;
  const invertedPronoun: Span | undefined = inverted ? { start: token.end - inverted[2]!.length, end: token.end } : undefined;
  if (language !== 'fr') return { first: i, last: i, kind: 'verb', ...(invertedPronoun ? { inverted: invertedPronoun } : {}) };
  return frenchVerbGroup(tokens, i, base, inverted, invertedPronoun);
}

/**
 * The French verb group of a verb of saying: its auxiliary ("a déclaré", "a-t-il déclaré": the
 * pronoun inverted in the auxiliary speaks) and a reflexive "se" before it. A participle without
 * "avoir" is passive or adjectival ("qualifié de", "annoncée comme"): no cue.
 */
function frenchVerbGroup(tokens: readonly Token[], i: number, base: string, inverted: RegExpExecArray | null, invertedPronoun: Span | undefined): CueCandidate | undefined {
  const token = tokens[i]!;
  let first = i;
  let pronoun = invertedPronoun;
  let j = i - 1;
  while (j >= 0 && ADVERBS.has(tokens[j]!.lower)) j--;
  const aux = tokens[j];
  const auxInverted = aux ? INVERTED.exec(aux.lower) : null;
  if (aux && FR_AUXILIARIES.has(aux.lower)) first = j;
  const participle = /(?:é|ée|és|ées)$/u.test(base) && !inverted;
  const reflexive = /^(s'|s’)/u.test(token.lower);
  if (participle && !reflexive && !(aux && (FR_ACTIVE_AUXILIARIES.has(aux.lower) || (auxInverted && FR_ACTIVE_AUXILIARIES.has(auxInverted[1]!))))) return undefined;
  else if (aux && auxInverted && FR_AUXILIARIES.has(auxInverted[1]!)) {
    first = j;
    pronoun = { start: aux.end - auxInverted[2]!.length, end: aux.end };
  }
  if (tokens[first - 1] && /^(s'|s’|se)$/u.test(tokens[first - 1]!.lower)) first--;
  return { first, last: i, kind: 'verb', ...(pronoun ? { inverted: pronoun } : {}) };
}

/**
 * The cue and speaker of the quotation `quote` inside `sentence`. Tokens inside any quotation
 * (`quoted`) are not read as cues. The cue nearest the quotation decides; without one, a colon
 * right before the quotation introduces it.
 */
export function attribute(
  text: string,
  quote: Span,
  sentence: Span,
  quoted: readonly Span[],
  language: SuggestLanguage,
): Attribution | undefined {
  const all = sentenceTokens(text, quote, sentence, quoted);
  const q = all.findIndex((t) => t.start === quote.start && t.end === quote.end);
  const cues = findCues(all, language);
  if (cues.length > 0) return attributeByCue(cueContext(text, quote, all, q, nearestCue(cues, all, quote, q), language));
  return colonIntroduction(text, all, q, language);
}

/** The sentence's tokens outside quotations, with one placeholder token for the quotation itself, so phrases stop at it. */
function sentenceTokens(text: string, quote: Span, sentence: Span, quoted: readonly Span[]): Token[] {
  const tokens = tokenize(text, sentence.start, sentence.end).filter(
    (t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end) || (t.start === quote.start && t.end === quote.end),
  );
  return [...tokens.filter((t) => t.end <= quote.start), { start: quote.start, end: quote.end, text: '"', lower: '"' }, ...tokens.filter((t) => t.start >= quote.end)];
}

/** The closest cue; at equal distance the one after the quotation ("», a-t-il ajouté"). */
function nearestCue(cues: readonly CueCandidate[], all: readonly Token[], quote: Span, q: number): CueCandidate {
  const distance = (c: CueCandidate): number => (c.last < q ? quote.start - all[c.last]!.end : all[c.first]!.start - quote.end);
  return [...cues].sort((a, b) => distance(a) - distance(b))[0]!;
}

/** What the rules of a cue read: the sentence's tokens, the quotation's index, the cue and what lies between. */
interface CueContext {
  readonly text: string;
  readonly quote: Span;
  readonly all: readonly Token[];
  /** Index of the quotation's placeholder in `all`. */
  readonly q: number;
  readonly cue: CueCandidate;
  readonly cueSpan: Span;
  readonly afterQuote: boolean;
  /** The tokens between the quotation and the cue. */
  readonly between: readonly Token[];
  /** Only punctuation between the quotation and the cue. */
  readonly adjacent: boolean;
  readonly language: SuggestLanguage;
}

function cueContext(text: string, quote: Span, all: readonly Token[], q: number, cue: CueCandidate, language: SuggestLanguage): CueContext {
  const afterQuote = cue.first > q;
  const between = afterQuote ? all.slice(q + 1, cue.first) : all.slice(cue.last + 1, q);
  return {
    text, quote, all, q, cue, language, afterQuote, between,
    cueSpan: { start: all[cue.first]!.start, end: all[cue.last]!.end },
    adjacent: between.every((t) => PUNCT.test(t.text)),
  };
}

/** The rules that find the speaker of a cue, in order: the first that answers decides. */
const CUE_RULES: readonly ((c: CueContext) => Attribution | undefined)[] = [
  pronounInvertedInTheVerb,
  verbRightAfterTheQuotation,
  sourceOfThePreposition,
  subjectAfterTheAuxiliary,
  subjectOfTheParticiple,
  subjectOfTheVerb,
];

function attributeByCue(c: CueContext): Attribution | undefined {
  return firstAnswer(CUE_RULES, c);
}

/** "a-t-il déclaré", "estime-t-elle": the pronoun inside the verb is the speaker. */
function pronounInvertedInTheVerb(c: CueContext): Attribution | undefined {
  return c.cue.inverted ? { cue: c.cueSpan, cueKind: 'verb', speaker: c.cue.inverted, adjacent: c.adjacent } : undefined;
}

/** "» a déclaré Paul Ryan" (speech, speaker after) or "„Xinhua“ meldete" (the quotation is the subject). */
function verbRightAfterTheQuotation(c: CueContext): Attribution | undefined {
  if (!(c.afterQuote && c.between.length === 0 && c.cue.kind === 'verb')) return undefined;
  const phrase = nounPhraseAfter(c.all, c.cue.last + 1, c.language);
  return { cue: c.cueSpan, cueKind: 'verb', adjacent: c.adjacent, quoteIsSubject: true, ...(phrase.length > 0 ? { speaker: speakerOf(phrase, c.language) } : {}) };
}

/** "selon X", "according to X", "laut X", "X zufolge": the phrase the preposition governs. */
function sourceOfThePreposition(c: CueContext): Attribution | undefined {
  if (c.cue.kind !== 'preposition') return undefined;
  const { all, cue, language } = c;
  const phrase = all[cue.first]!.lower === 'zufolge' ? nounPhraseBefore(all, cue.first) : nounPhraseAfter(all, cue.last + 1, language);
  const sourceIsQuote = !c.afterQuote && c.between.every((t) => !PUNCT.test(t.text)) && c.between.length <= 2;
  return { cue: c.cueSpan, cueKind: 'preposition', speaker: speakerOf(phrase, language), adjacent: c.adjacent, sourceIsQuote };
}

/** "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt": the subject after the auxiliary. */
function subjectAfterTheAuxiliary(c: CueContext): Attribution | undefined {
  const auxiliary = c.afterQuote && !c.adjacent ? c.between.find((t) => !PUNCT.test(t.text)) : undefined;
  if (!(auxiliary && AUXILIARIES.has(auxiliary.lower) && c.between.indexOf(auxiliary) === c.between.findIndex((t) => !PUNCT.test(t.text)))) return undefined;
  const phrase = nounPhraseAfter(c.all, c.all.indexOf(auxiliary) + 1, c.language);
  return phrase.length > 0 ? { cue: c.cueSpan, cueKind: 'verb', speaker: speakerOf(phrase, c.language), adjacent: true } : undefined;
}

/** Present participles and gerunds of saying ("invitant", "en disant", "adding"): they have no subject of their own. */
const PARTICIPLE: Partial<Record<SuggestLanguage, RegExp>> = { fr: /ant$/u, en: /ing$/u };
/** Words that open a subordinate clause: its subject follows them. */
const CLAUSE_OPENERS = /^(quand|lorsque|lorsqu['’]|puisque|tandis|car|mais|when|while|because|but)$/u;
/** Words that open a relative clause: its subject is the phrase before it. */
const RELATIVE_OPENERS = /^(qui|que|qu['’]|dont|où|who|which|whom|that)$/u;

/**
 * "X a quitté la salle, invitant les élus à « … »", "X s'est adressé aux élus en disant : « … »",
 * "« … », a-t-il conclu, ajoutant …": the phrase after a participle is its object, never its
 * subject. Right after a noun ("des manifestants scandant « … »") the participle describes that
 * noun; after a comma or as a gerund its subject is the main clause's. Without one in the
 * sentence, the cue still marks speech, and the speaker is left to the rules that look further.
 */
function subjectOfTheParticiple(c: CueContext): Attribution | undefined {
  const { all, cue, language, text } = c;
  const participle = PARTICIPLE[language];
  if (!participle || c.cue.kind !== 'verb' || c.cue.inverted || cue.first !== cue.last - (all[cue.first]!.lower === 'en' ? 1 : 0) || !participle.test(all[cue.last]!.lower)) return undefined;
  const found: Attribution = { cue: c.cueSpan, cueKind: 'verb', adjacent: c.adjacent };
  const previous = all[cue.first - 1];
  if (all[cue.first]!.lower !== 'en' && previous && !PUNCT.test(previous.text)) {
    const phrase = nounPhraseBefore(all, cue.first);
    const determiner = phrase.map((t) => DETERMINERS[language].has(t.lower)).lastIndexOf(true);
    const noun = phrase.slice(Math.max(0, determiner));
    return noun.length > 0 && speakerCandidate(text, speakerOf(noun, language)!, language) ? { ...found, speaker: speakerOf(noun, language)! } : found;
  }
  const subject = subjectOfTheMainClause(text, all.slice(0, cue.first), language);
  return subject ? { ...found, speaker: subject } : found;
}

/**
 * The subject of the main clause that ends with `tokens`: reading back clause by clause (commas,
 * "quand", "lorsque"), the first clause that opens with a phrase that can speak, or holds an
 * inverted pronoun ("a-t-il conclu"); a relative clause ("qui est …") leaves it to the phrase before.
 */
function subjectOfTheMainClause(text: string, tokens: readonly Token[], language: SuggestLanguage): Span | undefined {
  let end = tokens.length;
  for (let k = tokens.length - 1; k >= -1; k--) {
    const boundary = tokens[k];
    if (boundary && !PUNCT.test(boundary.text) && !CLAUSE_OPENERS.test(boundary.lower)) continue;
    const clause = tokens.slice(k + 1, end);
    end = k;
    const subject = subjectOpening(text, clause, language) ?? (boundary?.text === ',' && (k === 0 || isQuotation(tokens[k - 1])) ? subjectOfAnIncise(text, clause, language) : undefined);
    if (subject) return subject;
  }
  return undefined;
}

/** The placeholder token of the quotation (see sentenceTokens): a quotation mark as wide as the quotation. */
function isQuotation(token: Token | undefined): boolean {
  return token !== undefined && token.text === '"' && token.end - token.start > 1;
}

/** "« … », martèle encore Fillon, …": after the quotation (or a quotation left out of the tokens) the subject follows its verb. */
function subjectOfAnIncise(text: string, clause: readonly Token[], language: SuggestLanguage): Span | undefined {
  if (clause.length < 2 || !/^\p{Ll}/u.test(clause[0]!.text) || DETERMINERS[language].has(clause[0]!.lower)) return undefined;
  const phrase = nounPhraseAfter(clause, 1, language);
  const speaker = speakerOf(phrase, language);
  return speaker && phrase.length > 0 && speakerCandidate(text, speaker, language) ? speaker : undefined;
}

function subjectOpening(text: string, clause: readonly Token[], language: SuggestLanguage): Span | undefined {
  for (const token of clause) {
    const inverted = language === 'fr' ? INVERTED.exec(token.lower) : null;
    if (inverted && (FR_AUXILIARIES.has(inverted[1]!) || cueLexicon(language).verbs.has(inverted[1]!))) return { start: token.end - inverted[2]!.length, end: token.end };
  }
  let i = 0;
  while (i < clause.length && ADVERBS.has(clause[i]!.lower)) i++;
  const first = clause[i];
  if (!first || RELATIVE_OPENERS.test(first.lower) || PREPOSITION_OPENERS.has(first.lower) || OPENING_ADVERBIALS.has(first.lower)) return undefined;
  if (SUBJECT_PRONOUNS[language].has(first.lower)) return { start: first.start, end: first.end };
  if (!DETERMINERS[language].has(first.lower) && !isCapitalised(first) && !/^(l|d)['’]\p{Lu}/u.test(first.text)) return undefined;
  const phrase = nounPhraseAfter(clause, i, language);
  const speaker = speakerOf(phrase, language);
  return speaker && speakerCandidate(text, speaker, language) ? speaker : undefined;
}

/** The noun phrase right after the verb, less what is its object rather than its subject. */
function phraseAfterTheVerb(c: CueContext): Token[] {
  const { all, cue, q, language } = c;
  let after = nounPhraseAfter(all, cue.last + 1, language);
  // "skandierten Sprüche wie „…“": the phrase introduces the quotation as its example, an object
  const afterNext = all.indexOf(after[after.length - 1]!) + 1;
  if (!c.afterQuote && after.length > 0 && all[afterNext]?.lower === 'wie' && afterNext + 1 === q) after = [];
  // "évoque un « … »": a phrase that runs into the quotation is its object, not the speaker
  if (!c.afterQuote && after.length > 0 && all.indexOf(after[after.length - 1]!) + 1 === q && !SUBJECT_PRONOUNS[language].has(after[0]!.lower)) {
    // "verkündeten die „…“" is the object; "sprach der Präsident von der „…“" keeps its subject
    if (after.length <= 2) after = [];
    else while (after.length > 0 && TRAILING_LINKS.has(after[after.length - 1]!.lower)) after = after.slice(0, -1);
  }
  // "a précisé la porte-parole du parquet, Julie Plevoets": the name in apposition
  const next = all.indexOf(after[after.length - 1]!) + 1;
  if (after.length > 0 && all[next]?.text === ',' && all[next + 1] && isCapitalised(all[next + 1]!) && !DETERMINERS[language].has(all[next + 1]!.lower)) {
    const apposition = nounPhraseAfter(all, next + 1, language);
    if (apposition.length > 0 && apposition.length <= 4 && apposition.every((t) => isCapitalised(t) || /^(de|van|von|al|ben|du)$/u.test(t.lower))) after = apposition;
  }
  return after;
}

/** The noun phrase right before the verb; "Sie wird mit den Worten zitiert": past a prepositional phrase and an auxiliary. */
function phraseBeforeTheVerb(c: CueContext): Token[] {
  const { all, cue, language } = c;
  let before = nounPhraseBefore(all, cue.first);
  if (before.length > 0 && PREPOSITION_OPENERS.has(before[0]!.lower) && language !== 'en') {
    let k = all.indexOf(before[0]!);
    if (all[k - 1] && AUXILIARIES.has(all[k - 1]!.lower)) k--;
    const further = nounPhraseBefore(all, k);
    if (further.length > 0 && !PREPOSITION_OPENERS.has(further[0]!.lower)) before = further;
  }
  return before;
}

/** Whether a phrase can be the subject: not governed by a preposition, with a name, a determiner or a pronoun. */
function looksLikeSubject(c: CueContext, phrase: readonly Token[]): boolean {
  const { language } = c;
  return phrase.length > 0 && !PREPOSITION_OPENERS.has(phrase[0]!.lower) && !(language === 'de' && governedByPreposition(c.all, phrase)) && phrase.some((t) => isCapitalised(t) || DETERMINERS[language].has(t.lower) || SUBJECT_PRONOUNS[language].has(t.lower));
}

/**
 * German puts the verb second: when an object or a clause comes first ("Der Zeitung sagte Filep
 * Karma:", "Nachdem er gefragt wurde, entgegnete Suttner:"), the subject follows the verb.
 */
function germanSubjectAfterTheVerb(c: CueContext, after: readonly Token[]): boolean {
  const { all, cue, quote } = c;
  const afterIsPronoun = after.length > 0 && SUBJECT_PRONOUNS[c.language].has(after[0]!.lower);
  const afterEnd = all[all.indexOf(after[after.length - 1]!) + 1];
  const bareName = after.length > 0 && isCapitalised(after[0]!) && !DETERMINERS.de.has(after[0]!.lower) && !SUBJECT_PRONOUNS.de.has(after[0]!.lower) &&
    (after.filter((t) => isCapitalised(t)).length >= 2 || afterEnd === undefined || /^[:,"]$/u.test(afterEnd.text) || afterEnd.start === quote.start);
  const clauseFirst = all[cue.first - 1]?.text === ',' && /^\p{Ll}/u.test(all[cue.first - 2]?.text ?? '');
  return c.language === 'de' && !c.afterQuote && looksLikeSubject(c, after) && (bareName || (clauseFirst && !afterIsPronoun));
}

/** "Im Positionspapier heißt es:": the document speaks. */
function documentThatSays(c: CueContext): Attribution | undefined {
  const { all, cue, q, language } = c;
  if (!(language === 'de' && /^(heißt|hieß)$/u.test(all[cue.last]!.lower) && (all[cue.last + 1]?.lower === 'es' || all[cue.first - 1]?.lower === 'es'))) return undefined;
  const container = all.findIndex((t, k) => k < q && /^(in|im)$/u.test(t.lower) && k !== cue.first - 1);
  if (container < 0) return undefined;
  const document = nounPhraseAfter(all, container + 1, language);
  return document.length > 0 && document.length <= 8 ? { cue: c.cueSpan, cueKind: 'verb', speaker: speakerOf(document, language), adjacent: c.adjacent } : undefined;
}

/** Which of the phrases around the verb is its subject. */
function subjectPhrase(c: CueContext, before: Token[], after: Token[]): Token[] {
  const { all, cue, q, language } = c;
  const afterIsPronoun = after.length > 0 && SUBJECT_PRONOUNS[language].has(after[0]!.lower);
  // "RIA Novosti zitiert dazu Néstor Kirchner": the one cited speaks
  const cites = /^(zitiert|zitierte|zitieren|quoted|quotes|cite|citent|cité)$/u.test(all[cue.last]!.lower) && !AUXILIARIES.has(all[cue.first - 1]?.lower ?? '') && all[cue.first - 1]?.lower !== 'wird';
  // the one cited is an object ("zitiert einen Augenzeugen"), so an accusative article is fine
  if (cites && after.length > 0 && after.some((t) => isCapitalised(t))) return after;
  if (germanSubjectAfterTheVerb(c, after)) return after;
  if ((c.afterQuote && c.adjacent) || afterIsPronoun) return looksLikeSubject(c, after) ? after : before;
  if (looksLikeSubject(c, before)) return before;
  if (looksLikeSubject(c, after)) return after;
  return subjectOfClause(all.slice(0, Math.min(cue.first, q)), language);
}

/**
 * German checks that the subject names a source: "Der Sprecher nannte sie „…“" (after a subject
 * that names a source, "sie" is the object); "Die Firma bestätigte nichts und nannte sie „…“"
 * (the subject of the clause before "und"); "Stoiber hatte die Rolle der Vorsitzenden betont:"
 * (the phrase read off the verb names no source, the clause does). Returns the attribution when
 * the clause gives the speaker, or the phrase to use.
 */
function germanSourceCheck(c: CueContext, phrase: Token[], before: Token[]): Attribution | Token[] {
  const { text, all, cue, q } = c;
  const objectPronoun = phrase.length === 1 && /^(sie|es)$/u.test(phrase[0]!.lower) && all.indexOf(phrase[0]!) > cue.last;
  const beforeNamesSource = looksLikeSubject(c, before) && namesGermanSource(before, surnamesIn(text));
  const clauseSubject = objectPronoun && !beforeNamesSource ? germanClauseSource(text, all.slice(0, cue.first)) : undefined;
  if (objectPronoun && beforeNamesSource) return before;
  if (clauseSubject && text.slice(clauseSubject.start, clauseSubject.end) !== phrase[0]!.text) return { cue: c.cueSpan, cueKind: 'verb', speaker: clauseSubject, adjacent: c.adjacent };
  if (!namesGermanSource(phrase, surnamesIn(text))) {
    const source = germanClauseSource(text, c.afterQuote ? all.slice(q + 1) : all.slice(0, q));
    if (source) return { cue: c.cueSpan, cueKind: 'verb', speaker: source, adjacent: c.adjacent };
  }
  return phrase;
}

/** The subject of a verb of saying, before or after it. */
function subjectOfTheVerb(c: CueContext): Attribution {
  const after = phraseAfterTheVerb(c);
  const before = phraseBeforeTheVerb(c);
  const document = documentThatSays(c);
  if (document) return document;
  let phrase = subjectPhrase(c, before, after);
  if (c.language === 'de') {
    const checked = germanSourceCheck(c, phrase, before);
    if (!Array.isArray(checked)) return checked;
    phrase = checked;
  }
  return { cue: c.cueSpan, cueKind: 'verb', speaker: speakerOf(phrase, c.language), adjacent: c.adjacent };
}

/** A colon introduction: "Mohammed Belhocine est plus explicite : « … »". */
function colonIntroduction(text: string, all: readonly Token[], q: number, language: SuggestLanguage): Attribution | undefined {
  if (all[q - 1]?.text !== ':') return undefined;
  // "Die Forderung wies Hartmann zurück:": German puts objects first, so look for the phrase that names a source
  const source = language === 'de' ? germanClauseSource(text, all.slice(0, q - 1)) : undefined;
  if (source) return { cueKind: 'colon', speaker: source, adjacent: true };
  const clause = subjectOfClause(all.slice(0, q - 1), language);
  return { cueKind: 'colon', speaker: speakerOf(clause, language), adjacent: true };
}

/** True when the word before the phrase is a preposition ("Über Steve Fossett sagte Branson"). */
function governedByPreposition(tokens: readonly Token[], phrase: readonly Token[]): boolean {
  const previous = tokens[tokens.indexOf(phrase[0]!) - 1];
  return previous !== undefined && (PREPOSITION_OPENERS.has(previous.lower) || /^(als|über|zu|für|gegen|von|durch|unter|nach)$/u.test(previous.lower));
}

/** Words that open an adverbial of time or manner before the subject ("Vers 10 h,", "Around noon,", "Gegen Mittag,"). */
const OPENING_ADVERBIALS = new Set(['vers', 'dès', 'depuis', 'après', 'avant', 'lors', 'pendant', 'mais', 'or', 'ainsi', 'puis', 'ensuite', 'enfin', 'cependant', 'pourtant', 'toutefois', 'around', 'after', 'before', 'during', 'but', 'however', 'then', 'gegen', 'nach', 'vor', 'während', 'aber']);

/** The subject at the start of a clause: a pronoun, a run of capitalised words, or determiner + noun. */
function subjectOfClause(tokens: readonly Token[], language: SuggestLanguage): Token[] {
  const words = tokens.filter((t) => !PUNCT.test(t.text));
  if (language === 'de') {
    // "Staatssekretär Harald Stegemann bestreitet …": a clause that opens with a name (two or more
    // capitalised words) followed by its verb
    let run = 0;
    while (run < words.length && isCapitalised(words[run]!) && !DETERMINERS.de.has(words[run]!.lower) && !PREPOSITION_OPENERS.has(words[run]!.lower) && !ADVERBS.has(words[run]!.lower)) run++;
    if (run >= 2 && words[run] && /^\p{Ll}/u.test(words[run]!.text)) return words.slice(0, run);
    // German puts an adverbial or object first ("Dazu gab das Ministerium bekannt:"):
    // the subject is the first nominative phrase or pronoun.
    const k = words.findIndex((t, i) => (i === 0 && (SUBJECT_PRONOUNS.de.has(t.lower) || /^(der|die|das|ein|eine)$/u.test(t.lower))) || (i > 0 && (/^(der|die|das|ein|eine)$/u.test(t.lower) || SUBJECT_PRONOUNS.de.has(t.lower)) && !PREPOSITION_OPENERS.has(words[i - 1]!.lower) && !/^(als|über|zu|für|gegen|von|durch|unter|nach|mit|und)$/u.test(words[i - 1]!.lower)));
    if (k >= 0) {
      return SUBJECT_PRONOUNS.de.has(words[k]!.lower) ? [words[k]!] : nounPhraseAfter(words, k, language).slice(0, 8);
    }
  }
  const first = words[0];
  // "Vers 8h35, Besancenot a appelé", "De plus, dans un communiqué, …": an adverbial opens the clause, the subject follows its comma
  const comma = tokens.findIndex((t, k) => t.text === ',' && k <= 6);
  if (first && comma > 0 && (OPENING_ADVERBIALS.has(first.lower) || ADVERBS.has(first.lower) || PREPOSITION_OPENERS.has(first.lower)) && !DETERMINERS[language].has(first.lower)) return subjectOfClause(tokens.slice(comma + 1), language);
  if (!first || ((ADVERBS.has(first.lower) || PREPOSITION_OPENERS.has(first.lower)) && !DETERMINERS[language].has(first.lower))) return [];
  if (SUBJECT_PRONOUNS[language].has(first.lower)) return [first];
  if (DETERMINERS[language].has(first.lower) || /^(l|d)['’]\p{Lu}/u.test(first.text) || /^l['’]\p{Ll}/u.test(first.text)) {
    return nounPhraseAfter(words, 0, language).slice(0, 8);
  }
  const run: Token[] = [];
  for (const t of words) {
    if (!isCapitalised(t)) break;
    run.push(t);
  }
  return run;
}

/** The subject of the sentence before the quotation, for a quotation with no cue. */
export function sentenceSubject(text: string, quote: Span, sentence: Span, quoted: readonly Span[], language: SuggestLanguage): Span | undefined {
  const tokens = tokenize(text, sentence.start, quote.start).filter((t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end));
  const subject = subjectOfClause(tokens, language);
  return speakerOf(subject, language);
}

/**
 * The subject of the clause that holds a quotation with no cue (French): the antecedent of a
 * relative "qui" that opens that clause ("le gouvernement, qui ne veut pas « … »"), else the
 * subject of the sentence. Undefined when the quotation opens its sentence.
 */
export function clauseSubjectBefore(text: string, quote: Span, sentence: Span, quoted: readonly Span[], language: SuggestLanguage): Span | undefined {
  const tokens = tokenize(text, sentence.start, quote.start).filter((t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end));
  for (let k = tokens.length - 1; k > 0; k--) {
    const token = tokens[k]!;
    if (PUNCT.test(token.text) && token.text !== '-') break;
    if (token.lower === 'qui' && tokens[k - 1]!.text === ',') {
      const antecedent = nounPhraseBefore(tokens, k + 1);
      return antecedent.length > 0 ? speakerOf(antecedent, language) : undefined;
    }
  }
  return sentenceSubject(text, quote, sentence, quoted, language);
}

/**
 * "L'ancien maire de la ville, Paul Girard parle de « … »": a name that follows a comma and comes
 * right before a lowercase word (the verb of the quotation's clause), the last such before the quotation.
 */
export function nameBeforeTheVerb(text: string, quote: Span, sentence: Span, quoted: readonly Span[], _language: SuggestLanguage): Span | undefined {
  const tokens = tokenize(text, sentence.start, quote.start).filter((t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end));
  for (let k = tokens.length - 1; k > 1; k--) {
    if (!/^\p{Ll}/u.test(tokens[k]!.text) || !isCapitalised(tokens[k - 1]!)) continue;
    const phrase = nounPhraseBefore(tokens, k);
    const opener = tokens[tokens.indexOf(phrase[0]!) - 1];
    if (phrase.length > 0 && phrase.length <= 4 && opener?.text === ',' && phrase.every((t) => isCapitalised(t) || /^(de|du|van|von|le|la)$/u.test(t.lower))) return { start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end };
  }
  return undefined;
}

/** French nouns of a call or a statement whose "de X" names who made it ("l'appel de X à « … »"). */
const FRENCH_SPEECH_NOUNS = /^(?:l['’])?(?:appel|appels|déclaration|déclarations|demande|demandes|promesse|promesses|propos|injonction|exhortation|ultimatum)$/u;

/**
 * "suite à l'appel mercredi d'Éric Drouet à « rentrer »": the person whose call or statement, named
 * after "de" within a few words of its noun, the quotation's clause holds.
 */
export function authorOfASpeechNoun(text: string, quote: Span, sentence: Span, quoted: readonly Span[]): Span | undefined {
  const tokens = tokenize(text, sentence.start, quote.start).filter((t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end));
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (PUNCT.test(tokens[k]!.text)) return undefined;
    if (!FRENCH_SPEECH_NOUNS.test(tokens[k]!.lower)) continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
      const elided = /^d['’](\p{Lu}.*)$/u.exec(tokens[j]!.text);
      const start = elided ? j : /^(?:de|du)$/u.test(tokens[j]!.lower) && tokens[j + 1] && isCapitalised(tokens[j + 1]!) ? j + 1 : -1;
      if (start < 0) continue;
      let end = start + 1;
      while (end < tokens.length && isCapitalised(tokens[end]!)) end++;
      return { start: tokens[start]!.start + (elided ? 2 : 0), end: tokens[end - 1]!.end };
    }
  }
  return undefined;
}

/**
 * German heads of phrases that name a source: people by role or kin, bodies, and the documents
 * they speak through ("der Sprecher", "die Bundesregierung", "ein Bericht").
 */
const GERMAN_SOURCE_HEAD = new RegExp(`(?:${sourceHeads.join('|')})(?:in|innen)?$`, 'u');
/** Nominative pronouns that name a speaker. */
const GERMAN_SPEAKING_PRONOUNS = new Set(['er', 'sie', 'ich', 'wir']);
/** Determiners a German subject can open with (nominative forms). */
const GERMAN_NOMINATIVE_OPENERS = new Set(['der', 'die', 'das', 'ein', 'eine', 'kein', 'keine', 'sein', 'seine', 'ihr', 'ihre', 'dieser', 'diese', 'mehrere', 'viele', 'einige', 'beide', 'jeder', 'jede']);
/** Words after which a phrase is not the subject: prepositions and conjunctions that govern it. */
const GERMAN_GOVERNORS = /^(als|über|zu|für|gegen|von|durch|unter|nach|mit|aus|wie|dass|ob|ohne|seit|bis|um|trotz|wegen|während|zwischen|neben|hinter|laut|gemäß|innerhalb|außerhalb|angesichts|aufgrund|bezüglich|seitens|dank|samt)$/u;

/** Adverbs that open a German clause without governing the phrase after them ("Auch der Minister …"). */
const GERMAN_SENTENCE_ADVERBS = new Set(['so', 'darin', 'damit', 'daraufhin', 'indes', 'dann', 'nun', 'heute', 'gestern', 'ähnlich', 'deshalb', 'zudem', 'außerdem', 'auch', 'jedoch', 'hierzu', 'dazu']);

let surnameCache: { text: string; surnames: ReadonlySet<string> } | undefined;

/** Words that follow a known first name somewhere in `text` ("Horst Osterloh" makes "Osterloh" a name). */
function surnamesIn(text: string): ReadonlySet<string> {
  if (surnameCache?.text === text) return surnameCache.surnames;
  const surnames = new Set<string>();
  const pattern = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}-]+)[ \u00a0]+(?:\p{Lu}\.[ \u00a0]+)?(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // "Horst Osterloh", and a role before a name: "Innenminister Gall"
    if (FIRST_NAMES.has(match[1]!.toLowerCase()) || GERMAN_SOURCE_HEAD.test(match[1]!.toLowerCase())) surnames.add(match[2]!);
    pattern.lastIndex = match.index + match[1]!.length; // "Anna Maria Schmidt": the next pair may start at the second word
  }
  surnameCache = { text, surnames };
  return surnames;
}

/**
 * Whether a German phrase names a source: a personal pronoun, a phrase whose head noun is a role,
 * a body or a document ("der Sprecher", "die Bundesregierung", "Experten"), or a person's name
 * (a first name, or a surname the text gives with a first name elsewhere). "Die Lage", "der
 * Airbus" and "die Sichtweise von X" do not.
 */
function namesGermanSource(phrase: readonly Token[], surnames: ReadonlySet<string>): boolean {
  if (phrase.length === 1 && GERMAN_SPEAKING_PRONOUNS.has(phrase[0]!.lower)) return true;
  const head = phrase.findIndex((t) => isCapitalised(t) && !DETERMINERS.de.has(t.lower) && !GERMAN_NOMINATIVE_OPENERS.has(t.lower));
  if (head < 0) return false;
  const word = phrase[head]!;
  // an acronym names a body: "die SPD", "der BND"
  if (GERMAN_SOURCE_HEAD.test(word.lower) || FIRST_NAMES.has(word.lower) || surnames.has(word.text) || /^\p{Lu}{2,}$/u.test(word.text)) return true;
  // a name without an article: "Erna Kluge"
  return head === 0 && phrase.length >= 2 && phrase.every((t) => isCapitalised(t) || t.text === '-');
}

/**
 * The phrase in a German clause that most plainly names a source, when the quotation has no cue
 * that names one: the first phrase (in the nominative, not governed by a preposition) that names
 * a source. "Für den Experten X ist …" names X too.
 */
export function germanClauseSource(text: string, tokens: readonly Token[]): Span | undefined {
  const words = tokens.filter((t) => !PUNCT.test(t.text) || t.text === ',' || t.text === '"');
  let surnames: ReadonlySet<string> | undefined;
  for (let i = 0; i < words.length; ) {
    const token = words[i]!;
    // a comma after a verb or adverb ends the main clause and a new subject follows ("kritisierte,
    // Müller habe"); a verb after the comma goes on with the main clause ("… zu lassen, lehnt er ab")
    if (token.text === ',' && /^\p{Ll}/u.test(words[i - 1]?.text ?? '') && !/^(der|die|das|welche|welcher)$/u.test(words[i + 1]?.lower ?? '') && !(/^\p{Ll}/u.test(words[i + 1]?.text ?? '') && !DETERMINERS.de.has(words[i + 1]!.lower) && !GERMAN_SPEAKING_PRONOUNS.has(words[i + 1]!.lower) && !/^(dass|ob|weil|wenn|als|da|nachdem|obwohl|während|damit|wie|was|wer|wo)$/u.test(words[i + 1]!.lower))) return undefined;
    const pronoun = GERMAN_SPEAKING_PRONOUNS.has(token.lower);
    if (!(isCapitalised(token) || DETERMINERS.de.has(token.lower) || GERMAN_NOMINATIVE_OPENERS.has(token.lower) || pronoun) || ADVERBS.has(token.lower) || PREPOSITION_OPENERS.has(token.lower)) {
      i++;
      continue;
    }
    let phrase = pronoun ? [token] : nounPhraseAfter(words, i, 'de');
    if (phrase.length === 0) {
      i++;
      continue;
    }
    // "die Fraktion den Schritt": an accusative or dative phrase after the noun starts another phrase
    const cut = phrase.findIndex((t, k) => k > 0 && /^(den|dem|einen|einem)$/u.test(t.lower) && isCapitalised(phrase[k - 1]!));
    if (cut > 0) phrase = phrase.slice(0, cut);
    const next = words.indexOf(phrase[phrase.length - 1]!) + 1;
    const previous = words[i - 1];
    // "Für den Theologen X sei der Rücktritt „…“": the one whose view it is
    const forView = previous?.lower === 'für' && /^(ist|sei|war|wäre|sind|seien|waren|bleibt|bleibe)$/u.test(words[next]?.lower ?? '');
    const governed = previous !== undefined && ((PREPOSITION_OPENERS.has(previous.lower) && !GERMAN_SENTENCE_ADVERBS.has(previous.lower)) || GERMAN_GOVERNORS.test(previous.lower)) && !forView;
    const objectCase = /^(den|dem|einen|einem|des|eines|denen|deren|dessen)$/u.test(token.lower);
    // a relative pronoun after a comma opens a clause about the phrase before
    const relative = previous?.text === ',' && /^(der|die|das|welche|welcher)$/u.test(token.lower) && /^\p{Ll}/u.test(words[i + 1]?.text ?? '');
    // "politischer Druck", "junge Menschen": an adjective before makes a bare noun a common one
    const afterAdjective = previous !== undefined && /^\p{Ll}.*(e|en|er|es|em)$/u.test(previous.text) && !pronoun && isCapitalised(token) && !DETERMINERS.de.has(token.lower);
    if (!governed && !objectCase && !relative && !afterAdjective) {
      surnames ??= surnamesIn(text);
      if (namesGermanSource(phrase, surnames)) return { start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end };
    }
    i = Math.max(i + 1, next);
  }
  return undefined;
}

/** The source named in the clause before the quotation (German only, see germanClauseSource). */
export function clauseSource(text: string, quote: Span, sentence: Span, quoted: readonly Span[], language: SuggestLanguage): Span | undefined {
  if (language !== 'de') return undefined;
  const tokens = tokenize(text, sentence.start, quote.start).filter((t) => !quoted.some((q) => q.start <= t.start && t.end <= q.end));
  return germanClauseSource(text, tokens);
}
