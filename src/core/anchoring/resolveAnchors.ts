import { formatMessage, message, type Message } from '../messages';
import type { Anchor, Span } from '../model';
import { AnchoringText, SCANS_BEFORE_INDEX } from './anchoringText';
import { MIN_CONTEXT } from './createAnchor';
import { bestSubstringMatch, similarity } from './editDistance';
import { GRAM_LENGTH } from './qgramIndex';

/**
 * Where an anchor was found in a text:
 * - `exact`: the anchored text is there, unchanged, and its context confirms the place;
 * - `approximate`: a close match scored at least the threshold — used, but flagged for review;
 * - `orphan`: not found (or not found unambiguously); the annotation is kept and listed.
 */
export type Resolution =
  | { readonly kind: 'exact'; readonly span: Span }
  | { readonly kind: 'approximate'; readonly span: Span; readonly score: number }
  | {
    readonly kind: 'orphan';
    /** Why, in English (`marginalia check`). */
    readonly reason: string;
    /** The same reason for the editor to translate (absent from orphans made elsewhere). */
    readonly localizableReason?: Message;
  };

export interface ResolveOptions {
  /**
   * For each anchor (same index), its last known start offset, e.g. before the text changed.
   * A prior, never a verdict: it breaks ties and says where to look first.
   */
  readonly hints?: readonly (number | undefined)[];
  /** Minimum score in [0, 1] of an approximate match; below it the anchor is an orphan. */
  readonly threshold?: number;
}

export const DEFAULT_THRESHOLD = 0.75;

/** Half-width of the window searched around the expected position before the whole text. */
const LOCAL_WINDOW = 512;
/**
 * Half-width of the window searched approximately around the expected position: the shift
 * carried from the previous anchor is off by at most the edits in between, usually a few words.
 */
const APPROXIMATE_WINDOW = 96;
/** A candidate this close to the expected position may win over farther equals. */
const NEAR = 4096;
/** Context compared for scoring, per side (as Hypothesis' 32-character prefix and suffix). */
const SCORED_CONTEXT = 32;
/** Weights of Hypothesis' matcher: quote, prefix, suffix. Position only breaks ties here. */
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
/** Scores closer than this are equally good. */
const SCORE_TIE = 0.02;
/** An approximate quote must keep at least this similarity (Hypothesis allows length/2 errors). */
const MIN_QUOTE_SIMILARITY = 0.5;
/** How far from the expected place an exact text confirmed by one side of context may be. */
const CONFIRM_DISTANCE = 128;
/** For an exact quote with one side of context intact, the other side must be this similar. */
const MIN_OTHER_SIDE = 0.5;
/** Context occurrences beyond this many are not selective enough to generate candidates. */
const MAX_CONTEXT_HITS = 64;
/** Quote occurrences scored in full after a cheap pre-ranking. */
const SCORED_CANDIDATES = 16;

/**
 * Finds each anchor in `text` (BOM stripped; CRLF or LF, it does not matter).
 *
 * Per anchor, with a hint, near the expected place (the hint plus the shift seen on the
 * previous anchor): `before + text + after` right there or within ±512 code units — exact;
 * else the exact text with one whole side of context and the other still similar, clearly the
 * best there — exact; else the best approximate match there — flagged. Then, and without a
 * hint first, in the whole text (scans, then a word index once many searches are needed):
 * `before + text + after` once — exact (several times: the hint decides or it is an orphan);
 * else approximate candidates — the text itself, or what sits next to an occurrence of its
 * context — scored like Hypothesis (quote 50, prefix 20, suffix 20 on 32 code units of
 * context) — flagged above the threshold. Away from the hint, a text with only part of its
 * context is never "exact": a near-copy of the passage cannot be ruled out. Equally good
 * candidates the hint cannot separate give an orphan ("ambiguous"), never a guess.
 *
 * Anchors with hints are processed in hint order, carrying the shift (new − old position) of
 * the last exact match, so after scattered edits almost every anchor is verified in place with
 * one `startsWith`. Cost: ~O(anchors) for hinted anchors near their place, plus one scan or
 * index lookup per anchor that is not; O(text) once for the index when many are not.
 */
