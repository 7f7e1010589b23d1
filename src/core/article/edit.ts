import { applyChange, createAnchor, resolveAnchors, type Resolution, type TextChange } from '../anchoring';
import { deriveMentions, findNames, type Mention, type NameMatch } from '../matching';
import type { Anchor, Annotations, Span } from '../model';
import { firstIndexNotBefore } from '../spans';
import { refKey, replaceAnchor } from './anchors';
import { withMentions, type ArticleView, type PlacedAnchor } from './view';

/**
 * Applies one text change (offsets into the view's text) to the view, in time proportional to
 * the stored spans and the size of the edit: stored spans shift; a stored span the edit cut
 * through is looked for again from its anchor; name matches are recomputed around the edit only.
 * Anchors whose text or context the edit touched are marked stale (see refreshStaleAnchors).
 */
export function applyTextChange(view: ArticleView, change: TextChange, stale: Set<string>): ArticleView {
  const text = view.text.slice(0, change.start) + change.text + view.text.slice(change.end);
  const placed = view.placed.map((p) => shiftPlaced(p, change, stale));
  const lost: number[] = [];
  for (let i = 0; i < placed.length; i++) if (placed[i] === undefined) lost.push(i);
  // Orphans are looked for again when the edit may have brought their text back (an undo, a
  // paste): only those whose text now occurs across the edited place, so typing stays cheap.
  const retried = orphansTheEditMayRestore(view, text, change);
  const again = [...lost, ...retried];
  let moved = lost.length > 0;
  if (again.length > 0) {
    const resolutions = resolveAnchors(
      text,
      again.map((i) => view.placed[i]!.anchor),
      { hints: again.map((i) => (lost.includes(i) ? hintOf(view.placed[i]!, change) : change.start)) },
    );
    again.forEach((i, k) => {
      const resolution = resolutions[k]!;
      if (k >= lost.length && resolution.kind === 'orphan') return; // still not there
      placed[i] = { ...view.placed[i]!, resolution };
      stale.add(refKey(view.placed[i]!.ref));
      moved = true;
    });
  }
  const next = { ...view, text, placed: placed as PlacedAnchor[], nameMatches: rematchNames(view, text, change) };
  // An anchor looked for again may land anywhere: derive every mention anew.
  if (moved) return withMentions(next);
  return { ...next, mentions: rederiveMentions(view, next, change) };
}

/**
 * The mentions after `change`, derived anew only around it: the region the name matching
 * redid, widened until no old mention crosses its bounds (hand-added spans may be long and
 * overlap names); mentions before it stay, those after it shift. Equal to a full
 * {@link withMentions} because a mention outside the region depends only on names and stored
 * spans outside it, which the edit did not change.
 */
function rederiveMentions(old: ArticleView, next: Omit<ArticleView, 'mentions'>, change: TextChange): Mention[] {
  const mentions = old.mentions;
  const reach = old.nameIndex.maxNameLength + 1;
  let from = Math.max(0, change.start - reach);
  let to = change.end + reach; // old coordinates
  for (let widened = true; widened;) {
    widened = false;
    for (const m of mentions) {
      if (m.start >= to) break;
      if (m.end > from && (m.start < from || m.end > to)) {
        from = Math.min(from, m.start);
        to = Math.max(to, m.end);
        widened = true;
      }
    }
  }
  const delta = change.text.length - (change.end - change.start);
  const newTo = Math.min(next.text.length, Math.max(to + delta, change.start + change.text.length));
  const inRegion = (span: Span) => span.end > from && span.start < newTo;
  const added = new Map<string, Span[]>();
  const excluded = new Map<string, Span[]>();
  for (const p of next.placed) {
    if (p.resolution.kind === 'orphan' || (p.ref.kind !== 'added' && p.ref.kind !== 'excluded') || !inRegion(p.resolution.span)) continue;
    const target = p.ref.kind === 'added' ? added : excluded;
    const spans = target.get(p.ref.actorId);
    if (spans) spans.push(p.resolution.span);
    else target.set(p.ref.actorId, [p.resolution.span]);
  }
  const names = next.nameMatches.filter((m) => m.start >= from && m.end <= newTo);
  const region = deriveMentions({ text: next.text, actors: next.annotations.actors, added, excluded, index: next.nameIndex, names, range: { start: from, end: newTo } })
    .filter(inRegion);
  const before: Mention[] = [];
  const after: Mention[] = [];
  for (const m of mentions) {
    if (m.end <= from) before.push(m);
    else if (m.start >= to) after.push(delta === 0 ? m : { start: m.start + delta, end: m.end + delta, actorId: m.actorId, source: m.source });
  }
  return [...before, ...region, ...after];
}

