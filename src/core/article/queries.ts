/** Questions asked of an article view at a place in the text (the cursor, a selection). */
import type { Anchor, Span } from '../model';
import type { StoredSpanRef } from './anchors';
import type { ArticleView, PlacedAnchor } from './view';

type RefKind = StoredSpanRef['kind'];

/** A placed (not orphaned) stored span, with its span. */
export type PlacedSpan = PlacedAnchor & { readonly resolution: { readonly span: Span } };

function isPlaced(placed: PlacedAnchor): placed is PlacedSpan {
  return placed.resolution.kind !== 'orphan';
}

/** The stored spans of the given kinds placed over `offset` (ends included), in the view's order. */
export function placedAt(view: ArticleView, offset: number, kinds: readonly RefKind[]): PlacedSpan[] {
  return view.placed.filter((p): p is PlacedSpan =>
    isPlaced(p) && kinds.includes(p.ref.kind) && p.resolution.span.start <= offset && offset <= p.resolution.span.end);
}

/** The stored span of `kind` placed exactly at `span`, if any. One pass over the view. */
export function placedExactly(view: ArticleView, span: Span, kind: RefKind): PlacedSpan | undefined {
  return view.placed.find((p): p is PlacedSpan =>
    isPlaced(p) && p.ref.kind === kind && p.resolution.span.start === span.start && p.resolution.span.end === span.end);
}

/** The anchor stored for the hand-added mention at exactly `span` (to remove that very entry). */
export function storedAnchorFor(view: ArticleView, span: Span): Anchor | undefined {
  return placedExactly(view, span, 'added')?.anchor;
}
