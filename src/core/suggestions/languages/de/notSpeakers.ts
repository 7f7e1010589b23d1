/**
 * German words that a subject-finder can take for a speaker but that cannot speak: a month or a
 * weekday ("hatte letzten September kritisiert"), a measure after a number ("in 10.000 Metern
 * Höhe", "8,6 Milliarden Euro"), a sentence adverb capitalised at the start of a sentence
 * ("Besonders betroffen seien …", "Relativierend fügt X hinzu"), and a bare abstract noun
 * ("Entscheidung", "Gesellschaftsordnung"). General German grammar, not words of any article.
 */

const TIME_WORDS = /^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)$/u;

/** Nouns of measure that follow a number; "Prozent" is left out ("22 Prozent teilen die Meinung" speaks for those polled). */
const MEASURE_WORDS = /^(?:meter|metern|kilometer|kilometern|zentimeter|milliarde|milliarden|million|millionen|tausend|jahr|jahre|jahren|monat|monate|monaten|woche|wochen|tag|tage|tagen|stunde|stunden|minute|minuten|sekunden|euro|dollar|franken|pfund|tonne|tonnen|grad|kilogramm|kilo|liter|hektar|quadratmeter|quadratkilometer|höhe|tiefe)$/u;

const SENTENCE_ADVERBS = /^(?:besonders|weiterhin|insbesondere|ebenfalls|ebenso|ferner|allerdings|dennoch|trotzdem|daher|damit|dabei|darauf|darüber|erneut|zuletzt|zunächst|inzwischen|mittlerweile|gleichzeitig|zugleich|schließlich|immerhin|vielmehr|stattdessen|offenbar|offensichtlich|angeblich|zumindest|jedenfalls|nun|jetzt|danach|demnach|somit|folglich|überdies|unterdessen|indessen|wiederum|vorerst|bislang|bisher)$/u;

/** "Relativierend", "Abschließend", "Ergänzend" (nine letters at least: "Townsend" is a name), "Glücklicherweise", "Gegebenenfalls": adverbial shapes. */
const ADVERB_SHAPE = /(?:.{6,}end|.{3,}weise|.{3,}falls|.{3,}ermaßen)$/u;

/** Suffixes of German abstract nouns ("Entscheidung", "Freiheit", "Ergebnis", "Gesellschaftsordnung"). */
const ABSTRACT_SUFFIX = /(?:ung|heit|keit|nis|ismus|ität|ordnung)$/u;

/** The first word (lowercased) of a phrase, and how many words it has: the phrase cannot speak. */
export function cannotSpeakInGerman(firstLower: string, wordCount: number): boolean {
  if (MEASURE_WORDS.test(firstLower)) return true;
  if (wordCount !== 1) return false;
  return TIME_WORDS.test(firstLower) || SENTENCE_ADVERBS.test(firstLower) || ADVERB_SHAPE.test(firstLower) || ABSTRACT_SUFFIX.test(firstLower);
}
