/**
 * The re-anchoring workload, generated deterministically from a seed: a 1 MB text made of
 * real articles, 10,000 annotations of 1–6 words, then 100 random edits of 1–50 characters,
 * with the true new position of every annotation whose text no edit touched.
 */
import { readFileSync } from 'node:fs';
import type { Span } from '../../src/core/model';
import type { TextChange } from '../../src/core/anchoring';
import { articleFiles, articleSource } from './corpus';
import { seededRandom } from './harness';

export const TEXT_LENGTH = 1 << 20;
export interface Workload {
  readonly source: string;
  readonly before: string;
  readonly after: string;
  readonly spans: readonly Span[];
  readonly changes: readonly TextChange[];
  /** True span in `after` of each annotation, or undefined when an edit touched its text. */
  readonly truth: readonly (Span | undefined)[];
}

/** Real articles, shuffled by the seed and joined (repeated if the corpus is small) to 1 MB. */
export function buildText(random: () => number, textLength = TEXT_LENGTH): { text: string; source: string } {
  const source = articleSource();
  const files = articleFiles(source);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; length < textLength; k++) {
    const article = readFileSync(files[k % files.length], 'utf8').trim();
    parts.push(article);
    length += article.length + 1;
  }
  return { text: parts.join('\n').slice(0, textLength), source };
}

export function randomSpans(text: string, count: number, random: () => number): Span[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return Array.from({ length: count }, () => {
    const first = Math.floor(random() * (words.length - 6));
    const last = first + Math.floor(random() * 6);
    return { start: words[first].start, end: words[last].end };
  });
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzéèàç    ';

function randomChange(length: number, random: () => number): TextChange {
  const size = () => 1 + Math.floor(random() * 50);
  const typed = () => Array.from({ length: size() }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
  const start = Math.floor(random() * length);
  const kind = Math.floor(random() * 3);
  if (kind === 0) return { start, end: start, text: typed() };
  const end = Math.min(length, start + size());
  return { start, end, text: kind === 1 ? '' : typed() };
}

/** Written apart from the core's applyChange so that the truth does not trust the code under test. */
function track(span: Span | undefined, change: TextChange): Span | undefined {
  if (!span) return undefined;
  const touched = change.start === change.end
    ? change.start > span.start && change.start < span.end
    : change.start < span.end && change.end > span.start;
  if (touched) return undefined;
  if (change.end <= span.start) {
    const delta = change.text.length - (change.end - change.start);
    return { start: span.start + delta, end: span.end + delta };
  }
  return span;
}

export function buildWorkload(seed: number, annotations = 10_000, edits = 100): Workload {
  const random = seededRandom(seed);
  const { text: before, source } = buildText(random);
  const spans = randomSpans(before, annotations, random);
  let after = before;
  let truth: (Span | undefined)[] = [...spans];
  const changes: TextChange[] = [];
  for (let k = 0; k < edits; k++) {
    const change = randomChange(after.length, random);
    changes.push(change);
    after = after.slice(0, change.start) + change.text + after.slice(change.end);
    truth = truth.map((span) => track(span, change));
  }
  return { source, before, after, spans, changes, truth };
}