/** Indices of orphans whose text occurs in the new text where it overlaps the edit. */
function orphansTheEditMayRestore(view: ArticleView, text: string, change: TextChange): number[] {
  const found: number[] = [];
  const insertedEnd = change.start + change.text.length;
  view.placed.forEach((p, i) => {
    const wanted = p.anchor.text;
    if (p.resolution.kind !== 'orphan' || wanted.length === 0) return;
    const around = text.slice(Math.max(0, change.start - wanted.length + 1), insertedEnd + wanted.length - 1);
    if (around.includes(wanted)) found.push(i);
  });
  return found;
}

function hintOf(p: PlacedAnchor, change: TextChange): number | undefined {
  if (p.resolution.kind === 'orphan') return undefined;
  return Math.min(p.resolution.span.start, change.start);
}

function shiftPlaced(p: PlacedAnchor, change: TextChange, stale: Set<string>): PlacedAnchor | undefined {
  if (p.resolution.kind === 'orphan') return p;
  const span = p.resolution.span;
  // The edit touches the stored context: the anchor must be written anew (only this entry).
  if (change.end >= span.start - p.anchor.before.length && change.start <= span.end + p.anchor.after.length) {
    stale.add(refKey(p.ref));
  }
  const shifted = applyChange(span, change);
  if (shifted === undefined) return undefined;
  if (shifted === span) return p;
  return placedAt(p, shifted);
}

/**
 * `p` moved to `span`, built field by field: a keystroke moves every anchor after the caret
 * (thousands in a long text), and object spread there cost more than the rest of the update.
 */
function placedAt(p: PlacedAnchor, span: Span): PlacedAnchor {
  const r = p.resolution;
  const resolution: Resolution = r.kind === 'approximate' ? { kind: 'approximate', span, score: r.score } : { kind: 'exact', span };
  return { ref: p.ref, anchor: p.anchor, resolution };
}

/**
 * Name matches far from the edit only shift; those near it are found again. "Near" is the edit
 * widened by the longest name on each side, and widened again to cover any match it cuts, so
 * that leftmost-longest gives the same result as a full scan.
 */
function rematchNames(view: ArticleView, text: string, change: TextChange): NameMatch[] {
  const reach = view.nameIndex.maxNameLength + 1;
  let from = Math.max(0, change.start - reach);
  let to = change.end + reach; // in old coordinates
  const old = view.nameMatches;
  let first = firstIndexNotBefore(old, (m) => m.start < from);
  while (first > 0 && old[first - 1]!.end > from) first--;
  if (first < old.length && old[first]!.start < from) from = old[first]!.start;
  let last = first;
  while (last < old.length && old[last]!.start < to) last++;
  if (last > first && old[last - 1]!.end > to) to = old[last - 1]!.end;
  const delta = change.text.length - (change.end - change.start);
  const newTo = Math.min(text.length, Math.max(to + delta, change.start + change.text.length));
  const found = findNames(view.nameIndex, text, { start: from, end: newTo })
    .filter((m) => m.start >= from && m.end <= newTo);
  const after = old.slice(last).map((m) => (delta === 0 ? m : { ...m, start: m.start + delta, end: m.end + delta }));
  return [...old.slice(0, first), ...found, ...after];
}

/**
 * Writes fresh anchors for the stale stored spans that are placed, so the sidecar follows the
 * text; every other entry is left exactly as it was (diff locality). Orphans keep their anchor.
 */
export function refreshStaleAnchors(view: ArticleView, stale: ReadonlySet<string>): Annotations {
  let annotations = view.annotations;
  for (const p of view.placed) {
    if (!stale.has(refKey(p.ref)) || p.resolution.kind === 'orphan') continue;
    if (p.resolution.kind === 'exact' && stillMatches(view.text, p.resolution.span, p.anchor)) continue;
    const fresh = createAnchor(view.text, p.resolution.span);
    if (fresh.text !== p.anchor.text || fresh.before !== p.anchor.before || fresh.after !== p.anchor.after) {
      annotations = replaceAnchor(annotations, p.ref, fresh);
    }
  }
  return annotations;
}

/** Whether the anchor still describes the span exactly (context compared without CRs). */
function stillMatches(text: string, span: { start: number; end: number }, anchor: Anchor): boolean {
  if (text.slice(span.start, span.end) !== anchor.text) return false;
  const withoutCR = (s: string) => s.replace(/\r/g, '');
  const before = withoutCR(text.slice(Math.max(0, span.start - anchor.before.length * 2 - 2), span.start));
  const after = withoutCR(text.slice(span.end, span.end + anchor.after.length * 2 + 2));
  return before.endsWith(anchor.before) && after.startsWith(anchor.after);
}
