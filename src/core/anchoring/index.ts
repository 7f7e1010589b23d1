/**
 * Anchoring: turning spans into anchors that survive edits, and finding them again.
 *
 * - {@link createAnchor} / {@link createAnchors}: span → anchor (text + just enough context).
 * - {@link resolveAnchors}: anchors → spans in a (changed) text: exact, approximate or orphan.
 * - {@link applyChange} / {@link applyChanges} / {@link SpanTracker}: spans kept in step with
 *   live edits in the editor, without re-anchoring.
 * - {@link normalizeText}: the text offsets are counted in (BOM stripped).
 */
export { normalizeText } from './normalize';
export { createAnchor, createAnchors, MIN_CONTEXT, MAX_CONTEXT } from './createAnchor';
export { resolveAnchors, DEFAULT_THRESHOLD, type Resolution, type ResolveOptions } from './resolveAnchors';
export { applyChange, applyChanges, type TextChange } from './liveEdits';
export { SpanTracker } from './spanTracker';
