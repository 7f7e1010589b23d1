/**
 * Decides which quotation-marked passages are reported speech and attributes them.
 * Rules, in order: a naming context ("surnommé", "so genannte", "the film") makes a title or
 * name; sentence-like content or a cue of attribution makes speech; short capitalised
 * passages without a cue are titles and names; short lowercase ones without a cue are terms
 * and scare quotes.
 */
import { message, verbatim, type Message } from '../../messages';
import type { Span } from '../../model';
import { guessLanguage } from '../languages/guessLanguage';
import { findQuotedPassages, type QuotedPassage } from './quotePairs';
import { isListOfNames } from './quotedLists';
import { calledBySomeone, demandedInFrench, isQuotedVerbPhrase, spokenOfInFrench } from './speechFragments';
import { hasClauseWord } from '../languages/de/verbForms';
import { chargeWording, namedByAFrame, translatedTerm } from '../languages/de/namingFrames';
import { isVerbPhrase } from '../languages/fr/verbForms';
import { explained } from '../reasons';
import { firstAnswer } from '../firstAnswer';
import { linkSpeaker } from './speakerLinks';
import type { SpeakerRule } from './speakerConfidence';
import { vetSpeaker } from './speakerVetting';
import { attribute, authorOfASpeechNoun, clauseSource, clauseSubjectBefore, nameBeforeTheVerb, sentenceSubject, type Attribution, type CueKind } from './speakers';
import { speakerCandidate } from './speakerCandidates';
import { sentenceAround, tokenize, type Token } from '../text/tokens';
import type { KnownActor, QuotationSuggestion, SpeakerSuggestion, SuggestLanguage, SuggestOptions } from '../types';
import { wholeWordOccurrences } from '../text/words';
import { rulesFor } from '../languages';
import { withIndirectSpeech } from './indirectSpeech';

/** German subjunctive I (and II) forms that mark indirect speech around a quotation. */
const REPORTED_SPEECH_DE = /(?<![\p{L}])(?:sei|seien|habe|hätte|hätten|werde|würde|würden|könne|müsse|solle|dürfe|stehe|gebe|liege|wolle|erinnere|wäre|wären|bestehe|unterstütze|gehe|komme|bleibe|brauche|fehle|handle|handele|zeige|sehe|lasse|trage|halte|führe|stelle|biete|gelte|mache|wisse|möge|arbeite|plane|verfüge|erwarte|fordere|lehne|befinde|entspreche|betrage|bedeute|diene|drohe)(?![\p{L}])/u;

/** Words right before (or after) a quotation that announce a name or title, not speech (every language's). */
/** Naming words of the text's language only: the French "plan" or "mission" does not name in a German "den Plan als „…“". */
const NAMING_BEFORE: Readonly<Record<SuggestLanguage, ReadonlySet<string>>> = {
  fr: new Set(rulesFor('fr').namingWordsBefore),
  en: new Set(rulesFor('en').namingWordsBefore),
  de: new Set(rulesFor('de').namingWordsBefore),
};
const NAMING_AFTER = new Set(['genannt', 'heißt', 'hieß', 'genannten', 'nennt', 'nennen', 'nannte', 'nannten']);

function words(text: string, span: Span): string[] {
  return tokenize(text, span.start, span.end).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).map((t) => t.text);
}

function isTitleLike(innerWords: readonly string[], language: SuggestLanguage): boolean {
  const capitalised = innerWords.filter((w) => w[0] !== w[0]!.toLowerCase() || /^\d/u.test(w)).length;
  // German capitalises its nouns: "auf Messers Schneide" is a phrase, not a title
  if (language === 'de' && innerWords.length > 1 && /^(auf|in|im|an|am|aus|bei|mit|nach|von|vor|zu|zum|zur|für|gegen|ohne|um|unter|über|der|die|das|den|dem|des|ein|eine|einen|und|nicht|kein|keine|wie|so|nur|noch)$/u.test(innerWords[0]!)) return false;
  return innerWords.length > 0 && capitalised / innerWords.length >= 0.6;
}

/** Verbs of writing and reporting whose subject or object right beside a quotation is a medium. */
const REPORTING_VERBS = /^(schrieb|schreibt|schrieben|zitiert|zitierte|zitierten|berichtet|berichtete|berichteten|meldet|meldete|meldeten|wrote|writes|reported|reports|quoted|quotes)$/u;

/** German compounds whose head names a work or a body: "Erstwerk", "Fachmagazin", "Nachrichtenagentur". */
const GERMAN_NAMING_HEAD = /(buch|werk|titel|roman|film|album|lied|magazin|zeitung|zeitschrift|blatt|agentur|sender|verlag|konzern|schiff|projekt|programm|kampagne|motto|serie|sendung|satellit|modul|fähre|marke)$/u;

function namesWhatFollows(word: string, language: SuggestLanguage): boolean {
  if (NAMING_BEFORE[language].has(word) || (language === 'de' && word.length > 6 && GERMAN_NAMING_HEAD.test(word))) return true;
  // "des Magazins „…“", "des Films „…“", "des Buches „…“": the genitive of a naming noun names as well
  const stem = language === 'de' && word.length > 5 ? /^(.+?)e?s$/u.exec(word)?.[1] : undefined;
  return stem !== undefined && stem.length > 3 && (NAMING_BEFORE.de.has(stem) || (stem.length > 6 && GERMAN_NAMING_HEAD.test(stem)));
}

interface Verdict {
  readonly direct: boolean;
  readonly confidence: number;
  readonly reason: Message;
  /** Speech by its shape alone (a sentence, a verb phrase, a long passage), with no cue: French wants someone who can have said it. */
  readonly byShapeOnly?: boolean;
}

/** The reason of words a cue attributes to someone, by the kind of cue. */
const ATTRIBUTED_BY: Record<CueKind, Message> = {
  verb: message('words attributed by a cue (verb)'),
  preposition: message('words attributed by a cue (preposition)'),
  colon: message('words attributed by a cue (colon)'),
};

/** What the rules that tell speech from names read about a quotation-marked passage. */
interface PassageContext {
  readonly text: string;
  readonly passage: QuotedPassage;
  readonly sentence: Span;
  readonly passages: readonly QuotedPassage[];
  readonly attribution: Attribution | undefined;
  readonly language: SuggestLanguage;
  /** German reported speech (subjunctive) around the passage. */
  readonly reported: boolean;
  /** The words inside the marks, as written. */
  readonly inner: string;
  readonly innerWords: readonly string[];
  /** Words before and after the passage (letters only). */
  readonly before: readonly Token[];
  readonly after: readonly Token[];
  readonly previousWord: string;
  /** A word is glued to the opening mark ("le film « … »", not "le projet, « … »"). */
  readonly glued: boolean;
  readonly startsUpper: boolean;
  /** Six words or fewer, capitalised, no sentence punctuation: looks like a name. */
  readonly shortName: boolean;
  readonly sentenceLike: boolean;
  readonly titleLike: boolean;
}

