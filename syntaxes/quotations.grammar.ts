/**
 * Source of the TextMate grammars that colour quotation-marked passages in plain text and
 * markdown. The `*.tmLanguage.json` files beside this one are generated from it:
 *
 *     npx tsx syntaxes/generate.ts
 *
 * A unit test fails when the committed JSON differs from what this file generates, so edit
 * here, regenerate, and commit both.
 *
 * Why a generator: eleven quotation styles, each needed at top level and nested, in two
 * variants (plain text, markdown) whose only difference is where an unclosed quotation stops.
 * Written by hand that is 44 near-identical rules whose regexes would drift apart.
 *
 * Where a quotation ends (the rule the README documents):
 * - at its closing mark;
 * - plain text: otherwise at the end of a paragraph, which is a blank line, a line that starts
 *   with the same opening mark again (the convention for a quotation running over several
 *   paragraphs: « or “ reopens each paragraph and only the last one closes), or the end of a line
 *   whose last character ends a sentence (. ! ? … possibly followed by a closing mark). The
 *   last case covers texts with one paragraph per line, like the sample article, without
 *   breaking quotations in hard-wrapped texts, whose lines mostly end mid-sentence;
 * - markdown: otherwise at the end of its line. VS Code's markdown grammar ends its paragraph
 *   scope at every line end, which pops any rule pushed inside it, so a quotation cannot
 *   continue on the next line there anyway; ending at the line end everywhere keeps markdown
 *   consistent, and a fenced code block right under a line can never be swallowed.
 * - a quotation inside a quotation always ends at the end of its line at the latest, so the
 *   outer quotation's paragraph rules apply on the next line.
 */

/** A quotation style: how its passage opens and closes, as Oniguruma regex sources. */
export interface QuotationStyle {
  /** Short name, used as the repository key. */
  readonly id: string;
  /** `double` for “ ” « » „ “ " …, `single` for ‘ ’ ‹ › ‚ ‘ ' …: the third part of the scope. */
  readonly kind: 'double' | 'single';
  /** Matches the opening mark (one character, plus lookarounds that rule out look-alikes). */
  readonly open: string;
  /** Matches the closing mark. */
  readonly close: string;
  /**
   * Matches an opening mark at the start of a line that reopens a continued paragraph. Absent
   * for straight quotes: the same mark closes, and closing wins at the start of a line.
   */
  readonly reopen?: string;
  /**
   * True when the passage never runs past its line. Straight single quotes are also
   * apostrophes and feet marks; the opener is only taken when a closer follows on its line.
   */
  readonly lineBound?: boolean;
}

/** Letters (any script), combining marks (NFD accents) and digits: what makes a word. */
const WORD = String.raw`\p{L}\p{M}\p{N}`;
/** What may directly follow an opening mark of the reversed styles » « and › ‹. */
const STARTS_TEXT = String.raw`[${WORD}„“‚‘‹'"…(\[¿¡]`;
/** Characters that end a sentence, for the end-of-paragraph guess in plain text. */
const SENTENCE_END = '[.!?…]';
/** Every closing mark, for “the line ends with a sentence end and a closing mark”. */
const CLOSING_MARKS = `[»”“’'"›‹«‘]`;
/**
 * A straight single quote opens only if a closing one (a ' with no letter after it, unlike the
 * apostrophe in don't) follows on the same line within this many characters. The bound keeps
 * the lookahead cheap on long lines full of candidate openers; longer straight single quotes
 * are rare (they are mostly short quotations inside quotations).
 */
const STRAIGHT_SINGLE_REACH = 150;

