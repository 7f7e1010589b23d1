/**
 * German frames that give what follows (or precedes) in quotation marks as a name, a title, a
 * motto or the wording of a charge, however long and sentence-like it is: "unter dem Motto „Wir
 * sind die Zukunft!“", "ein Buch mit dem Titel „…“", "„…“, so lautet der Titel der Studie",
 * "der Name lautet „…“", "nennt sich „…“", "wegen „schweren Diebstahls“". General grammar of
 * naming, not words of any one article.
 */

/** Nouns that a quoted wording can be the value of. */
const NAME_NOUNS = '(?:Motto|Mottos|Titel|Titels|Namen|Name|Slogan|Slogans|Stichwort|Leitspruch|Leitmotiv|Arbeitstitel|Untertitel|Schlagwort|Überschrift|Schlagzeile|Aufschrift|Bezeichnung|Kennwort|Losung)';
const LAUTEN = '(?:lautet|lautete|lauten|lauteten|heißt|hieß)';
const SPACE = '[\\s\\u00a0]+';

/** "unter dem Motto", "mit dem Titel", "trägt den Namen", "Titel lautet (also)", "nennt sich", right before the opening mark. */
const FRAME_BEFORE = new RegExp(
  '(?:' +
    `(?:[Uu]nter|[Mm]it)${SPACE}(?:dem|einem)${SPACE}${NAME_NOUNS}` +
    `|(?:trägt|tragen|trug|trugen|erhielt|erhielten|erhält|bekam|bekommt)${SPACE}(?:den|einen|die|eine)${SPACE}${NAME_NOUNS}` +
    `|${NAME_NOUNS}${SPACE}${LAUTEN}(?:${SPACE}(?:also|dabei|nun|jetzt|offiziell))?` +
    `|(?:nennt|nannte|nennen|nannten)${SPACE}(?:sich|er\\s+sich|sie\\s+sich|es\\s+sich)` +
    ')[\\s\\u00a0]*:?[\\s\\u00a0]*$',
  'u',
);

/** "„…“, so lautet der Titel", "„…“ lautet der Name", right after the closing mark. */
const FRAME_AFTER = new RegExp(`^[\\s\\u00a0]*[,–-]?[\\s\\u00a0]*(?:so${SPACE})?${LAUTEN}${SPACE}(?:der|die|das|ihr|sein|seine|ihre|unser)${SPACE}(?:\\p{L}+${SPACE})?${NAME_NOUNS}(?!\\p{L})`, 'u');

/** The quotation at `start`–`end` is a name, a title or a motto by the frame around it. */
export function namedByAFrame(text: string, start: number, end: number): boolean {
  return FRAME_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || FRAME_AFTER.test(text.slice(end, end + 60));
}

/** Prepositions of a charge or a reason: "wegen „groben Unfugs“", "unter dem Vorwurf „…“". */
const CHARGE_BEFORE = new RegExp(`(?:(?<!\\p{L})[Ww]egen|(?:[Uu]nter|[Mm]it)${SPACE}dem${SPACE}(?:Vorwurf|Verdacht)(?:${SPACE}(?:der|des|einer|eines))?)[\\s\\u00a0]*$`, 'u');

/** The quotation right after "wegen" or "unter dem Vorwurf" (the wording of a charge or a reason). */
export function chargeWording(text: string, start: number): boolean {
  return CHARGE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** "(etwa: „…“", "(deutsch: „…“", "engl. „…“": a translation announced before the quotation. */
const TRANSLATION_BEFORE = /(?:\(|,)[\s\u00a0]*(?:etwa|dt\.|deutsch|übersetzt|sinngemäß|wörtlich übersetzt|engl\.|englisch|frz\.|französisch|span\.|spanisch|ital\.|italienisch|russ\.|russisch|arab\.|arabisch|lat\.|lateinisch)[\s\u00a0]*:?[\s\u00a0]*$/u;

/** "„space recovery experiment“ (Weltraum-Rückhol-Experiment)": a short gloss in parentheses right after the closing mark. */
const GLOSS_AFTER = /^[\s\u00a0]*\(([^()\n]{1,60})\)/u;

/**
 * A term given with its translation: the quotation opens a translation ("(etwa: „…“") or a short
 * gloss in parentheses follows it (a term and its meaning, not someone's words). `clauseWord`
 * says whether some words hold a finite verb (a gloss that is a sentence is a remark, not a gloss).
 */
export function translatedTerm(text: string, start: number, end: number, clauseWord: (words: string) => boolean): boolean {
  if (TRANSLATION_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  const gloss = GLOSS_AFTER.exec(text.slice(end, end + 70))?.[1];
  return gloss !== undefined && (gloss.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 4 && !clauseWord(gloss) && !/\d/u.test(gloss);
}