function passageContext(text: string, passage: QuotedPassage, sentence: Span, passages: readonly QuotedPassage[], attribution: Attribution | undefined, language: SuggestLanguage, reported: boolean): PassageContext {
  const inner = text.slice(passage.inner.start, passage.inner.end);
  const innerWords = words(text, passage.inner);
  const before = tokenize(text, Math.max(0, passage.start - 40), passage.start).filter((t) => /\p{L}/u.test(t.text));
  const startsUpper = /^[\p{Lu}\d]/u.test(inner);
  return {
    text, passage, sentence, passages, attribution, language, reported, inner, innerWords, before, startsUpper,
    after: tokenize(text, passage.end, Math.min(text.length, passage.end + 30)).filter((t) => /\p{L}/u.test(t.text)),
    previousWord: before[before.length - 1]?.lower ?? '',
    glued: /[\p{L}\p{N}][\s\u00a0\u202f]*$/u.test(text.slice(Math.max(0, passage.start - 3), passage.start)),
    shortName: innerWords.length <= 6 && startsUpper && !/[.!?…,;:]/u.test(inner),
    sentenceLike: /[.!?…]$/u.test(inner) || (/^[,]/u.test(text.slice(passage.end).trimStart()) && attribution?.adjacent === true) || standsAsASentence(text, passage, inner),
    // German capitalises every noun: one capitalised word is no sign of a name there.
    titleLike: isTitleLike(innerWords, language) && !(language === 'de' && innerWords.length === 1 && attribution !== undefined),
  };
}

/**
 * "„Ja, es gibt Zumutungen“. Das musste der Minister einräumen.": a capitalised passage that is
 * a whole sentence of the text by itself, its period after the closing mark, and holds a common
 * finite verb or a pronoun of speech ("Petra Hinz, Juristin" does not).
 */
function standsAsASentence(text: string, passage: QuotedPassage, inner: string): boolean {
  if (!/^\p{Lu}/u.test(inner) || !startsSentenceAt(text, passage.start) || !/^[\s\u00a0]*[.!?]/u.test(text.slice(passage.end, passage.end + 3))) return false;
  return hasClauseWord(inner) || isVerbPhrase(inner);
}

/** The rules that tell reported speech from names, titles and terms, in order: the first that answers decides. */
const CLASSIFY_RULES: readonly ((c: PassageContext) => Verdict | undefined)[] = [
  nestedQuotation,
  companyName,
  wordingAfterPour,
  glossInParentheses,
  nameOrTitleAfterANamingWord,
  germanNamingFrame,
  germanChargeWording,
  germanListOfNames,
  germanTranslatedTerm,
  spokenOfOrCalledBySomeone,
  germanShortQuotationRules,
  mediumThatReports,
  subjectOfTheVerbAfterIt,
  nameInApposition,
  sourceNamedInQuotationMarks,
  introducedByAColon,
  nobodyToSayItInFrench,
  quotedSentence,
  frenchNameAfterANounAndDe,
  wordsNearACue,
  insideReportedSpeech,
  verbPhrase,
  longPassage,
  capitalisedNameOrTitle,
  germanFragmentOfSpeech,
];

function classify(text: string, passage: QuotedPassage, sentence: Span, passages: readonly QuotedPassage[], attribution: Attribution | undefined, language: SuggestLanguage, reported: boolean): Verdict {
  const verdict = firstAnswer(CLASSIFY_RULES, passageContext(text, passage, sentence, passages, attribution, language, reported));
  if (verdict) return verdict;
  return { direct: false, confidence: 0.6, reason: message('short term or scare quotes without a source') };
}

/** "„Ener1 Group Inc.“", "« Dupont SA »": a legal form ends the name of a company. */
const LEGAL_FORM = /(?<![\p{L}\p{M}])(?:Inc\.?|Corp\.?|Ltd\.?|plc|LLC|GmbH|AG|KG|SE|e\.\s?V\.?|S\.A\.?|SA|SARL|SAS|S\.p\.A\.?|N\.V\.?|B\.V\.?)$/u;

function companyName(c: PassageContext): Verdict | undefined {
  return c.innerWords.length <= 8 && /^[\p{Lu}\d]/u.test(c.inner) && LEGAL_FORM.test(c.inner) ? { direct: false, confidence: 0.8, reason: message('the name of a company') } : undefined;
}

function nestedQuotation(c: PassageContext): Verdict | undefined {
  return c.passage.depth > 0 ? { direct: false, confidence: 0.6, reason: message('nested inside another quotation') } : undefined;
}

/** "placé en garde à vue pour « violences … »": the wording of a charge or a reason, not speech ("pour « éviter les heurts »" is). */
function wordingAfterPour(c: PassageContext): Verdict | undefined {
  return c.glued && c.previousWord === 'pour' && !/^\p{Lu}/u.test(c.inner) && !isQuotedVerbPhrase(c.inner, c.language) ? { direct: false, confidence: 0.6, reason: message("wording after 'pour'") } : undefined;
}

/** "( « Prisonniers à la maison » )": the journalist's gloss in parentheses. */
function glossInParentheses(c: PassageContext): Verdict | undefined {
  const { text, passage } = c;
  if (!(/\([\s\u00a0]*$/u.test(text.slice(Math.max(0, passage.start - 3), passage.start)) && /^[\s\u00a0]*\)/u.test(text.slice(passage.end, passage.end + 3)))) return undefined;
  return { direct: false, confidence: 0.6, reason: message('a gloss in parentheses') };
}

