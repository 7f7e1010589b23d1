/** Word tokens with their offsets, and sentence bounds that skip punctuation inside quotations. */
import type { Span } from '../model';

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*['’]?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const value = match[0];
    tokens.push({ start: start + match.index, end: start + match.index + value.length, text: value, lower: value.toLowerCase() });
  }
  return tokens;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:\b\p{Lu}|\b(?:M|MM|Mme|Mr|Mrs|Ms|Dr|Pr|St|Jr|Sr|No|vs|etc|z|B|bzw|ca|Nr|Prof|Gen|Col|Lt|Sgt|Gov|Sen|Rep|U\.S|Inc|Corp|Co|Ltd|av|J\.-C|ggf|usw|vgl|Abs|Art))$/u;

/**
 * The sentence around `span`: from the end of the previous sentence (or line) to the end of
 * the next one; `quoted` spans are skipped so that a period inside a quotation does not count.
 */
export function sentenceAround(text: string, span: Span, quoted: readonly Span[]): Span {
  const inside = (at: number): boolean => quoted.some((q) => q.start <= at && at < q.end && !(q.start === span.start && q.end === span.end));
  let start = span.start;
  while (start > 0) {
    const char = text[start - 1]!;
    if (char === '\n') break;
    if (/[.!?…]/u.test(char) && /\s/u.test(text[start] ?? ' ') && !inside(start - 1) && !ABBREVIATION.test(text.slice(Math.max(0, start - 12), start - 1))) break;
    start--;
  }
  let end = span.end;
  while (end < text.length) {
    const char = text[end]!;
    if (char === '\n') break;
    if (/[.!?…]/u.test(char) && !inside(end) && /\s|$/u.test(text[end + 1] ?? '') && !ABBREVIATION.test(text.slice(Math.max(0, end - 12), end))) {
      end++;
      break;
    }
    end++;
  }
  return { start, end };
}
