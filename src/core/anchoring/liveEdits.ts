import type { Span } from '../model';

/**
 * One edit of a text: `[start, end)` of the text before the edit is replaced by `text`
 * (VS Code's `contentChanges` with `rangeOffset`/`rangeLength` in offset form).
 */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Where `span` is after `change`, or `undefined` when nothing of its text is left.
 *
 * Rules (s, e = the span; a, b = the replaced range; inserted text of length n):
 * - entirely before (b ≤ s): the span shifts by n − (b − a). A pure insertion at s is before:
 *   typing just before an annotation does not extend it.
 * - entirely after (a ≥ e): the span is unchanged. A pure insertion at e is after.
 * - inside (s ≤ a, b ≤ e, not the whole span): the span grows or shrinks by n − (b − a).
 * - over the start only (a < s < b < e): trimmed to what remains: [a + n, e + n − (b − a)).
 * - over the end only (s < a < e < b): trimmed to [s, a).
 * - over the whole span (a ≤ s, e ≤ b, and a < b): undefined — the annotated text is gone and
 *   the caller re-anchors it (approximately, e.g. a retyped word) or keeps it as an orphan.
 * An empty span only moves (insertion at it, or edit before it) or is removed (edit over it).
 */
export function applyChange(span: Span, change: TextChange): Span | undefined {
  const { start: a, end: b } = change;
  const n = change.text.length;
  const { start: s, end: e } = span;
  if (b <= s) return shift(span, n - (b - a));
  if (a >= e) return span;
  if (a <= s && b >= e) return undefined;
  if (a >= s && b <= e) return { start: s, end: e + n - (b - a) };
  if (a < s) return { start: a + n, end: e + n - (b - a) };
  return { start: s, end: a };
}

/**
 * Applies `changes` in order to every span; each change is in the coordinates of the text left
 * by the previous ones (VS Code lists one event's changes from the end of the document to its
 * start, so applying them in order is right). For many spans kept across edits, prefer
 * {@link SpanTracker}.
 */
export function applyChanges(spans: readonly (Span | undefined)[], changes: readonly TextChange[]): (Span | undefined)[] {
  let current = [...spans];
  for (const change of changes) current = current.map((span) => (span === undefined ? undefined : applyChange(span, change)));
  return current;
}

function shift(span: Span, delta: number): Span {
  return delta === 0 ? span : { start: span.start + delta, end: span.end + delta };
}