/** Every style the grammar knows, outermost-first order does not matter: openers are disjoint. */
export const QUOTATION_STYLES: readonly QuotationStyle[] = [
  // « French » — spaces, no-break spaces (U+00A0) and narrow ones (U+202F) inside are content.
  { id: 'guillemets', kind: 'double', open: '«', close: '»', reopen: '«' },
  // »Danish, German« — only when the mark touches the text it opens, so that a stray French
  // closing » (« … » with a space before the next word) is not taken as an opener.
  {
    id: 'guillemets-reversed',
    kind: 'double',
    open: String.raw`(?<![${WORD}])»(?=${STARTS_TEXT})`,
    close: '«',
    reopen: String.raw`»(?=${STARTS_TEXT})`,
  },
  // “English”. “ is also the German closing mark: as an opener it must not stick to the word
  // before it nor be followed by a space, punctuation or the line end, which a German closing
  // “ left over from a quotation that began on an earlier line usually is.
  {
    id: 'english-double',
    kind: 'double',
    open: String.raw`(?<![${WORD}])“(?![ 	.,;:!?)\]]|$)`,
    close: '”',
    reopen: '“',
  },
  // „German“ and „Polish”; „…" with a straight closing mark is a frequent German typing habit.
  { id: 'low-double', kind: 'double', open: '„', close: '[“”"]', reopen: '„' },
  // "straight" — not after a digit, where " is the inch mark (a 12" screen).
  { id: 'straight-double', kind: 'double', open: String.raw`(?<!\p{N})"`, close: '"' },
  // ‹single› and ›reversed‹
  { id: 'single-guillemets', kind: 'single', open: '‹', close: '›', reopen: '‹' },
  {
    id: 'single-guillemets-reversed',
    kind: 'single',
    open: String.raw`(?<![${WORD}])›(?=${STARTS_TEXT})`,
    close: '‹',
    reopen: String.raw`›(?=${STARTS_TEXT})`,
  },
  // ‚German‘ (and ‚Dutch’). ’ between letters is an apostrophe, so it closes only when no
  // letter follows it.
  { id: 'low-single', kind: 'single', open: '‚', close: String.raw`‘|’(?![${WORD}])`, reopen: '‚' },
  // ‘English’: ’ is also the typographic apostrophe (it’s, l’État, d’élargir), which has a
  // letter after it; a closing ’ has none.
  {
    id: 'english-single',
    kind: 'single',
    open: String.raw`(?<![${WORD}])‘`,
    close: String.raw`’(?![${WORD}])`,
    reopen: '‘',
  },
  // 'straight single': not an apostrophe (don't, l'État: a letter before it) nor a feet mark
  // (5': a digit before it); opens only before a word and when it closes on the same line.
  {
    id: 'straight-single',
    kind: 'single',
    open: String.raw`(?<![${WORD}'])'(?=[${WORD}])(?=[^\n]{0,${STRAIGHT_SINGLE_REACH}}?(?<=\S)'(?![${WORD}]))`,
    close: String.raw`(?<=\S)'(?![${WORD}])`,
    lineBound: true,
  },
];

/** Which host a grammar variant is injected into. */
export type GrammarVariant = 'text' | 'markdown';

/** Scope of a whole quotation passage, marks included. */
export function passageScope(kind: QuotationStyle['kind'], nested: boolean): string {
  return nested ? `string.quoted.${kind}.nested.marginalia` : `string.quoted.${kind}.marginalia`;
}

export const BEGIN_MARK_SCOPE = 'punctuation.definition.string.begin.marginalia';
export const END_MARK_SCOPE = 'punctuation.definition.string.end.marginalia';

/** Scope names of the generated injection grammars, by variant. */
export const INJECTION_SCOPE: Record<GrammarVariant, string> = {
  text: 'marginalia.quotations.text.injection',
  markdown: 'marginalia.quotations.markdown.injection',
};

/** Scope name of the (empty) base grammar given to the `plaintext` language. */
export const PLAIN_TEXT_SCOPE = 'text.plain.marginalia';

/**
 * Where the injections apply. `L:` lets a quotation win over a host rule that starts at the
 * same character. `-string` keeps the injection out of quotations (nested ones are the rule's
 * own patterns, with their own scope) and out of the host's strings; the markdown selector also
 * leaves code, math, HTML tags, front matter and link targets untouched.
 */
export const INJECTION_SELECTOR: Record<GrammarVariant, string> = {
  text: `L:${PLAIN_TEXT_SCOPE} -string`,
  markdown: [
    'L:text.html.markdown',
    '-markup.fenced_code',
    '-markup.inline.raw',
    '-markup.raw',
    '-markup.math',
    '-meta.embedded',
    '-meta.tag',
    '-comment',
    '-string',
    '-markup.underline.link',
  ].join(' '),
};

