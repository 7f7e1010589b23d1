/**
 * CoNLL-style BIO tokens of an article, for training named-entity recognisers: one token per
 * line with its tag (B-TYPE, I-TYPE or O) after a tab, a blank line between sentences, and
 * `-DOCSTART-` before each article (the CoNLL-2003 convention most readers skip or use).
 * Tokens are cut at every mention boundary, so each mention is exactly a run of tokens and the
 * tags give the mentions back. BIO cannot hold overlapping spans: of two overlapping mentions the
 * earlier (then the longer) one is tagged and the other is reported as dropped.
 */
import type { Span } from '../model';
import type { MentionRow } from './rows';

/** CoNLL-2003's names for the types it shares with Marginalia; the other types upper-cased. */
const TAG_NAMES: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };

export function tagName(actorType: string): string {
  return Object.hasOwn(TAG_NAMES, actorType) ? TAG_NAMES[actorType]! : actorType.toUpperCase().replace(/\s+/gu, '_');
}

export interface BioToken extends Span {
  readonly text: string;
  /** `O`, `B-PER`, `I-PER`… */
  readonly tag: string;
}

export interface BioArticle {
  /** Sentences of tokens, in text order. */
  readonly sentences: readonly (readonly BioToken[])[];
  /** Mentions left untagged because they overlap one that was tagged. */
  readonly dropped: readonly MentionRow[];
}

// Words (letters, marks, digits, with inner apostrophes, hyphens or periods and a final
// elision apostrophe: "aujourd'hui", "U.S", "l'") or any other single non-space character.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*['’]?|[^\s\p{L}\p{M}\p{N}]/gu;
const SENTENCE_END = /^[.!?…]$/u;
const SENTENCE_START = /^[\p{Lu}\p{N}«“"‘'—–-]/u;

/** The BIO tokens of `text` given its mentions (the article's mention rows, any order). */
export function bioTokens(text: string, mentions: readonly MentionRow[]): BioArticle {
  const { kept, dropped } = withoutOverlaps(mentions);
  const tokens = tokensCutAt(text, kept);
  const sentences: BioToken[][] = [];
  let sentence: BioToken[] = [];
  let m = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (m < kept.length && kept[m]!.end <= token.start) m++;
    const mention = kept[m];
    const inside = mention !== undefined && mention.start <= token.start && token.end <= mention.end;
    const tag = inside ? `${token.start === mention.start ? 'B' : 'I'}-${tagName(mention.type)}` : 'O';
    const previous = tokens[t - 1];
    // never inside a mention: "M. Dupont" stays one name
    if (previous && sentence.length > 0 && !tag.startsWith('I-') && startsSentence(text, previous, token)) {
      sentences.push(sentence);
      sentence = [];
    }
    sentence.push({ ...token, tag });
  }
  if (sentence.length > 0) sentences.push(sentence);
  return { sentences, dropped };
}

/** The spans and types the tags describe (B starts a span, I of the same type extends it). */
export function spansFromTags(tokens: readonly BioToken[]): { start: number; end: number; type: string }[] {
  const spans: { start: number; end: number; type: string }[] = [];
  let open: { start: number; end: number; type: string } | undefined;
  for (const token of tokens) {
    const [prefix, type] = token.tag === 'O' ? ['O', ''] : [token.tag.slice(0, 1), token.tag.slice(2)];
    if (prefix === 'I' && open && open.type === type) {
      open.end = token.end;
      continue;
    }
    if (open) spans.push(open);
    open = prefix === 'O' ? undefined : { start: token.start, end: token.end, type };
  }
  if (open) spans.push(open);
  return spans;
}

/** The CoNLL text of articles: `-DOCSTART-`, then each sentence's `token<TAB>tag` lines. */
export function formatConll(articles: readonly BioArticle[]): string {
  let out = '';
  for (const article of articles) {
    out += '-DOCSTART-\tO\n\n';
    for (const sentence of article.sentences) {
      for (const token of sentence) out += `${token.text}\t${token.tag}\n`;
      out += '\n';
    }
  }
  return out;
}

interface TypedSpan extends Span {
  readonly type: string;
}

function withoutOverlaps(mentions: readonly MentionRow[]): { kept: TypedSpan[]; dropped: MentionRow[] } {
  const sorted = [...mentions].sort((a, b) => a.offsets.start - b.offsets.start || b.offsets.end - a.offsets.end);
  const kept: TypedSpan[] = [];
  const dropped: MentionRow[] = [];
  let end = -1;
  for (const mention of sorted) {
    const { start, end: stop } = mention.offsets;
    if (start < end || start === stop) {
      dropped.push(mention);
      continue;
    }
    kept.push({ start, end: stop, type: mention.actorType });
    end = stop;
  }
  return { kept, dropped };
}

/** The tokens of `text`, each one cut where a mention starts or ends inside it. */
function tokensCutAt(text: string, mentions: readonly TypedSpan[]): { start: number; end: number; text: string }[] {
  const cuts: number[] = [];
  for (const mention of mentions) cuts.push(mention.start, mention.end);
  const tokens: { start: number; end: number; text: string }[] = [];
  let c = 0;
  const pattern = new RegExp(TOKEN.source, 'gu');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let start = match.index;
    const end = start + match[0].length;
    while (c < cuts.length && cuts[c]! <= start) c++;
    for (let k = c; k < cuts.length && cuts[k]! < end; k++) {
      if (cuts[k]! > start) tokens.push({ start, end: cuts[k]!, text: text.slice(start, cuts[k]) });
      start = cuts[k]!;
    }
    tokens.push({ start, end, text: text.slice(start, end) });
  }
  return tokens;
}

/** A sentence ends at a line break, or after `.`, `!`, `?` or `…` before a capital, digit, quote or dash. */
function startsSentence(text: string, previous: Span & { text: string }, token: Span & { text: string }): boolean {
  if (text.slice(previous.end, token.start).includes('\n')) return true;
  return SENTENCE_END.test(previous.text) && SENTENCE_START.test(token.text);
}
