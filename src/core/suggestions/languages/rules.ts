/**
 * One interface for what the suggesters know of a language. Each language's folder (fr/, en/,
 * de/) exports a {@link LanguageRules}; the shared algorithms take the rules of the text's
 * language, so that a fix for one language cannot leak into another. Rules that were written
 * language-blind read {@link ANY_LANGUAGE}, the union of every language's lists (a name in an
 * English text may still carry a French title), until a rule is narrowed to one language.
 */
import type { SuggestLanguage } from '../types';

/** Words that attribute speech in one language. */
export interface CueWords {
  /** Verbs of saying, every inflected form news prose uses ("a déclaré", "said", "sagte"). */
  readonly verbs: ReadonlySet<string>;
  /** Prepositions of attribution ("selon", "according", "laut"). */
  readonly prepositions: ReadonlySet<string>;
  /** Personal pronouns that can name a speaker ("il", "she", "er"). */
  readonly subjectPronouns: ReadonlySet<string>;
  /** Words that start a noun phrase (determiners and possessives). */
  readonly determiners: ReadonlySet<string>;
}

/**
 * Words of indirect (reported) speech in one language: "X said that …", "selon X, …",
 * "Er sagte, er sei …". Lowercased.
 */
export interface IndirectSpeechWords {
  /** Verbs of saying or stating that govern a reported clause opened by a complementizer ("said that", "a déclaré que", "sagte, dass"). */
  readonly verbs: ReadonlySet<string>;
  /** Verbs whose reported clause may come without its complementizer ("said the plan would fail"). */
  readonly bareClauseVerbs: ReadonlySet<string>;
  /** Verbs of plain saying whose bare clause may open with any word but {@link notClauseStarts} ("says manufacturers could …"). */
  readonly sayVerbs: ReadonlySet<string>;
  /** Words after a verb of saying that are its object or a preposition, not the start of a clause ("said nothing", "said in"). */
  readonly notClauseStarts: ReadonlySet<string>;
  /** Verbs whose first object is the hearer, before the clause ("told reporters that", "sagte der Zeitung"). */
  readonly hearerVerbs: ReadonlySet<string>;
  /** Words that open a reported clause, kept in its content ("that", "que", "dass"); a form ending in an apostrophe also matches elided forms ("qu'"). */
  readonly complementizers: ReadonlySet<string>;
  /** Prepositions whose object is the source, as space-separated words ("according to", "selon", "laut"). */
  readonly sourcePrepositions: readonly string[];
  /** Postpositions after the source ("zufolge"). */
  readonly sourcePostpositions: ReadonlySet<string>;
  /** Auxiliaries before a verb that make it passive, so the verb reports no one ("is said to", "a été annoncé"). */
  readonly passiveAuxiliaries: ReadonlySet<string>;
  /** Words that open a clause without a complementizer (subject pronouns, determiners). */
  readonly clauseOpeners: ReadonlySet<string>;
  /** Adverbials of time between a verb and its clause ("said Tuesday the …", "a déclaré jeudi que"). */
  readonly timeWords: ReadonlySet<string>;
  /**
   * Whether a reported clause with quoted words in it ("said it was „a disaster“") is one quotation,
   * the clause, as English news annotation (PolNeAR) counts it; otherwise the quoted words are the
   * quotation and the clause is left to them, as French and German annotation counts it.
   */
  readonly mixedAsOneQuotation: boolean;
  /** Conjunctions and relatives that end a subject read leftwards from a verb ("and", "qui", "und"). */
  readonly clauseLinks: ReadonlySet<string>;
  /** Verb forms that mark reported speech by themselves (German Konjunktiv I: "sei", "habe"); empty where the language has none. */
  readonly reportingMoods: ReadonlySet<string>;
  /**
   * Attributions whose content is an infinitive (PolNeAR counts intentions and requests): the
   * infinitive's marker ("to"), verbs of intention right before it ("plans to hold"), verbs of
   * request with their object between ("asked the council to help"), and participles that,
   * passive, report a requirement or a belief without its source ("are required to", "is
   * believed to"). Absent where the language has no such rules.
   */
  readonly infinitives?: {
    readonly marker: string;
    readonly intentionVerbs: ReadonlySet<string>;
    readonly requestVerbs: ReadonlySet<string>;
    readonly passiveParticiples: ReadonlySet<string>;
  };
  /**
   * Verbs of stance and of speech acts whose content is their object noun phrase ("rejected the
   * offer", "praised the volunteers"), and the words that end that noun phrase ("while", "via");
   * absent where unused.
   */
  readonly objectVerbs?: { readonly verbs: ReadonlySet<string>; readonly ends: ReadonlySet<string> };
  /**
   * Adjectives of attitude after a copula, with what they are about after one of the prepositions
   * or as a clause ("are critical of the plan", "is worried that …"); absent where unused.
   */
  readonly attitudes?: { readonly adjectives: ReadonlySet<string>; readonly prepositions: ReadonlySet<string>; readonly copulas: ReadonlySet<string> };
  /**
   * Whether an attribution nested in another one's content is left to the outer one, and no two
   * contents overlap ("X said that A, according to B" reports B), as PolNeAR annotates English.
   */
  readonly nestedInOuterOnly?: boolean;
  /** Words that join a second cue to the first one's content ("…, and said …", "…, with X adding …"); absent where unused. */
  readonly coordinators?: ReadonlySet<string>;
}

