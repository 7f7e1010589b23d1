import { resolveAnchors, type Resolution } from '../anchoring';
import { buildNameIndex, findNames, type NameIndex } from '../matching';
import type { Actor, Annotations, Span } from '../model';
import { collectAnchors, refKey, type StoredAnchor, type StoredSpanRef } from './anchors';

/** A stored span placed in the current text (or not: an orphan). */
export interface PlacedAnchor extends StoredAnchor {
  readonly resolution: Resolution;
}

/** One mention of an actor in the text: derived from a name, or added by hand. */
export interface Mention extends Span {
  readonly actorId: string;
  readonly source: 'name' | 'added';
}

/**
 * An article's annotations placed in its text: what every view (decorations, tree, providers,
 * CLI) reads. Immutable; edits produce a new view (see edit.ts).
 */
export interface ArticleView {
  readonly text: string;
  readonly annotations: Annotations;
  readonly placed: readonly PlacedAnchor[];
  /** Every mention, sorted by start; non-overlapping. */
  readonly mentions: readonly Mention[];
  /** The name/alias matches before exclusions and additions; kept for incremental updates. */
  readonly nameMatches: readonly Mention[];
  readonly nameIndex: NameIndex;
  readonly actorsById: ReadonlyMap<string, Actor>;
}

export function nameEntries(annotations: Annotations): { name: string; actorId: string }[] {
  return annotations.actors.flatMap((actor) =>
    [actor.name, ...actor.aliases].filter((name) => name.length > 0).map((name) => ({ name, actorId: actor.id })),
  );
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
  const nameIndex = buildNameIndex(nameEntries(annotations));
  const nameMatches = findNames(nameIndex, text).map(
    (m): Mention => ({ start: m.start, end: m.end, actorId: m.actorId, source: 'name' }),
  );
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

/** Name matches minus excluded occurrences plus hand-added spans (which win over overlapping names). */
export function withMentions(view: Omit<ArticleView, 'mentions'>): ArticleView {
  const excluded = new Set<string>();
  const added: Mention[] = [];
  for (const p of view.placed) {
    if (p.resolution.kind === 'orphan') continue;
    const { start, end } = p.resolution.span;
    if (p.ref.kind === 'excluded') excluded.add(`${start}:${end}`);
    if (p.ref.kind === 'added') added.push({ start, end, actorId: p.ref.actorId, source: 'added' });
  }
  added.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  let next = 0;
  for (const match of view.nameMatches) {
    if (excluded.has(`${match.start}:${match.end}`)) continue;
    while (next < added.length && added[next]!.start < match.start) pushAdded(added[next++]!);
    if (overlapsLast(match)) continue;
    if (next < added.length && added[next]!.start < match.end) continue; // an added span inside wins
    mentions.push(match);
  }
  while (next < added.length) pushAdded(added[next++]!);
  return { ...view, mentions };

  function overlapsLast(span: Span): boolean {
    const last = mentions[mentions.length - 1];
    return last !== undefined && last.end > span.start;
  }
  function pushAdded(mention: Mention): void {
    // An added span replaces name matches it overlaps (they were pushed before it).
    while (mentions.length > 0 && mentions[mentions.length - 1]!.end > mention.start && mentions[mentions.length - 1]!.source === 'name') {
      mentions.pop();
    }
    if (!overlapsLast(mention)) mentions.push(mention);
  }
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
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.end <= range.start) low = mid + 1;
    else high = mid;
  }
  const result: Mention[] = [];
  for (let i = low; i < mentions.length && mentions[i]!.start < range.end; i++) result.push(mentions[i]!);
  return result;
}