export function resolveAnchors(text: string, anchors: readonly Anchor[], options: ResolveOptions = {}): Resolution[] {
  const composed = AnchoringText.forMatching(text);
  // An anchor cut between a letter and its accent cannot be found exactly in the composed
  // text: when one is not, the text as it is gets its chance (only for a decomposed text).
  let plain: AnchoringText | undefined;
  const resolve = (anchor: Anchor, hint: number | undefined): Resolution => {
    const found = toResolution(composed, resolveOne(composed, anchor, hint === undefined ? undefined : composed.toSearched(hint), threshold));
    if (found.kind === 'exact' || !composed.isComposed) return found;
    plain ??= new AnchoringText(text);
    const asIs = toResolution(plain, resolveOne(plain, anchor, hint === undefined ? undefined : plain.toSearched(hint), threshold));
    return asIs.kind === 'exact' ? asIs : found;
  };
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const hints = options.hints ?? [];
  const results = new Array<Resolution>(anchors.length);
  const hinted: number[] = [];
  const unhinted: number[] = [];
  for (let i = 0; i < anchors.length; i++) (typeof hints[i] === 'number' && Number.isFinite(hints[i]) ? hinted : unhinted).push(i);
  // Without hints every anchor needs a whole-text search: index the text once, up front.
  if (unhinted.length > SCANS_BEFORE_INDEX) composed.prepareIndex();
  for (const i of unhinted) results[i] = resolve(anchors[i], undefined);
  hinted.sort((a, b) => (hints[a] as number) - (hints[b] as number) || a - b);
  // The shift (new − old position) of the last exact match, in offsets of the text itself.
  let shift = 0;
  for (const i of hinted) {
    const hint = clamp(hints[i] as number, 0, text.length);
    const resolution = resolve(anchors[i], clamp(hint + shift, 0, text.length));
    if (resolution.kind === 'exact') shift = resolution.span.start - hint;
    results[i] = resolution;
  }
  return results;
}

type Found =
  | { kind: 'exact' | 'approximate'; start: number; end: number; score: number }
  | { kind: 'orphan'; reason: Message };

interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  beforeSimilarity: number;
  afterSimilarity: number;
  fullBefore: boolean;
  fullAfter: boolean;
  score: number;
}

/** Where to look: around the expected position only, or in the whole text. */
type Scope = 'near' | 'everywhere';

/**
 * One anchor in folded coordinates; `expected` is where its text should start, if known.
 * With an expected position the neighbourhood is tried first, and the whole text is searched
 * only when nothing good enough is there (a moved passage, or an orphan to confirm).
 */
function resolveOne(prepared: AnchoringText, raw: Anchor, expected: number | undefined, threshold: number): Found {
  const anchor = { text: prepared.matchingForm(raw.text), before: prepared.matchingForm(raw.before), after: prepared.matchingForm(raw.after) };
  if (anchor.before.length + anchor.text.length + anchor.after.length === 0) return { kind: 'orphan', reason: message('empty anchor') };
  if (expected !== undefined) {
    const near = resolveIn(prepared, anchor, expected, threshold, 'near');
    if (near.kind !== 'orphan') return near;
  }
  return resolveIn(prepared, anchor, expected, threshold, 'everywhere');
}

function resolveIn(prepared: AnchoringText, anchor: Anchor, expected: number | undefined, threshold: number, scope: Scope): Found {
  const exact = findWholePattern(prepared, anchor, expected, scope);
  if (exact) return exact;
  const candidates = gatherCandidates(prepared, anchor, expected, scope);
  const confirmed = scope === 'near' && expected !== undefined ? confirmNear(candidates, expected) : undefined;
  if (confirmed) return { kind: 'exact', start: confirmed.start, end: confirmed.end, score: 1 };
  return bestApproximate(candidates, expected, threshold);
}

/** `before + text + after` found as is: at or near the expected place, or once anywhere. */
function findWholePattern(prepared: AnchoringText, anchor: Anchor, expected: number | undefined, scope: Scope): Found | undefined {
  const whole = anchor.before + anchor.text + anchor.after;
  const at = expected === undefined ? undefined : expected - anchor.before.length;
  if (scope === 'near') {
    if (at === undefined) return undefined;
    if (at >= 0 && prepared.folded.startsWith(whole, at)) return exactAt(anchor, at);
    const near = pickOne(prepared.findInWindow(whole, at - LOCAL_WINDOW, at + LOCAL_WINDOW), at);
    return near === undefined ? undefined : exactAt(anchor, near);
  }
  // With a hint, the whole text is searched only for the anchors that failed nearby; one scan
  // of a long quote answers both this search and the candidates' (the text caches it).
  const everywhere = expected !== undefined && anchor.text.length >= GRAM_LENGTH
    ? prepared.findAll(anchor.text).map((hit) => hit - anchor.before.length).filter((hit) => hit >= 0 && prepared.folded.startsWith(whole, hit))
    : prepared.findAll(whole);
  if (everywhere.length === 0) return undefined;
  const chosen = everywhere.length === 1 ? everywhere[0] : pickOne(everywhere, at);
  if (chosen === undefined) return { kind: 'orphan', reason: message('ambiguous: the text and its context occur at {0} places', everywhere.length) };
  return exactAt(anchor, chosen);
}

