/**
 * The anchoring functions the merge needs, as parameters: the shapes of `resolveAnchors` and
 * `createAnchor` of `src/core/anchoring`, so tests can stand in for them.
 */
import type { Resolution } from '../anchoring';
import type { Anchor, Span } from '../model';

/** Where an anchor was found in a text, or why it was not. */
export type AnchorResolution = Resolution;

/** Resolves anchors against a text: one resolution per anchor, in order. */
export type ResolveAnchors = (text: string, anchors: readonly Anchor[]) => readonly AnchorResolution[];

/** Builds the anchor of a span of a text (exact text plus just enough context). */
export type CreateAnchor = (text: string, span: Span) => Anchor;