/** "surnommé « … »", "le film « … »", "„…“ genannt", "ihr Erstwerk: „…“": a name or a title. */
function nameOrTitleAfterANamingWord(c: PassageContext): Verdict | undefined {
  const { text, passage, after, innerWords, language, previousWord } = c;
  // "bezeichnete den Plan als „…“": a word of role or comparison right before the quotation, not the noun before it, frames it
  const framedByAs = /^(als|comme|as)$/u.test(previousWord);
  const previousWords = c.glued && !callsOn(c) && !framedByAs ? c.before.slice(-2).map((t) => t.lower) : [];
  const namedAfter = NAMING_AFTER.has(after[0]?.lower ?? '') || (after[0]?.lower === 'so' && NAMING_AFTER.has(after[1]?.lower ?? ''));
  // a colon after a word naming a work introduces its title
  const colonAfterNaming = language === 'de' && /[\p{L}][\s\u00a0]*:[\s\u00a0]*$/u.test(text.slice(Math.max(0, passage.start - 4), passage.start)) && namesWhatFollows(previousWord, language);
  // "Der Roman „Der Himmel über uns ist leer“ wurde ausgezeichnet": with no cue in the sentence, a German title right after its noun may be as long as a sentence
  const longTitleAllowed = language === 'de' && c.attribution === undefined && namesWhatFollows(previousWord, language);
  if (!((previousWords.some((w) => namesWhatFollows(w, language)) && (innerWords.length <= 6 || longTitleAllowed)) || namedAfter || (colonAfterNaming && innerWords.length <= 6))) return undefined;
  if (c.attribution?.cueKind === 'colon' && innerWords.length > 3 && !colonAfterNaming) return undefined;
  return { direct: false, confidence: 0.8, reason: message("name or title after '{0}'", previousWord) };
}

/**
 * "unter dem Motto „Wir sind die Zukunft!“", "„…“, so lautet der Titel der Studie", "nennt sich
 * „…“": the frame makes the words a name, a title or a motto, however long or sentence-like.
 */
function germanNamingFrame(c: PassageContext): Verdict | undefined {
  if (c.language !== 'de' || !namedByAFrame(c.text, c.passage.start, c.passage.end)) return undefined;
  return { direct: false, confidence: 0.8, reason: message('a name, title or motto by its frame') };
}

/**
 * "(etwa: „Partei der Volksmacht“)", "ein „space recovery experiment“ (Weltraum-Rückhol-Experiment)":
 * a short term given with its translation or gloss is a term, not someone’s words; with a cue other than a colon
 * in the sentence ("rief „Britain First“ (deutsch: …)") it stays speech.
 */
function germanTranslatedTerm(c: PassageContext): Verdict | undefined {
  if (c.language !== 'de' || c.innerWords.length > 6 || /[.!?…]$/u.test(c.inner) || (c.attribution !== undefined && c.attribution.cueKind !== 'colon') || !translatedTerm(c.text, c.passage.start, c.passage.end, hasClauseWord)) return undefined;
  return { direct: false, confidence: 0.6, reason: message('a term with its translation or gloss') };
}

/** "darunter „…“, „…“ und „…“": an item of a list of three or more capitalised quoted passages is a title or a name. */
function germanListOfNames(c: PassageContext): Verdict | undefined {
  if (c.language !== 'de' || !isListOfNames(c.text, c.passage, c.passages)) return undefined;
  return { direct: false, confidence: 0.7, reason: message('one of a list of quoted names or titles') };
}

/**
 * "wurde wegen „groben Unfugs“ angezeigt": the wording of a charge or a reason after "wegen" or
 * "unter dem Vorwurf", with no verb in it and no cue in the sentence, is the charge's, not
 * someone's words (the German counterpart of the French "pour « … »").
 */
function germanChargeWording(c: PassageContext): Verdict | undefined {
  if (c.language !== 'de' || c.attribution || c.sentenceLike || hasClauseWord(c.inner) || c.innerWords.length > 8 || !chargeWording(c.text, c.passage.start)) return undefined;
  return { direct: false, confidence: 0.6, reason: message('the wording of a charge or a reason') };
}

/**
 * "Il a appelé « les manifestants au calme »", "appelé à « bloquer les routes »": the verb of
 * calling on someone or for something, not a name given ("un village appelé « … »").
 */
function callsOn(c: PassageContext): boolean {
  if (c.language !== 'fr' || !c.glued) return false;
  const back = (k: number): string => c.before[c.before.length - k]?.lower ?? '';
  if (back(1) === 'à' && /^appel/u.test(back(2))) return true;
  return /^appel/u.test(back(1)) && /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient)$/u.test(back(2)) && !c.startsUpper;
}

/** "X parle d'un « montage »", "qualifié de « coup d'État » par ses détracteurs", "a appelé « les manifestants au calme »": someone's words without a verb of saying beside them. */
function spokenOfOrCalledBySomeone(c: PassageContext): Verdict | undefined {
  if (callsOn(c)) return { direct: true, confidence: 0.6, reason: message('what someone called for') };
  if (c.glued && spokenOfInFrench(c.before, c.language)) return { direct: true, confidence: 0.6, reason: message('what someone spoke of') };
  if (calledBySomeone(c.before, c.after, c.language)) return { direct: true, confidence: 0.6, reason: message('words someone used, named after them') };
  if (!c.startsUpper && c.innerWords.length <= 8 && demandedInFrench(clauseBefore(c), c.language) && someoneCanSayIt(c)) return { direct: true, confidence: 0.55, reason: message('what someone demanded, forbade or called for') };
  return undefined;
}

/** The words of the clause that ends at the quotation: back to the last punctuation or quotation mark. */
function clauseBefore(c: PassageContext): Token[] {
  const stretch = c.text.slice(c.sentence.start, c.passage.start);
  let from = c.sentence.start;
  for (const mark of ',;:()«»“”"') from = Math.max(from, c.sentence.start + stretch.lastIndexOf(mark) + 1);
  return tokenize(c.text, from, c.passage.start).filter((t) => /\p{L}/u.test(t.text));
}

/** The subject of the quotation's clause can speak. */
function someoneCanSayIt(c: PassageContext): boolean {
  const subject = clauseSubjectBefore(c.text, c.passage, c.sentence, c.passages, c.language);
  return subject !== undefined && speakerCandidate(c.text, subject, c.language) !== undefined;
}

function germanShortQuotationRules(c: PassageContext): Verdict | undefined {
  return c.language === 'de' ? germanShortQuotation(c.text, c.passage, c.before, c.after, c.glued, c.attribution, c.reported) : undefined;
}

/** "schrieb „Die Zeit“", "zitiert „BBC News“", "wie „heise online“ berichtet": the medium that reports. */
function mediumThatReports(c: PassageContext): Verdict | undefined {
  // media write their names lowercase too ("wie „heise online“ berichtet")
  const nameShaped = c.innerWords.length <= 4 && !/[.!?…,;:](?:\s|$)/u.test(c.inner);
  if (!(nameShaped && ((c.glued && REPORTING_VERBS.test(c.previousWord)) || (c.previousWord === 'wie' && REPORTING_VERBS.test(c.after[0]?.lower ?? ''))))) return undefined;
  return { direct: false, confidence: 0.7, reason: message('the name of the medium that reports') };
}