/** The exact result for an occurrence of the whole pattern starting at `patternStart`. */
function exactAt(anchor: Anchor, patternStart: number): Found {
  const start = patternStart + anchor.before.length;
  return { kind: 'exact', start, end: start + anchor.text.length, score: 1 };
}

/**
 * Places where the anchored text may now be: occurrences of the exact text, and approximate
 * matches near the expected place or next to occurrences of either side of the context.
 */
function gatherCandidates(prepared: AnchoringText, anchor: Anchor, expected: number | undefined, scope: Scope): Candidate[] {
  const folded = prepared.folded;
  const quote = anchor.text;
  const m = quote.length;
  const spans = new Map<string, Span>();
  const add = (start: number, end: number): void => {
    if (start >= 0 && end <= folded.length && start <= end) spans.set(`${start}:${end}`, { start, end });
  };
  const addApproximate = (from: number, to: number): void => {
    const match = bestSubstringMatch(quote, folded, Math.max(0, from), Math.min(folded.length, to));
    if (match) add(match.start, match.end);
  };
  const near = scope === 'near' && expected !== undefined;
  const find = (pattern: string, offset: number): number[] => {
    if (near) return prepared.findInWindow(pattern, expected + offset - LOCAL_WINDOW, expected + offset + LOCAL_WINDOW);
    // With a hint, a passage both moved far away and edited is left to the user (orphan):
    // searching its context everywhere would cost a scan per damaged anchor.
    return expected === undefined ? prepared.findAll(pattern) : [];
  };
  if (m === 0) return [];

  // A short quote (a word or two) found everywhere is no clue without its context.
  const quoteHits = near || expected === undefined ? find(quote, 0) : m >= GRAM_LENGTH ? prepared.findAll(quote) : [];
  for (const start of preRank(folded, anchor, quoteHits)) add(start, start + m);
  // Next to the surviving context: the quote sits right after `before` or right before `after`.
  const slack = Math.ceil(m / 2) + 1;
  const beforeTail = anchor.before.slice(-SCORED_CONTEXT);
  const afterHead = anchor.after.slice(0, SCORED_CONTEXT);
  for (const hit of selective(beforeTail.length > 0 ? find(beforeTail, -beforeTail.length) : [])) {
    const start = hit + beforeTail.length;
    if (folded.startsWith(quote, start)) add(start, start + m);
    else addApproximate(start, start + m + slack);
  }
  for (const hit of selective(afterHead.length > 0 ? find(afterHead, m) : [])) {
    if (hit >= m && folded.startsWith(quote, hit - m)) add(hit - m, hit);
    else addApproximate(hit - m - slack, hit);
  }
  if (near) addApproximate(expected - APPROXIMATE_WINDOW, expected + m + APPROXIMATE_WINDOW);
  return [...spans.values()].map((span) => score(folded, anchor, span));
}

/** Context occurrences, unless there are so many that they are no clue to the place. */
function selective(hits: number[]): number[] {
  return hits.length > MAX_CONTEXT_HITS ? [] : hits;
}

/** The quote occurrences whose surroundings agree most with the stored context, cheaply. */
function preRank(folded: string, anchor: Anchor, hits: number[]): number[] {
  if (hits.length <= SCORED_CANDIDATES) return hits;
  const agreement = (start: number): number =>
    commonSuffixLength(anchor.before, folded, start) + commonPrefixLength(anchor.after, folded, start + anchor.text.length);
  return hits
    .map((start) => ({ start, agreement: agreement(start) }))
    .sort((a, b) => b.agreement - a.agreement || a.start - b.start)
    .slice(0, SCORED_CANDIDATES)
    .map((c) => c.start);
}

function score(folded: string, anchor: Anchor, span: Span): Candidate {
  const beforeTail = anchor.before.slice(-SCORED_CONTEXT);
  const afterHead = anchor.after.slice(0, SCORED_CONTEXT);
  const quoteSimilarity = similarity(anchor.text, folded.slice(span.start, span.end));
  const beforeSimilarity = beforeTail.length === 0 ? 1
    : similarity(beforeTail, folded.slice(Math.max(0, span.start - beforeTail.length), span.start));
  const afterSimilarity = afterHead.length === 0 ? 1 : similarity(afterHead, folded.slice(span.end, span.end + afterHead.length));
  // A side shorter than the minimum reached the edge of the text when the anchor was made:
  // it is evidence only at that edge (a lone "l" before the text matches almost anywhere).
  const fullBefore = anchor.before.length > 0 && commonSuffixLength(anchor.before, folded, span.start) === anchor.before.length
    && (anchor.before.length >= MIN_CONTEXT || span.start === anchor.before.length);
  const fullAfter = anchor.after.length > 0 && commonPrefixLength(anchor.after, folded, span.end) === anchor.after.length
    && (anchor.after.length >= MIN_CONTEXT || span.end + anchor.after.length === folded.length);
  const textual = (QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * (beforeSimilarity + afterSimilarity))
    / (QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT);
  return { ...span, quoteSimilarity, beforeSimilarity, afterSimilarity, fullBefore, fullAfter, score: textual };
}

