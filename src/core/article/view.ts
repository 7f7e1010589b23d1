import { resolveAnchors, type Resolution } from '../anchoring';
import { buildActorNameIndex, deriveMentions, findNames, type Mention, type NameIndex, type NameMatch } from '../matching';
import type { Actor, Annotations, Quotation, Span } from '../model';
import { firstIndexNotBefore } from '../spans';
import { collectAnchors, refKey, type StoredAnchor, type StoredSpanRef } from './anchors';

/** A stored span placed in the current text (or not: an orphan). */
export interface PlacedAnchor extends StoredAnchor {
  readonly resolution: Resolution;
}

export type { Mention } from '../matching';

/**
 * An article's annotations placed in its text: what every view (decorations, tree, providers,
 * CLI) reads. Immutable; edits produce a new view (see edit.ts).
 */
export interface ArticleView {
  readonly text: string;
  readonly annotations: Annotations;
  readonly placed: readonly PlacedAnchor[];
  /** Every mention, sorted by start (hand-added spans may overlap each other). */
  readonly mentions: readonly Mention[];
  /** The name/alias matches before exclusions and additions; kept for incremental updates. */
  readonly nameMatches: readonly NameMatch[];
  readonly nameIndex: NameIndex;
  readonly actorsById: ReadonlyMap<string, Actor>;
}

/**
 * Places every stored anchor in `text` and derives the mentions.
 * `hints` are the last known starts of stored spans (by refKey), from a previous view.
 */
export function buildArticleView(text: string, annotations: Annotations, hints?: ReadonlyMap<string, number>): ArticleView {
  const stored = collectAnchors(annotations);
  const resolutions = resolveAnchors(
    text,
    stored.map((s) => s.anchor),
    hints ? { hints: stored.map((s) => hints.get(refKey(s.ref))) } : undefined,
  );
  const placed = stored.map((s, i) => ({ ...s, resolution: resolutions[i]! }));
  const nameIndex = buildActorNameIndex(annotations.actors);
  const nameMatches = findNames(nameIndex, text);
  return withMentions({
    text,
    annotations,
    placed,
    nameMatches,
    nameIndex,
    actorsById: new Map(annotations.actors.map((a) => [a.id, a])),
  });
}

/** Rebuilds the view for new annotations over the same text, reusing the placed positions as hints. */
export function reannotate(view: ArticleView, annotations: Annotations): ArticleView {
  return buildArticleView(view.text, annotations, positionHints(view));
}

export function positionHints(view: ArticleView): Map<string, number> {
  const hints = new Map<string, number>();
  for (const p of view.placed) {
    if (p.resolution.kind !== 'orphan') hints.set(refKey(p.ref), p.resolution.span.start);
  }
  return hints;
}

/** Name matches minus excluded occurrences plus hand-added spans (rules: deriveMentions). */
export function withMentions(view: Omit<ArticleView, 'mentions'>): ArticleView {
  const added = new Map<string, Span[]>();
  const excluded = new Map<string, Span[]>();
  for (const p of view.placed) {
    if (p.resolution.kind === 'orphan' || (p.ref.kind !== 'added' && p.ref.kind !== 'excluded')) continue;
    const target = p.ref.kind === 'added' ? added : excluded;
    target.set(p.ref.actorId, [...(target.get(p.ref.actorId) ?? []), p.resolution.span]);
  }
  const mentions = deriveMentions({
    text: view.text,
    actors: view.annotations.actors,
    added,
    excluded,
    index: view.nameIndex,
    names: view.nameMatches,
  });
  return { ...view, mentions };
}

/** The placed span of a stored ref, if it is placed. */
export function spanOf(view: ArticleView, ref: StoredSpanRef): Span | undefined {
  const key = refKey(ref);
  const placed = view.placed.find((p) => refKey(p.ref) === key);
  return placed && placed.resolution.kind !== 'orphan' ? placed.resolution.span : undefined;
}

/** The mention covering `offset` (or touching it at its end), if any. Binary search. */
export function mentionAt(view: ArticleView, offset: number): Mention | undefined {
  const mentions = view.mentions;
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const m = mentions[mid]!;
    if (m.end < offset) low = mid + 1;
    else if (m.start > offset) high = mid - 1;
    else return m;
  }
  return undefined;
}

/** Mentions intersecting `range`, in order (for the visible window of an editor). */
export function mentionsIn(view: ArticleView, range: Span): Mention[] {
  const mentions = view.mentions;
  const result: Mention[] = [];
  for (let i = firstIndexNotBefore(mentions, (m) => m.end <= range.start); i < mentions.length && mentions[i]!.start < range.end; i++) result.push(mentions[i]!);
  return result;
}

/** The stored quotations placed in (or touching) `range`, with their entries, in sidecar order. */
export function quotationsIn(view: ArticleView, range: Span): { span: Span; quotation: Quotation }[] {
  const result: { span: Span; quotation: Quotation }[] = [];
  for (const placed of view.placed) {
    if (placed.ref.kind !== 'quotation' || placed.resolution.kind === 'orphan') continue;
    const span = placed.resolution.span;
    const quotation = view.annotations.quotations[placed.ref.index];
    if (quotation && span.end >= range.start && span.start <= range.end) result.push({ span, quotation });
  }
  return result;
}
