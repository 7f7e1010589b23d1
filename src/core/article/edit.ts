import { applyChange, createAnchor, resolveAnchors, type TextChange } from '../anchoring';
import { deriveMentions, isWordAt, scanNamesFrom, type Mention, type NameIndex, type NameMatch } from '../matching';
import type { Anchor, Annotations, Span } from '../model';
import { refKey, replaceAnchor } from './anchors';
import type { ChunkedText } from './chunkedText';
import { SpanBlocks } from './spanBlocks';
import { liveStateOf, mentionsOf, moveMention, movePlaced, resolutionAt, viewOfState, type ArticleView, type LiveState, type PlacedItem } from './view';

/**
 * Applies one text change (offsets into the view's text) to the view. Stored spans shift with
 * the edit a block at a time (spanBlocks.ts); a stored span the edit cut through is looked for
 * again from its anchor; name matches and mentions are found again around the edit only. So a
 * keystroke costs the edit, its neighbourhood and one step per block of spans, not one step per
 * span; only a keystroke that removes a stored span or brings an orphan's text back pays for
 * the whole text (anchoring searches all of it). Anchors whose text or context the edit touched
 * are marked stale (see refreshStaleAnchors).
 */
export function applyTextChange(view: ArticleView, change: TextChange, stale: Set<string>): ArticleView {
  const state = liveStateOf(view);
  const text = state.text.replace(change);
  markStale(state, change, stale);
  const lost: PlacedItem[] = [];
  let spans = state.spans.edit(change, (item) => {
    const span = applyChange(item, change);
    if (span === undefined) lost.push(item);
    return span === undefined || span === item ? span as PlacedItem | undefined : { id: item.id, start: span.start, end: span.end };
  });
  const names = rematchNames(state, text, change, view.nameIndex);
  // Orphans are looked for again when the edit may have brought their text back (an undo, a
  // paste): only those whose text now occurs across the edited place, so typing stays cheap.
  const retried = orphansTheEditMayRestore(state, text, change);
  if (lost.length === 0 && retried.length === 0) {
    const next: LiveState = { ...state, text, spans, names, mentions: state.mentions };
    return viewOfState(view, { ...next, mentions: rederiveMentions(state.mentions, next, change, view) });
  }
  const fullText = text.toString();
  const again = [...lost.map((item) => item.id), ...retried];
  const found = resolveAnchors(
    fullText,
    again.map((id) => state.stored[id]!.anchor),
    { hints: again.map((_, k) => (k < lost.length ? Math.min(lost[k]!.start, change.start) : change.start)) },
  );
  const resolutions = [...state.resolutions];
  const placedAgain: PlacedItem[] = [];
  let moved = lost.length > 0;
  again.forEach((id, k) => {
    const resolution = found[k]!;
    if (k >= lost.length && resolution.kind === 'orphan') return; // still not there
    resolutions[id] = resolution;
    if (resolution.kind !== 'orphan') placedAgain.push({ id, start: resolution.span.start, end: resolution.span.end });
    stale.add(refKey(state.stored[id]!.ref));
    moved = true;
  });
  if (placedAgain.length > 0) {
    const items = spans.toArray();
    for (const item of placedAgain) items.push(item);
    items.sort((a, b) => a.start - b.start || a.id - b.id);
    spans = SpanBlocks.of(items, movePlaced);
  }
  const orphans: number[] = [];
  resolutions.forEach((r, id) => {
    if (r.kind === 'orphan') orphans.push(id);
  });
  const next: LiveState = { ...state, text, resolutions, spans, orphans, names };
  if (!moved) return viewOfState(view, { ...next, mentions: rederiveMentions(state.mentions, next, change, view) });
  // An anchor looked for again may land anywhere: derive every mention anew.
  const current = new Array<Span | undefined>(resolutions.length);
  for (const item of spans.toArray()) current[item.id] = item;
  const placed = state.stored.map((s, id) => ({ ref: s.ref, anchor: s.anchor, resolution: resolutionAt(resolutions[id]!, current[id]) }));
  const mentions = mentionsOf({ text: fullText, annotations: view.annotations, placed, nameMatches: names.toArray(), nameIndex: view.nameIndex });
  return viewOfState(view, { ...next, mentions: SpanBlocks.of(mentions, moveMention) });
}

/** Marks the anchors whose text or stored context `change` touches (their entry must be written anew). */
function markStale(state: LiveState, change: TextChange, stale: Set<string>): void {
  const reach = state.contextReach;
  for (const item of state.spans.overlapping(change.start - reach, change.end + reach, true)) {
    const { anchor, ref } = state.stored[item.id]!;
    if (change.end >= item.start - anchor.before.length && change.start <= item.end + anchor.after.length) stale.add(refKey(ref));
  }
}