/** "« Le Monde » a révélé", "„Xinhua“ meldete": the quotation is the subject; not a sentence followed by its speaker ("« C'est mon premier titre » a déclaré X"). */
function subjectOfTheVerbAfterIt(c: PassageContext): Verdict | undefined {
  const sentenceWithItsSpeaker = c.innerWords.length >= 4 && c.attribution?.speaker !== undefined && c.attribution.speaker.start >= c.passage.end;
  return c.attribution?.quoteIsSubject && c.shortName && !sentenceWithItsSpeaker ? { direct: false, confidence: 0.7, reason: message('the subject of the verb after it: a name') } : undefined;
}

/** "die Nachrichtenagentur „Xinhua“", "mit dem „Deutschlandfunk“": a name in apposition. */
function nameInApposition(c: PassageContext): Verdict | undefined {
  const previousToken = c.before[c.before.length - 1];
  // "sagte Merkel „…“" is speech; "die Zeitschrift „…“, teilte … mit" names the subject of the cue after it
  const cueBefore = c.attribution?.adjacent === true && (c.attribution.cue === undefined || c.attribution.cue.end <= c.passage.start);
  if (!(c.shortName && c.glued && previousToken && !cueBefore)) return undefined;
  const previousIsNoun = /^\p{Lu}/u.test(previousToken.text) && !startsSentenceAt(c.text, previousToken.start);
  const previousIsArticle = /^(der|die|das|dem|den|des|im|beim|vom|zum|zur|the|le|la|les|du|au)$/u.test(previousToken.lower) && (c.innerWords.length > 1 || c.language === 'de');
  return previousIsNoun || previousIsArticle ? { direct: false, confidence: 0.7, reason: message('a name in apposition') } : undefined;
}

/** "laut „Reuters“": the quotation is the source a preposition names. */
function sourceNamedInQuotationMarks(c: PassageContext): Verdict | undefined {
  // a name is short and has no sentence punctuation: "selon lui « le mandat n'est pas … »" is speech
  const nameShaped = c.innerWords.length <= 6 && !/[.!?…;:](?:\s|$)/u.test(c.inner);
  const attribution = c.attribution;
  if (attribution?.cueKind !== 'preposition' || !nameShaped) return undefined;
  // "dem „Figaro“ zufolge": a postposition right after the quotation governs it ("« … » selon X" governs X)
  const cue = attribution.cue;
  const governedAfter = cue !== undefined && cue.start >= c.passage.end && /^[\s\u00a0]*$/u.test(c.text.slice(c.passage.end, cue.start)) && !(attribution.speaker && attribution.speaker.start >= cue.end);
  return attribution.sourceIsQuote || governedAfter ? { direct: false, confidence: 0.8, reason: message('the source named in quotation marks') } : undefined;
}

function introducedByAColon(c: PassageContext): Verdict | undefined {
  if (c.attribution?.cueKind !== 'colon') return undefined;
  if (c.innerWords.length >= 3 && !(c.titleLike && !c.sentenceLike)) return { direct: true, confidence: 0.85, reason: message('introduced by a colon') };
  return { direct: false, confidence: 0.5, reason: message('short title after a colon') };
}

