import type { Span } from '../model';

/** Opening mark → the closing marks that may end it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['«', '»'],
  ['»', '«'],
  ['“', '”'],
  ['„', '“”'],
  ['‹', '›'],
  ['›', '‹'],
  ['‚', '‘’'],
  ['"', '"'],
]);

/**
 * The innermost quotation (marks included) around `offset` within its paragraph, paired with a
 * stack as a reader would; used to find "the quotation under the cursor". Apostrophes are not
 * quotation marks here (too ambiguous for a cursor command; the detector handles ‘ ’ pairs).
 */
export function enclosingQuotation(text: string, offset: number): Span | undefined {
  const start = paragraphStart(text, offset);
  const end = paragraphEnd(text, offset);
  const open: { mark: string; at: number }[] = [];
  let best: Span | undefined;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    const top = open[open.length - 1];
    if (top && PAIRS.get(top.mark)!.includes(ch) && !(ch === '"' && isOpeningStraight(text, i))) {
      open.pop();
      if (top.at <= offset && offset <= i + 1 && (!best || top.at >= best.start)) best = { start: top.at, end: i + 1 };
    } else if (PAIRS.has(ch) && (ch !== '"' || isOpeningStraight(text, i) || !top)) {
      open.push({ mark: ch, at: i });
    }
  }
  return best;
}

function isOpeningStraight(text: string, i: number): boolean {
  return i === 0 || /[\s([{—–-]/u.test(text[i - 1]!);
}

function paragraphStart(text: string, offset: number): number {
  const blank = text.lastIndexOf('\n', offset - 1);
  return blank === -1 ? 0 : blank + 1;
}

function paragraphEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next === -1 ? text.length : next;
}