/** A blank line ends any paragraph. */
const BLANK_LINE = String.raw`^(?=\s*$)`;
/** The end of the line, leaving trailing blanks outside the passage. */
const LINE_END = String.raw`(?=[ \t]*$)`;
/** The end of a line whose text ends a sentence, possibly inside a closed inner quotation. */
const SENTENCE_LINE_END = `(?<=${SENTENCE_END}|${SENTENCE_END}${CLOSING_MARKS})${LINE_END}`;

function endPattern(style: QuotationStyle, variant: GrammarVariant, nested: boolean): string {
  // The closing mark comes first: at a tie (a straight " at the start of a line) closing wins.
  const ends = [style.close];
  if (nested || style.lineBound || variant === 'markdown') {
    ends.push(LINE_END);
  } else {
    if (style.reopen) ends.push(`^(?=[ \\t]*(?:${style.reopen}))`);
    ends.push(BLANK_LINE, SENTENCE_LINE_END);
  }
  return ends.map((alternative) => `(?:${alternative})`).join('|');
}

function ruleKey(style: QuotationStyle, nested: boolean): string {
  return nested ? `nested-${style.id}` : style.id;
}

interface TextMateRule {
  readonly name: string;
  readonly begin: string;
  readonly beginCaptures: Record<string, { name: string }>;
  readonly end: string;
  readonly endCaptures: Record<string, { name: string }>;
  readonly patterns: ReadonlyArray<{ include: string }>;
}

function quotationRule(style: QuotationStyle, variant: GrammarVariant, nested: boolean): TextMateRule {
  return {
    name: passageScope(style.kind, nested),
    begin: style.open,
    beginCaptures: { '0': { name: BEGIN_MARK_SCOPE } },
    end: endPattern(style, variant, nested),
    endCaptures: { '0': { name: END_MARK_SCOPE } },
    patterns: [{ include: '#nested' }],
  };
}

/** The injection grammar for one host, as the object that is written to JSON. */
export function buildInjectionGrammar(variant: GrammarVariant): Record<string, unknown> {
  const repository: Record<string, unknown> = {
    nested: { patterns: QUOTATION_STYLES.map((style) => ({ include: `#${ruleKey(style, true)}` })) },
  };
  for (const style of QUOTATION_STYLES) {
    repository[ruleKey(style, false)] = quotationRule(style, variant, false);
    repository[ruleKey(style, true)] = quotationRule(style, variant, true);
  }
  return {
    information_for_contributors: [
      'Generated by syntaxes/quotations.grammar.ts (npx tsx syntaxes/generate.ts): edit that file, not this one.',
    ],
    name: `Marginalia quotations (${variant === 'text' ? 'plain text' : 'markdown'})`,
    scopeName: INJECTION_SCOPE[variant],
    injectionSelector: INJECTION_SELECTOR[variant],
    patterns: QUOTATION_STYLES.map((style) => ({ include: `#${ruleKey(style, false)}` })),
    repository,
  };
}

/**
 * The base grammar for the `plaintext` language. VS Code has none of its own, and an
 * injection needs a host grammar to inject into. It has no rules: plain text stays one token
 * until the quotation injection adds scopes.
 */
export function buildPlainTextGrammar(): Record<string, unknown> {
  return {
    information_for_contributors: [
      'Generated by syntaxes/quotations.grammar.ts (npx tsx syntaxes/generate.ts): edit that file, not this one.',
      'Empty on purpose: it gives plain text a scope that the Marginalia quotation grammar is injected into.',
    ],
    name: 'Plain Text (Marginalia)',
    scopeName: PLAIN_TEXT_SCOPE,
    patterns: [],
    repository: {},
  };
}

/** File name (under syntaxes/) → grammar object, for every generated file. */
export function generatedGrammarFiles(): Record<string, Record<string, unknown>> {
  return {
    'plaintext.tmLanguage.json': buildPlainTextGrammar(),
    'quotations.text.tmLanguage.json': buildInjectionGrammar('text'),
    'quotations.markdown.tmLanguage.json': buildInjectionGrammar('markdown'),
  };
}

/** The exact bytes written for a grammar object. */
export function serializeGrammar(grammar: Record<string, unknown>): string {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
