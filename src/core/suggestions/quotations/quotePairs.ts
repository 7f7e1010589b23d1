/**
 * Finds quotation-marked passages and pairs their marks, in every common style:
 * « » (with or without no-break spaces), » «, “ ”, „ “, „ ”, ‹ ›, › ‹, ‚ ‘, ‘ ’, " ", and
 * nested quotations. Apostrophes (l’État, don’t) and inches (12") are told apart from marks
 * by what surrounds them. A quotation that runs over paragraph breaks (each new paragraph
 * reopening with the same mark, as typographers do) is one passage.
 */
import type { Span } from '../../model';
import { isWordAt, isWordBefore } from '../text/words';

export interface QuotedPassage extends Span {
  /** The opening mark as written (e.g. "«", "„", "“", '"'). */
  readonly open: string;
  /** Span of the words inside, marks and adjacent spaces excluded. */
  readonly inner: Span;
  /** 0 for an outermost quotation, 1 for one nested inside it, and so on. */
  readonly depth: number;
  /** True when the passage runs over at least one paragraph break. */
  readonly multiParagraph: boolean;
}

type MarkFamily = 'guillemet' | 'single-guillemet' | 'double' | 'single' | 'straight-double' | 'straight-single';

interface OpenMark {
  readonly family: MarkFamily;
  readonly char: string;
  readonly at: number;
  readonly depth: number;
  multiParagraph: boolean;
}

const OPENING_CONTEXT = /[\s([{\-–—/«»„“‚‘'"‹›]/u;

/** Left-flanking: starts a quotation (nothing word-like glued before, a word after). */
function leftFlanking(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  return (before === undefined || OPENING_CONTEXT.test(before)) && after !== undefined && !/\s/u.test(after);
}

/** Right-flanking: ends a quotation (something glued before, no word character after). */
function rightFlanking(text: string, at: number): boolean {
  const before = text[at - 1];
  return before !== undefined && !/\s/u.test(before) && !isWordAt(text, at + 1);
}

/**
 * Which way the guillemets point in this text: French « … » unless a » comes first and is
 * followed by a word (German/Danish » … «).
 */
function guillemetsPointInward(text: string, double: boolean): boolean {
  const open = double ? '«' : '‹';
  const close = double ? '»' : '›';
  const firstOpen = text.indexOf(open);
  const firstClose = text.indexOf(close);
  if (firstClose < 0 || (firstOpen >= 0 && firstOpen < firstClose)) return false;
  return leftFlanking(text, firstClose);
}

/** Every quotation-marked passage of `text`, outermost and nested, in text order. */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const reversedDouble = guillemetsPointInward(text, true);
  const reversedSingle = guillemetsPointInward(text, false);
  const passages: QuotedPassage[] = [];
  let stack: OpenMark[] = [];

  const open = (family: MarkFamily, char: string, at: number): void => {
    stack.push({ family, char, at, depth: stack.length, multiParagraph: false });
  };
  /** Closes the innermost open mark of `family`, dropping unclosed marks nested inside it. */
  const close = (family: MarkFamily, at: number): boolean => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const mark = stack[i]!;
      if (mark.family !== family) continue;
      stack = stack.slice(0, i);
      passages.push(makePassage(text, mark, at + 1));
      return true;
    }
    return false;
  };
  const top = (): OpenMark | undefined => stack[stack.length - 1];

  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    switch (char) {
      case '\n': {
        if (stack.length === 0) break;
        // A quotation may continue in the next paragraph when that paragraph reopens it.
        let next = at + 1;
        while (next < text.length && /\s/u.test(text[next]!)) next++;
        const reopening = text[next];
        const outer = stack[0]!;
        const continues =
          reopening !== undefined &&
          (reopening === outer.char || (outer.family === 'guillemet' && reopening === (reversedDouble ? '«' : '»')));
        if (continues) {
          stack = [outer];
          outer.multiParagraph = true;
          at = next; // the reopening mark is part of the passage
        } else {
          stack = [];
        }
        break;
      }
      case '«':
        if (reversedDouble) close('guillemet', at);
        else open('guillemet', char, at);
        break;
      case '»':
        if (reversedDouble) open('guillemet', char, at);
        else close('guillemet', at);
        break;
      case '‹':
        if (reversedSingle) close('single-guillemet', at);
        else open('single-guillemet', char, at);
        break;
      case '›':
        if (reversedSingle) open('single-guillemet', char, at);
        else close('single-guillemet', at);
        break;
      case '„':
        open('double', char, at);
        break;
      case '“':
        // Closes a German „ … “; otherwise opens an English “ … ”.
        if (top()?.family === 'double' && (top()!.char === '„' || rightFlanking(text, at)) && close('double', at)) break;
        if (leftFlanking(text, at)) open('double', char, at);
        break;
      case '”':
        if (!close('double', at) && leftFlanking(text, at) && !rightFlanking(text, at)) open('double', char, at);
        break;
      case '‚':
        open('single', char, at);
        break;
      case '‘':
        if (top()?.family === 'single' && top()!.char === '‚' && close('single', at)) break;
        if (leftFlanking(text, at)) open('single', char, at);
        break;
      case '’':
        // Between letters it is an apostrophe (l’État, don’t); it closes only a ‘ … ’ quotation.
        if (isWordBefore(text, at) && isWordAt(text, at + 1)) break;
        if (top()?.family === 'single' && rightFlanking(text, at)) close('single', at);
        break;
      case '"':
        if (/\d/u.test(text[at - 1] ?? '') && top()?.family !== 'straight-double') break; // inches: 12"
        // "„Das ist gut"": a German opening mark closed by a straight one, a common slip
        if (top()?.family === 'double' && top()!.char === '„' && rightFlanking(text, at) && !stack.some((m) => m.family === 'straight-double')) {
          close('double', at);
          break;
        }
        if (top()?.family === 'straight-double' && !leftFlanking(text, at)) close('straight-double', at);
        else if (stack.some((m) => m.family === 'straight-double') && rightFlanking(text, at)) close('straight-double', at);
        else if (leftFlanking(text, at)) open('straight-double', char, at);
        break;
      case "'":
        if (isWordBefore(text, at) && isWordAt(text, at + 1)) break; // apostrophe
        if (top()?.family === 'straight-single' && rightFlanking(text, at)) close('straight-single', at);
        else if (leftFlanking(text, at) && /\s/u.test(text[at - 1] ?? ' ') && isWordAt(text, at + 1)) {
          open('straight-single', char, at);
        }
        break;
      default:
        break;
    }
  }
  return passages.sort((a, b) => a.start - b.start || b.end - a.end);
}

function makePassage(text: string, mark: OpenMark, end: number): QuotedPassage {
  let innerStart = mark.at + 1;
  let innerEnd = end - 1;
  while (innerStart < innerEnd && /\s/u.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /\s/u.test(text[innerEnd - 1]!)) innerEnd--;
  return {
    start: mark.at,
    end,
    open: mark.char,
    inner: { start: innerStart, end: innerEnd },
    depth: mark.depth,
    multiParagraph: mark.multiParagraph,
  };
}