/**
 * Near its expected place, the exact text with one side of its context intact and the other
 * still recognisable is the anchor whose other side was edited — if it sits where expected
 * (within the drift a few edits cause) and its context is clearly the best among the exact
 * occurrences there (a tie is left to the flagged, approximate path: position alone decides
 * nothing). Away from the expected place the same evidence could be a near-copy of the
 * passage, so there only the whole pattern is exact; anything less is flagged.
 */
function confirmNear(candidates: readonly Candidate[], expected: number): Candidate | undefined {
  const exactText = candidates
    .filter((c) => c.quoteSimilarity === 1 && Math.abs(c.start - expected) <= CONFIRM_DISTANCE)
    .sort((a, b) => b.score - a.score);
  const best = exactText[0];
  if (!best || (exactText.length > 1 && best.score - exactText[1].score < SCORE_TIE)) return undefined;
  const oneSide = (best.fullBefore && best.afterSimilarity >= MIN_OTHER_SIDE)
    || (best.fullAfter && best.beforeSimilarity >= MIN_OTHER_SIDE);
  return oneSide ? best : undefined;
}

function bestApproximate(candidates: Candidate[], expected: number | undefined, threshold: number): Found {
  const usable = candidates.filter((c) => c.quoteSimilarity >= MIN_QUOTE_SIMILARITY && c.end > c.start);
  if (usable.length === 0) return { kind: 'orphan', reason: message('not found: neither the text nor a close match is in the document') };
  usable.sort((a, b) => b.score - a.score || a.start - b.start);
  const best = usable[0];
  if (best.score < threshold) {
    return { kind: 'orphan', reason: message('no match good enough: best score {0} is below {1}', best.score.toFixed(2), threshold) };
  }
  const rivals = usable.filter((c) => best.score - c.score < SCORE_TIE && !overlaps(c, best));
  if (rivals.length > 0) {
    const chosen = pickOne([best.start, ...rivals.map((c) => c.start)], expected);
    if (chosen === undefined) return { kind: 'orphan', reason: message('ambiguous: {0} equally close matches', rivals.length + 1) };
    const winner = chosen === best.start ? best : (rivals.find((c) => c.start === chosen) as Candidate);
    return { kind: 'approximate', start: winner.start, end: winner.end, score: winner.score };
  }
  return { kind: 'approximate', start: best.start, end: best.end, score: best.score };
}

/**
 * The one position to use among several equally good ones: the nearest to `expected`, if it
 * is near and clearly nearer than the next; otherwise none (the caller reports ambiguity).
 */
function pickOne(positions: readonly number[], expected: number | undefined): number | undefined {
  if (positions.length === 0) return undefined;
  if (positions.length === 1) return positions[0];
  if (expected === undefined) return undefined;
  const byDistance = [...positions].sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected));
  const nearest = Math.abs(byDistance[0] - expected);
  const next = Math.abs(byDistance[1] - expected);
  return nearest <= NEAR && next > nearest && next >= 2 * nearest ? byDistance[0] : undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How many code units of the end of `context` equal the text just before `at`. */
function commonSuffixLength(context: string, text: string, at: number): number {
  let n = 0;
  while (n < context.length && at - n - 1 >= 0 && context.charCodeAt(context.length - 1 - n) === text.charCodeAt(at - n - 1)) n++;
  return n;
}

/** How many code units of the start of `context` equal the text from `at`. */
function commonPrefixLength(context: string, text: string, at: number): number {
  let n = 0;
  while (n < context.length && at + n < text.length && context.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  return n;
}

function toResolution(prepared: AnchoringText, found: Found): Resolution {
  if (found.kind === 'orphan') return { kind: 'orphan', reason: formatMessage(found.reason), localizableReason: found.reason };
  const span = { start: prepared.toOriginal(found.start), end: prepared.toOriginal(found.end) };
  return found.kind === 'exact' ? { kind: 'exact', span } : { kind: 'approximate', span, score: found.score };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