/** Word lists of one language, lowercased unless said otherwise. */
export interface LanguageLexicon {
  /** Titles and functions before a person's name, not part of it ("le ministre X"). */
  readonly titles: readonly string[];
  /** Titles capitalised before a name by convention ("le Pape François"). */
  readonly capitalisedTitles: readonly string[];
  /** Head words of organisation names ("parti", "university"). */
  readonly organizationHeads: readonly string[];
  /** Head words of place names ("île", "street", "platz"). */
  readonly placeHeads: readonly string[];
  /** Head words of event names ("coupe", "summit", "gipfel"). */
  readonly eventHeads: readonly string[];
  /** Words that join the parts of one name ("de la", "of the", "von"). */
  readonly nameConnectors: readonly string[];
  /** Head nouns that are not a name on their own ("l'État", "the Council"). */
  readonly loneHeads: readonly string[];
  /** Lowercase words that open a name when a capitalised word follows ("gare Saint-Lazare"). */
  readonly lowercaseHeads: readonly string[];
  /** Common nouns of laws, treaties and plans, capitalised before what names them ("loi"). */
  readonly documentHeads: readonly string[];
  /** Lowercase adjectives that continue a name after its head ("Assemblée nationale"). */
  readonly nameAdjectives: readonly string[];
  /** Nationality and inhabitant nouns ("Britannique", "Français"). */
  readonly demonyms: readonly string[];
  /** Words capitalised only because they start a sentence or a title. */
  readonly sentenceStartWords: readonly string[];
  /** Prepositions of place before a name ("à Lyon", "in Berlin"). */
  readonly placePrepositions: readonly string[];
  /** Words before a name that make it a source, most often someone ("selon X", "by X"). */
  readonly sourceWordsBefore: readonly string[];
  /** Common nouns that announce an organisation's name ("le constructeur Airbus", "le quotidien Le Monde"). */
  readonly organizationNounsBefore: readonly string[];
  /** Common nouns that announce a place's name ("la ville de", "le lac Léman"). */
  readonly placeNounsBefore: readonly string[];
  /** Verbs of winning, leaving, dying whose subject is someone, not somewhere ("X remporte"). */
  readonly subjectVerbs: readonly string[];
  /** Nouns before a storm's name ("l'ouragan Matthew"). */
  readonly stormNouns: readonly string[];
  /** Words right before a quotation that announce a name or title, not speech ("le film « … »", "surnommé"). */
  readonly namingWordsBefore: readonly string[];
  /** Words that end a noun phrase when reading it rightwards or leftwards (conjunctions, prepositions, auxiliaries). */
  readonly nounPhraseStops: readonly string[];
  /** Adverbs skipped between a verb of saying and its subject ("a aussi déclaré", "sagte auch"). */
  readonly cueAdverbs: readonly string[];
  /** Words that open a prepositional or adverbial phrase, not a subject. */
  readonly prepositionOpeners: readonly string[];
}

export interface LanguageRules extends LanguageLexicon {
  readonly language: SuggestLanguage;
  /** The most frequent function words, which tell the language of a text. */
  readonly guessWords: readonly string[];
  readonly cues: CueWords;
  readonly indirectSpeech: IndirectSpeechWords;
  /** Endings of nationality and inhabitant nouns ("-ais", "-ese", "-er"). */
  readonly demonymEnding: RegExp;
  /** Locales whose country names a text in this language writes (ICU display names). */
  readonly countryLocales: readonly string[];
  /** Heads of noun phrases that can speak: roles, kin, groups, bodies, documents ("le porte-parole", "sa famille"). */
  readonly speakerNouns: readonly string[];
}

/** The union of several languages' lists, as sets, for rules that are not (yet) per language. */
export type LexiconSets = { readonly [K in keyof LanguageLexicon]: ReadonlySet<string> };

const LEXICON_KEYS: readonly (keyof LanguageLexicon)[] = [
  'titles',
  'capitalisedTitles',
  'organizationHeads',
  'placeHeads',
  'eventHeads',
  'nameConnectors',
  'loneHeads',
  'lowercaseHeads',
  'documentHeads',
  'nameAdjectives',
  'demonyms',
  'sentenceStartWords',
  'placePrepositions',
  'sourceWordsBefore',
  'organizationNounsBefore',
  'placeNounsBefore',
  'subjectVerbs',
  'stormNouns',
  'namingWordsBefore',
  'nounPhraseStops',
  'cueAdverbs',
  'prepositionOpeners',
];

/** An empty lexicon, to be filled with the lists a lexicon has. */
export const NO_WORDS: LanguageLexicon = Object.fromEntries(LEXICON_KEYS.map((key) => [key, []])) as unknown as LanguageLexicon;

export function unionOf(lexicons: readonly LanguageLexicon[]): LexiconSets {
  return Object.fromEntries(LEXICON_KEYS.map((key) => [key, new Set(lexicons.flatMap((lexicon) => lexicon[key]))])) as unknown as LexiconSets;
}