/**
 * The mentions after `change`, derived anew only around it: the region the name matching
 * redid, widened until no old mention crosses its bounds (hand-added spans may be long and
 * overlap names); mentions before it stay, those after it shift. Equal to a full derivation
 * because a mention outside the region depends only on names and stored spans outside it,
 * which the edit did not change.
 */
function rederiveMentions(old: SpanBlocks<Mention>, next: LiveState, change: TextChange, view: ArticleView): SpanBlocks<Mention> {
  const reach = view.nameIndex.maxNameLength + 1;
  let from = Math.max(0, change.start - reach);
  let to = change.end + reach; // old coordinates
  for (let widened = true; widened;) {
    widened = false;
    for (const m of old.overlapping(from, to)) {
      if (m.start < from || m.end > to) {
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
  for (const item of next.spans.overlapping(from, newTo)) {
    const ref = next.stored[item.id]!.ref;
    if (ref.kind !== 'added' && ref.kind !== 'excluded') continue;
    const target = ref.kind === 'added' ? added : excluded;
    const span = { start: item.start, end: item.end };
    const spans = target.get(ref.actorId);
    if (spans) spans.push(span);
    else target.set(ref.actorId, [span]);
  }
  const names = next.names.overlapping(from, newTo).filter((m) => m.start >= from && m.end <= newTo);
  const region = deriveMentions({
    text: { length: next.text.length },
    actors: view.annotations.actors,
    added,
    excluded,
    index: view.nameIndex,
    names,
    range: { start: from, end: newTo },
  }).filter(inRegion);
  return old.splice(from, to, delta, region);
}

/** Ids of orphans whose text occurs in the new text where it overlaps the edit. */
function orphansTheEditMayRestore(state: LiveState, text: ChunkedText, change: TextChange): number[] {
  const found: number[] = [];
  const insertedEnd = change.start + change.text.length;
  for (const id of state.orphans) {
    const wanted = state.stored[id]!.anchor.text;
    if (wanted.length === 0) continue;
    const around = text.slice(Math.max(0, change.start - wanted.length + 1), insertedEnd + wanted.length - 1);
    if (around.includes(wanted)) found.push(id);
  }
  return found;
}

/**
 * Name matches far from the edit only shift; those near it are found again. "Near" is the edit
 * widened by the longest name on each side, and widened again to cover any match it cuts, so
 * that leftmost-longest gives the same result as a full scan: the text before the region is
 * unchanged for longer than any name, so no match of the new text straddles its start either,
 * and the scan can start right there, on a piece of the text around the region.
 */
function rematchNames(state: LiveState, text: ChunkedText, change: TextChange, index: NameIndex): SpanBlocks<NameMatch> {
  const old = state.names;
  if (index.size === 0) return old;
  const reach = index.maxNameLength + 1;
  let from = Math.max(0, change.start - reach);
  // Never start between the halves of a surrogate pair (the low half would look like a boundary).
  if (from > 0 && isPairAt(state.text.slice(from - 1, from + 1))) from--;
  const straddling = old.lastStartingBefore(from);
  if (straddling && straddling.end > from) from = straddling.start;
  let to = change.end + reach; // in old coordinates
  const cut = old.lastStartingBefore(to);
  if (cut && cut.start >= from && cut.end > to) to = cut.end;
  const delta = change.text.length - (change.end - change.start);
  const newTo = Math.min(text.length, Math.max(to + delta, change.start + change.text.length));
  const lo = Math.max(0, from - 2);
  const local = wordSafeSlice(text, lo, newTo + index.maxNameLength + 2);
  const found: NameMatch[] = [];
  for (const m of scanNamesFrom(index, local, from - lo, newTo - lo)) {
    if (m.end + lo <= newTo) found.push({ start: m.start + lo, end: m.end + lo, actorId: m.actorId, name: m.name });
  }
  return old.splice(from, to, delta, found);
}

function isPairAt(units: string): boolean {
  const high = units.charCodeAt(0);
  const low = units.charCodeAt(1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * `text[lo, …)` reaching at least `minEnd`, then on to a unit that ends every word (neither a
 * word character nor half of a surrogate pair), plus one unit: the name scan reads up to one
 * unit past the end of a word, and must see every word that starts in its range whole.
 */
function wordSafeSlice(text: ChunkedText, lo: number, minEnd: number): string {
  let hi = Math.min(text.length, Math.max(lo, minEnd));
  let local = text.slice(lo, hi);
  let q = Math.max(0, local.length - 1);
  for (;;) {
    while (q < local.length && !endsWords(local, q)) q++;
    if (q < local.length) {
      const wanted = Math.min(text.length, lo + q + 2);
      return wanted > hi ? local + text.slice(hi, wanted) : local;
    }
    if (hi >= text.length) return local;
    const more = Math.min(text.length, hi + 256);
    local += text.slice(hi, more);
    hi = more;
  }
}

function endsWords(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return (unit < 0xd800 || unit > 0xdfff) && !isWordAt(text, index);
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