/** "il est condamné à « … »", "a été qualifiée de « … »": a passive verb right before the quotation, and no agent after it. */
const FRENCH_PASSIVE_BEFORE = /(?:^|\s)(?:est|sont|était|étaient|été|sera|seront|serait|seraient|fut|furent)(?:\s+(?:\p{Ll}+ment|donc|aussi|ainsi|alors|déjà|encore|même|bien|toujours))?\s+\p{Ll}+(?:é|ée|és|ées|u|ue|us|ues|is|ise|ises|it|ite|its|ites)(?:\s+(?:à|de|d['’]|en|comme|pour))?\s*$/u;

/** "fait dire à X que le « … »": inside a clause reported with "que", the source is the main clause's, further back. */
function insideAClauseWithQue(text: string, sentence: Span, passage: Span): boolean {
  return /(?:^|[\s\p{P}])(?:que|qu['’]\p{L}*)(?:\s[^,;:]*)?$/u.test(text.slice(sentence.start, passage.start).trimEnd());
}

/**
 * French direct speech needs a source (the annotation guideline of quotes-fr, and what a reader
 * asks): "La maladie a touché la population provoquant « … »", "il est condamné à « … »". Words
 * that only their shape (a sentence, a verb phrase, a long passage) would make speech, with no cue,
 * in a clause whose subject cannot speak or undergoes a passive with no agent, are nobody's words:
 * a wording, a notice, a term.
 */
function nobodyToSayItInFrench(c: PassageContext): Verdict | undefined {
  if (c.language !== 'fr' || c.attribution || c.passage.depth > 0) return undefined;
  const shapeOnly = (c.sentenceLike && c.innerWords.length >= 3) || isQuotedVerbPhrase(c.inner, c.language) || (c.innerWords.length >= 8 && !c.titleLike);
  if (!shapeOnly) return undefined;
  if (insideAClauseWithQue(c.text, c.sentence, c.passage)) return undefined;
  const subject = clauseSubjectBefore(c.text, c.passage, c.sentence, c.passages, c.language);
  if (!subject) return undefined;
  const words = c.text.slice(subject.start, subject.end);
  const passive = FRENCH_PASSIVE_BEFORE.test(c.text.slice(c.sentence.start, c.passage.start)) && c.after[0]?.lower !== 'par';
  if (speakerCandidate(c.text, subject, c.language) && !passive) return undefined;
  return { direct: false, confidence: 0.6, reason: passive ? message('a wording in a passive clause with no agent') : message('nobody in its clause can have said it (“{0}”)', words) };
}

function quotedSentence(c: PassageContext): Verdict | undefined {
  if (!(c.sentenceLike && c.innerWords.length >= 3)) return undefined;
  return { direct: true, confidence: c.attribution ? 0.95 : 0.8, reason: c.attribution ? message('sentence with a cue of attribution') : message('quoted sentence'), byShapeOnly: !c.attribution };
}

/**
 * "une délégation de « Citoyens libres »", "les militants du « Front uni »": a short capitalised
 * phrase that completes a noun after "de" is the name of what the noun is (a group, a body), even
 * in a sentence with a cue; "parle de « … »" (a verb before "de") is left to the rules of speech.
 */
function frenchNameAfterANounAndDe(c: PassageContext): Verdict | undefined {
  if (c.language !== 'fr' || !c.glued || !c.startsUpper || c.innerWords.length > 4 || /[.!?…,;:]/u.test(c.inner) || c.attribution?.adjacent) return undefined;
  const link = c.before[c.before.length - 1];
  const noun = c.before[c.before.length - 2];
  if (!link || !noun || !/^(?:de|du|des|d['’])$/u.test(link.lower) || !/^\p{Ll}/u.test(noun.text) || rulesFor('fr').cues.verbs.has(noun.lower) || !(/^(?:qu['’])?(?:un|une|la|le|les|des|du|sa|son|ses|leur|leurs|cette|ce|ces)$/u.test(c.before[c.before.length - 3]?.lower ?? '') || /^(?:qu['’])?l['’]\p{Ll}/u.test(noun.lower))) return undefined;
  return { direct: false, confidence: 0.6, reason: message('a name completing a noun after “de”') };
}

/** Words a cue attributes, unless they look like a name the cue's sentence mentions. */
function wordsNearACue(c: PassageContext): Verdict | undefined {
  const attribution = c.attribution;
  if (!attribution) return undefined;
  if (c.language === 'de' && c.startsUpper && c.innerWords.length <= 3 && !attribution.adjacent) return { direct: false, confidence: 0.55, reason: message('short capitalised words near a cue: a name') };
  if (c.titleLike && c.innerWords.length <= 6 && !attribution.adjacent) return { direct: false, confidence: 0.6, reason: message('capitalised name near a cue') };
  return { direct: true, confidence: attribution.adjacent ? 0.9 : 0.7, reason: ATTRIBUTED_BY[attribution.cueKind] };
}

function insideReportedSpeech(c: PassageContext): Verdict | undefined {
  return c.reported && !c.titleLike ? { direct: true, confidence: 0.6, reason: message('inside reported speech (subjunctive)') } : undefined;
}

/** "appelé à « dégommer des monuments »", "les trous noirs « dévoreraient » plus": a verb phrase is someone's words, a name or a term is not. */
function verbPhrase(c: PassageContext): Verdict | undefined {
  return isQuotedVerbPhrase(c.inner, c.language) ? { direct: true, confidence: 0.55, reason: message('a verb phrase in quotation marks: someone’s words'), byShapeOnly: !c.attribution } : undefined;
}

function longPassage(c: PassageContext): Verdict | undefined {
  return c.innerWords.length >= 8 && !c.titleLike && !germanLongName(c) ? { direct: true, confidence: 0.6, reason: message('long quoted passage'), byShapeOnly: !c.attribution } : undefined;
}

/**
 * "das „Große Ehrenzeichen für Verdienste um die Republik“", "sein Buch „Cobra II – die Geschichte
 * der Invasion“": a long capitalised noun phrase after an article or a noun, with no verb, is a name.
 */
function germanLongName(c: PassageContext): boolean {
  const previous = c.before[c.before.length - 1];
  if (c.language !== 'de' || !c.glued || !c.startsUpper || !previous || /[.!?…]$/u.test(c.inner) || hasClauseWord(c.inner)) return false;
  const article = /^(der|die|das|dem|den|des|ein|eine|einen|einem|eines|im|beim|vom|zum|zur)$/u.test(previous.lower);
  const noun = /^\p{Lu}/u.test(previous.text) && !startsSentenceAt(c.text, previous.start);
  return article || noun;
}

function capitalisedNameOrTitle(c: PassageContext): Verdict | undefined {
  return c.titleLike ? { direct: false, confidence: 0.7, reason: message('capitalised: a name or title') } : undefined;
}

/** German news quotes fragments of speech inside reported clauses (Konjunktiv) far more than terms. */
function germanFragmentOfSpeech(c: PassageContext): Verdict | undefined {
  return c.language === 'de' && !c.startsUpper && c.innerWords.length >= 3 ? { direct: true, confidence: 0.5, reason: message('a quoted phrase: someone’s words') } : undefined;
}

/**
 * Every quotation-marked passage of `text`, each marked as reported speech (`direct`) or not,
 * with the speaker and cue found around it. A direct quotation with no cue in its sentence
 * takes the speaker of the previous direct quotation of the same or the previous paragraph.
 */
export function suggestQuotations(text: string, options: SuggestOptions = {}): QuotationSuggestion[] {
  const language = options.language ?? guessLanguage(text);
  const passages = findQuotedPassages(text);
  const suggestions: QuotationSuggestion[] = [];
  let lastSpeaker: PreviousSpeaker | undefined;
  for (const passage of passages) {
    const span = { start: passage.start, end: passage.end };
    const sentence = sentenceAround(text, span, passages);
    const attribution = passage.depth === 0 ? attribute(text, span, sentence, passages, language) : undefined;
    const reported = language === 'de' && REPORTED_SPEECH_DE.test(text.slice(sentence.start, passage.start) + ' ' + text.slice(passage.end, sentence.end));
    const verdict = classify(text, passage, sentence, passages, attribution, language, reported);
    const choice = verdict.direct ? chooseSpeaker(speakerContext(text, passage, sentence, passages, language, attribution, lastSpeaker, options.knownActors ?? [])) : undefined;
    let found = choice?.speaker;
    if (verdict.direct && found && !attribution?.speaker) found = nearestMention(text, found, sentence, passages);
    const vetted = found && choice ? vetSpeaker({ speaker: found, rule: choice.rule, ...(attribution ? { cueKind: attribution.cueKind, adjacent: attribution.adjacent } : {}), text, quote: span, sentence, language, knownActors: options.knownActors ?? [] }, options.speakers) : undefined;
    const speaker = vetted?.shown;
    // a guess from the bare subject of the sentence is too weak to hand on to later quotations
    if (verdict.direct && vetted?.candidate && choice?.handedOn) lastSpeaker = { speaker: vetted.candidate, end: passage.end };
    suggestions.push({
      span,
      direct: verdict.direct,
      ...(speaker ? { speaker } : {}),
      ...(verdict.direct && attribution?.cue ? { cue: attribution.cue } : {}),
      confidence: verdict.confidence,
      ...explained(speakerReason(verdict.reason, choice?.how, speaker, vetted?.withheld)),
    });
  }
  return withIndirectSpeech(text, language, passages, mergeConsecutive(text, suggestions, language), options.knownActors);
}

/** The reason of a quotation, with how its speaker was found or why none is suggested. */
function speakerReason(reason: Message, how: Message | undefined, speaker: SpeakerSuggestion | undefined, withheld: Message | undefined): Message {
  if (speaker && how) return message('{0}; speaker: {1}', reason, how);
  if (withheld && how) return message('{0}; no speaker suggested: {1} ({2})', reason, withheld, how);
  return reason;
}

/** The speaker of the last direct quotation that hands its speaker on, and where it ended. */
interface PreviousSpeaker {
  readonly speaker: SpeakerSuggestion;
  readonly end: number;
}

/** What the speaker rules read about a direct quotation. */
interface SpeakerContext {
  readonly text: string;
  readonly span: Span;
  readonly sentence: Span;
  readonly passages: readonly QuotedPassage[];
  readonly language: SuggestLanguage;
  readonly attribution: Attribution | undefined;
  readonly lastSpeaker: PreviousSpeaker | undefined;
  readonly knownActors: readonly KnownActor[];
  /** The source named in the quotation's own clause (German), when the cue names none. */
  readonly ownSource: Span | undefined;
  /** The speaker named with a cue in the sentence before, when the cue names none. */
  readonly cuedBefore: Span | undefined;
}

function speakerContext(
  text: string,
  passage: QuotedPassage,
  sentence: Span,
  passages: readonly QuotedPassage[],
  language: SuggestLanguage,
  attribution: Attribution | undefined,
  lastSpeaker: PreviousSpeaker | undefined,
  knownActors: readonly KnownActor[],
): SpeakerContext {
  const span = { start: passage.start, end: passage.end };
  const uncued = !attribution?.speaker;
  return {
    text, span, sentence, passages, language, attribution, lastSpeaker, knownActors,
    ownSource: uncued ? clauseSource(text, span, sentence, passages, language) : undefined,
    cuedBefore: uncued ? previousSentenceAttribution(text, sentence, passages, language, lastSpeaker?.end ?? 0) : undefined,
  };
}

/** A speaker rule's answer: who (none when the rule found the place but no one there), how, and whether later quotations may take it. */
interface SpeakerChoice {
  readonly speaker?: SpeakerSuggestion;
  readonly how: Message;
  readonly handedOn: boolean;
  /** Which evidence found it, for its confidence. */
  readonly rule: SpeakerRule;
}

/** The rules that choose the speaker of a direct quotation, in order: the first that answers decides. */
const SPEAKER_RULES: readonly ((c: SpeakerContext) => SpeakerChoice | undefined)[] = [
  namedWithTheCue,
  namedInItsOwnClause,
  namedWithACueInTheSentenceBefore,
  previousSpeakerOfTheParagraph,
  pronounSubjectOfItsClause,
  subjectOfTheSentenceBefore,
  previousSpeakerOfTheParagraphBefore,
  sourceNamedInTheSentenceBefore,
  subjectOfItsSentence,
];

function chooseSpeaker(c: SpeakerContext): SpeakerChoice | undefined {
  return firstAnswer(SPEAKER_RULES, c);
}

/** The expression at `span`, linked to the known actor it names. */
function linked(c: SpeakerContext, span: Span, how: Message, rule: SpeakerRule, handedOn = true): SpeakerChoice {
  return { speaker: linkSpeaker(c.text, span, c.knownActors), how, handedOn, rule };
}

function namedWithTheCue(c: SpeakerContext): SpeakerChoice | undefined {
  if (!c.attribution?.speaker) return undefined;
  // "a-t-il déclaré": the pronoun inside the verb
  const inverted = c.attribution.cue !== undefined && c.attribution.speaker.start >= c.attribution.cue.start && c.attribution.speaker.end <= c.attribution.cue.end;
  return linked(c, c.attribution.speaker, message('named with the cue'), inverted ? 'invertedPronoun' : 'cue');
}

/** "Für die Ministerin ist das „…“", "Osterloh sieht darin einen „…“": the source named in its own clause. */
function namedInItsOwnClause(c: SpeakerContext): SpeakerChoice | undefined {
  const own = c.ownSource;
  if (!own || /^(er|sie|ich|wir)$/iu.test(c.text.slice(own.start, own.end))) return undefined;
  return linked(c, own, message('named in its own clause'), 'ownClause');
}

/** "Der Minister sagte, man prüfe alles. Die Lage sei „ernst“": reported speech goes on. */
function namedWithACueInTheSentenceBefore(c: SpeakerContext): SpeakerChoice | undefined {
  return c.cuedBefore ? linked(c, c.cuedBefore, message('named with a cue in the sentence before'), 'cueBefore') : undefined;
}

/** The speaker of the previous quotation, in the same paragraph. */
function previousSpeakerOfTheParagraph(c: SpeakerContext): SpeakerChoice | undefined {
  const last = c.lastSpeaker;
  if (!(last && c.span.start - last.end < 1500 && paragraphsBetween(c.text, last.end, c.span.start) === 0)) return undefined;
  return { speaker: last.speaker, how: message('the speaker of the previous quotation in the paragraph'), handedOn: true, rule: 'previousInParagraph' };
}

/** "er", "sie" as the subject of the quotation's own clause. */
function pronounSubjectOfItsClause(c: SpeakerContext): SpeakerChoice | undefined {
  return c.ownSource ? linked(c, c.ownSource, message('the pronoun subject of its clause'), 'pronounOfOwnClause') : undefined;
}

/** "Fillon ne s'est pas laissé perturber. « … »": the speaker named in the sentence before. */
function subjectOfTheSentenceBefore(c: SpeakerContext): SpeakerChoice | undefined {
  if (c.text.slice(c.sentence.start, c.span.start).trim() !== '') return undefined;
  const subject = previousSentenceSubject(c.text, c.sentence, c.passages, c.language);
  return subject ? linked(c, subject, message('the subject of the sentence before'), 'subjectBefore') : undefined;
}

/** A paragraph that opens with a quotation goes on with the speaker of the paragraph before. */
function previousSpeakerOfTheParagraphBefore(c: SpeakerContext): SpeakerChoice | undefined {
  const last = c.lastSpeaker;
  const opensParagraph = c.text.slice(c.sentence.start, c.span.start).trim() === '' && startsParagraph(c.text, c.sentence.start);
  if (!(last && c.span.start - last.end < 1500 && paragraphsBetween(c.text, last.end, c.span.start) <= 1 && opensParagraph)) return undefined;
  return { speaker: last.speaker, how: message('the speaker of the previous quotation'), handedOn: true, rule: 'previousParagraph' };
}

/** "Der Verband legte nach. Die Pläne seien „…“": the source named in the sentence before. */
function sourceNamedInTheSentenceBefore(c: SpeakerContext): SpeakerChoice | undefined {
  const source = previousSentenceSource(c.text, c.sentence, c.passages, c.language);
  return source ? linked(c, source, message('named in the sentence before'), 'sourceBefore') : undefined;
}

/**
 * French: the subject of the quotation's own clause ("le gouvernement, qui ne veut pas « … »"),
 * or, when that cannot speak, the name in apposition right before the clause's verb ("L'ancien
 * maire de la ville, Paul Girard parle de « … »"), or the author of a call or statement the clause
 * names ("suite à l'appel de Paul Girard à « … »").
 */
function frenchSpeakingSubject(c: SpeakerContext): Span | undefined {
  const subject = clauseSubjectBefore(c.text, c.span, c.sentence, c.passages, c.language);
  if (subject && speakerCandidate(c.text, subject, c.language)) return subject;
  return nameBeforeTheVerb(c.text, c.span, c.sentence, c.passages, c.language) ?? authorOfASpeechNoun(c.text, c.span, c.sentence, c.passages) ?? subject;
}

/** The bare subject of the quotation's sentence: a guess, not handed on. */
function subjectOfItsSentence(c: SpeakerContext): SpeakerChoice {
  const subject = c.language === 'fr' ? frenchSpeakingSubject(c) : sentenceSubject(c.text, c.span, c.sentence, c.passages, c.language);
  return subject ? linked(c, subject, message('the subject of its sentence'), 'subjectOfSentence', false) : { how: message('the subject of its sentence'), handedOn: false, rule: 'subjectOfSentence' };
}

/**
 * "„Diese Morde hätten verhindert werden können.“ „Wäre der Haftbefehl …“, so die Anwältin": direct
 * quotations that follow each other with nothing but spaces between are one passage of speech.
 */
function mergeConsecutive(text: string, suggestions: QuotationSuggestion[], language: SuggestLanguage): QuotationSuggestion[] {
  const merged: QuotationSuggestion[] = [];
  for (const suggestion of suggestions) {
    const last = merged[merged.length - 1];
    const adjoining = last?.direct && suggestion.direct && last.span.end <= suggestion.span.start;
    if (adjoining && ((/^[ \u00a0\u202f]+$/u.test(text.slice(last.span.end, suggestion.span.start)) && /[.!?…][\s\u00a0\u202f]*.$/u.test(text.slice(last.span.start, last.span.end))) || interruptedByItsAttribution(text, last, suggestion, language))) {
      const speaker = suggestion.speaker ?? last.speaker;
      const cue = suggestion.cue ?? last.cue;
      merged[merged.length - 1] = {
        ...last,
        span: { start: last.span.start, end: suggestion.span.end },
        ...(speaker ? { speaker } : {}),
        ...(cue ? { cue } : {}),
        confidence: Math.max(last.confidence, suggestion.confidence),
        ...explained(message('{0}; continued by the next quotation', last.reasonMessage ?? verbatim(last.reason))),
      };
      continue;
    }
    merged.push(suggestion);
  }
  return merged;
}

/**
 * English attribution (PolNeAR's guidelines, the convention of English attribution corpora): a
 * quotation interrupted by its attribution ("\"We won,\" she said. \"Now we rest.\"", "\"…,\" said
 * Bolden, \"…\"", the rest opening the next paragraph too) is one attribution. The first part ends with a comma (the sentence goes on) or
 * the cue clause between is short, and the cue of one of the two parts lies between them.
 */
function interruptedByItsAttribution(text: string, first: QuotationSuggestion, next: QuotationSuggestion, language: SuggestLanguage): boolean {
  if (language !== 'en') return false;
  const between = { start: first.span.end, end: next.span.start };
  const gap = text.slice(between.start, between.end);
  // the next paragraph may open with the rest ('"…," she said.\n\n"…"'), but nothing else may stand there
  if (gap.length > 100 || /\n[^]*\S/u.test(gap)) return false;
  const cueBetween = [first.cue, next.cue].some((cue) => cue !== undefined && cue.start >= between.start && cue.end <= between.end);
  // '"We won," she said': the comma inside (or right after) the closing mark says the sentence goes on
  const goesOn = /,[\s\u00a0]*$/u.test(text.slice(first.span.start, first.span.end - 1)) || /^[\s\u00a0]*,/u.test(gap);
  return cueBetween && goesOn && (gap.match(/[.!?]/gu) ?? []).length <= 1;
}

/** Nouns for chanted or written slogans: what follows them in quotation marks is someone's words. */
const SLOGAN_NOUNS = /^(parole|parolen|hassparolen|sprüche|spruch|slogan|slogans|rufe|rufen|sprechchöre|sprechchören|losung|losungen|aufschrift|schlachtruf|schlachtrufe)$/u;

/**
 * German news quotes single words and short phrases of a source inside reported clauses far more
 * than French does; these rules read the words around such a fragment:
 * - "(kurz: „IG Bau“)": a short name;
 * - "bezeichnete … als „Wortbruch“", "wies die Vorwürfe als „haltlos“ zurück": an evaluation in
 *   someone's words, unless the frame names or classifies ("gilt als", "sich als", "als … bekannt");
 * - "skandierten Parolen wie „…“", "mit der Aufschrift „…“": a slogan;
 * - "nannte den Bericht eine „Zeitungsente“", "sei ein „Papiertiger“", "sprach von „Panikverkäufen“":
 *   an indefinite noun phrase (or "von") in a sentence with a cue or in the subjunctive.
 */
function germanShortQuotation(
  text: string,
  passage: QuotedPassage,
  before: readonly Token[],
  after: readonly Token[],
  glued: boolean,
  attribution: Attribution | undefined,
  reported: boolean,
): Verdict | undefined {
  const previousWord = before[before.length - 1]?.lower ?? '';
  const previous2 = before[before.length - 2]?.lower ?? '';
  if (/\bkurz[\s\u00a0]*[:,]?[\s\u00a0]*$/u.test(text.slice(Math.max(0, passage.start - 8), passage.start))) return { direct: false, confidence: 0.8, reason: message("a short name after 'kurz'") };
  // "„Reuters“-Reporterin", "„Bild“-Zeitung": the passage is part of a compound, a name
  if (text[passage.end] === '-') return undefined;
  const asEvaluation = glued && (previousWord === 'als' || (/^(ein|eine|einen|einer|eines)$/u.test(previousWord) && previous2 === 'als'));
  if (asEvaluation) {
    const category = /^[^.!?\n]{0,40}?(?<!\p{L})(bekannt|bekannte|bekannten|ausgezeichnet|interpretiert)(?!\p{L})/u.test(text.slice(passage.end, passage.end + 60)) ||
      (/^(bezeichnet|genannt)$/u.test(after[0]?.lower ?? '') && /^(wird|werden|wurde)$/u.test(after[1]?.lower ?? '')) ||
      before.slice(-10).some((t) => /^(gilt|galt|gelten|galten|dient|diente|dienen|sich)$/u.test(t.lower)) ||
      // "Galt X noch vor seinem Amt als „…“": a reputation, however far back in the clause its verb stands
      /(?<!\p{L})(?:gilt|galt|gelten|galten)(?!\p{L})/iu.test(clauseEndingAt(text, passage.start));
    // "spielt ihn als „Opa Friedrich“", "wurde als „Stadt der Literatur“ …": a capitalised role or title, unless someone calls it so
    const innerWords = words(text, passage.inner);
    const calledSo = attribution !== undefined || [...before.slice(-12), ...after.slice(0, 8)].some((t) => /^(bezeichn|charakterisier|beschr|nannt|nennt|kritisier|verurteil)/u.test(t.lower));
    const roleOrTitle = innerWords.length >= 2 && isTitleLike(innerWords, 'de') && !calledSo;
    if (!category && !roleOrTitle) return { direct: true, confidence: 0.6, reason: message("an evaluation after 'als'") };
    return undefined;
  }
  // "mit einem skandierten „…“", "die oft gerufenen „…“": words described as said
  if (glued && /^(skandierte|skandierten|skandiertes|gerufene|gerufenen|gerufenes|geäußerte|geäußerten|geäußertes)$/u.test(previousWord)) {
    return { direct: true, confidence: 0.6, reason: message('words described as said') };
  }
  if (SLOGAN_NOUNS.test(previousWord) || (previousWord === 'wie' && SLOGAN_NOUNS.test(previous2))) {
    return { direct: true, confidence: 0.6, reason: message('a slogan') };
  }
  const speechAround = attribution?.cueKind === 'verb' || reported;
  // "Dies nennt man einen „Aktiensplit“", "den Status eines „…“": a definition or a label, not a source's words
  const defining = before.slice(-4).some((t) => t.lower === 'man' || t.lower === 'status');
  const indefinite = glued && /^(ein|eine|einen|einem|einer|eines)$/u.test(previousWord) && !defining;
  const spokenOf = glued && (previousWord === 'von' || (/^(einem|einer)$/u.test(previousWord) && previous2 === 'von')) && before.slice(-8).some((t) => /^(sprach|sprachen|spricht|sprechen|berichtete|berichteten)$/u.test(t.lower));
  if ((indefinite && speechAround) || spokenOf) return { direct: true, confidence: 0.55, reason: spokenOf ? message('what someone spoke of') : message('an indefinite phrase in reported speech') };
  return undefined;
}

/** The words from the last punctuation (or the sentence start) up to `at`. */
function clauseEndingAt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 200), at).split(/[.!?;:,()\n„“”«»"]/u).pop() ?? '';
}

function startsSentenceAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return /(^|[.!?:\n])[\s\u00a0]*$/u.test(before) || at === 0;
}

/** The subject of the sentence that ends right before `sentence` in the same paragraph. */
function previousSentenceSubject(text: string, sentence: Span, passages: readonly QuotedPassage[], language: SuggestLanguage): Span | undefined {
  let end = sentence.start;
  while (end > 0 && /[ \u00a0\u202f]/u.test(text[end - 1]!)) end--;
  if (end === 0 || text[end - 1] === '\n') return undefined;
  const previous = sentenceAround(text, { start: end - 1, end: end - 1 }, passages);
  const subject = sentenceSubject(text, { start: end, end }, { start: previous.start, end }, passages, language);
  if (!subject) return undefined;
  const words = text.slice(subject.start, subject.end);
  return /^\p{Lu}/u.test(words) || /^(il|elle|ils|elles|er|sie|he|she|they)$/iu.test(words) ? subject : undefined;
}

/** The source named in the sentence right before `sentence` in the same paragraph (German, see clauseSource). */
function previousSentenceSource(text: string, sentence: Span, passages: readonly QuotedPassage[], language: SuggestLanguage): Span | undefined {
  let end = sentence.start;
  while (end > 0 && /[ \u00a0\u202f]/u.test(text[end - 1]!)) end--;
  if (end === 0 || text[end - 1] === '\n') return undefined;
  const previous = sentenceAround(text, { start: end - 1, end: end - 1 }, passages);
  return clauseSource(text, { start: end, end }, { start: previous.start, end }, passages, language);
}

/**
 * The speaker named with a cue in the sentence right before `sentence` (same paragraph, after
 * the last attributed quotation), read as if the quotation ended that sentence.
 */
function previousSentenceAttribution(text: string, sentence: Span, passages: readonly QuotedPassage[], language: SuggestLanguage, after: number): Span | undefined {
  let end = sentence.start;
  while (end > 0 && /[ \u00a0\u202f]/u.test(text[end - 1]!)) end--;
  if (end === 0 || text[end - 1] === '\n' || end <= after) return undefined;
  const previous = sentenceAround(text, { start: end - 1, end: end - 1 }, passages);
  if (previous.start < after || passages.some((p) => p.depth === 0 && p.start >= previous.start && p.end <= end)) return undefined;
  const attribution = attribute(text, { start: end, end }, { start: previous.start, end }, passages, language);
  return attribution && attribution.cueKind !== 'colon' && attribution.speaker && !/^(es|it|il|on)$/iu.test(text.slice(attribution.speaker.start, attribution.speaker.end)) ? attribution.speaker : undefined;
}

/**
 * A speaker carried over from earlier ("Gülsen Celebi") who is named again in the quotation's own
 * sentence ("habe Celebi „…“"): the nearer mention is the one to point at.
 */
function nearestMention(text: string, speaker: SpeakerSuggestion, sentence: Span, passages: readonly QuotedPassage[]): SpeakerSuggestion {
  if (!speaker.span || (speaker.span.start >= sentence.start && speaker.span.end <= sentence.end)) return speaker;
  const surname = /(\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(speaker.text)?.[1];
  if (!surname || surname.length < 3) return speaker;
  for (const at of wholeWordOccurrences(text.slice(sentence.start, sentence.end), surname)) {
    const start = sentence.start + at;
    if (passages.some((p) => p.start <= start && start < p.end)) continue;
    return { ...speaker, span: { start, end: start + surname.length }, text: surname };
  }
  return speaker;
}

function startsParagraph(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[ \t\u00a0]/u.test(text[i - 1]!)) i--;
  return i === 0 || text[i - 1] === '\n';
}

function paragraphsBetween(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/\n\s*\n|\n/gu) ?? []).length;
}
