/** Word tokens with their offsets, and sentence bounds that skip punctuation inside quotations. */
import type { Span } from '../../model';

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*['’]?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of `text.slice(start, end)`, offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  // an exec loop allocates less than matchAll: tokenizing is the suggesters' main cost
  const pattern = new RegExp(TOKEN.source, 'gu');
  for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
    const value = match[0];
    const at = start + match.index;
    tokens.push({ start: at, end: at + value.length, text: value, lower: value.toLowerCase() });
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
  const mask = quotedMask(text, quoted);
  const inside = (at: number): boolean => mask.depth[at]! > 0 && !(at >= span.start && at < span.end && mask.depth[at] === 1);
  const endsSentence = (q: Span): boolean => quotationEndsSentence(text, q);
  let start = span.start;
  while (start > 0) {
    const char = text[start - 1]!;
    if (char === '\n') {
      // "X est plus explicite :" then the quotation in its own paragraph: one sentence
      const colon = /:[\s\u00a0\u202f]*$/u.exec(text.slice(Math.max(0, start - 200), span.start));
      if (!colon || text.slice(start, span.start).trim() !== '') break;
      start = span.start - colon[0].length + 1;
      continue;
    }
    if (/[.!?…]/u.test(char) && /\s/u.test(text[start] ?? ' ') && !inside(start - 1) && !ABBREVIATION.test(text.slice(Math.max(0, start - 12), start - 1))) break;
    const closed = mask.byEnd.get(start);
    if (closed && closed.start < span.start && endsSentence(closed)) break;
    start--;
  }
  let end = span.end;
  if (endsSentence(span)) return { start, end };
  while (end < text.length) {
    const char = text[end]!;
    if (char === '\n') break;
    if (/[.!?…]/u.test(char) && !inside(end) && /^(?:\s|$)/u.test(text[end + 1] ?? '') && !ABBREVIATION.test(text.slice(Math.max(0, end - 12), end))) {
      end++;
      break;
    }
    end++;
    const closed = mask.byEnd.get(end);
    if (closed && endsSentence(closed)) break;
  }
  return { start, end };
}

/**
 * A quotation ends its sentence when its words end with . ! ? … inside the marks and what
 * follows starts a new sentence (a capital, a new quotation, a line break, the end).
 */
export function quotationEndsSentence(text: string, q: Span): boolean {
  let i = q.end - 2;
  while (i > q.start && /[\s\u00a0\u202f]/u.test(text[i]!)) i--;
  if (!/[.!?…]/u.test(text[i] ?? '')) return false;
  const rest = /^[\s\u00a0\u202f]*(.?)/u.exec(text.slice(q.end, q.end + 10))![1]!;
  return rest === '' || rest === '\n' || /[\p{Lu}«„“"‹]/u.test(rest);
}

interface QuotedMask {
  /** How many quotations cover each character. */
  readonly depth: Uint16Array;
  /** The quotation that ends at each offset. */
  readonly byEnd: ReadonlyMap<number, Span>;
}

const masks = new WeakMap<readonly Span[], QuotedMask>();

/** Computed once per list of quotations, so that sentence bounds cost no more than the sentence. */
function quotedMask(text: string, quoted: readonly Span[]): QuotedMask {
  const cached = masks.get(quoted);
  if (cached && cached.depth.length === text.length) return cached;
  const depth = new Uint16Array(text.length);
  const byEnd = new Map<number, Span>();
  for (const q of quoted) {
    for (let i = q.start; i < q.end; i++) depth[i]!++;
    if (!byEnd.has(q.end)) byEnd.set(q.end, q);
  }
  const mask = { depth, byEnd };
  masks.set(quoted, mask);
  return mask;
}
