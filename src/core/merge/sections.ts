/**
 * How the merge identifies and compares the entries of each section: actors and topics by id,
 * stored spans by the passage they stand for (see {@link AnchorIdentity}).
 */
import type { Anchor, AnnotationSection, SectionEntries } from '../model';
import { anchorKey } from '../equality';
import { truncate } from '../shorten';

/**
 * Maps an anchor to the identity of the passage it stands for, e.g. its resolved span in the
 * merged article text; `undefined` when unknown (orphan, no text), and the anchor itself
 * (text + before + after) is the identity then. Two anchors with one identity are one entry
 * whose anchor was refreshed on a side that edited the text.
 */
export type AnchorIdentity = (anchor: Anchor) => string | undefined;


/**
 * How a field other than a plain value merges: `set` as a set of elements (never a conflict);
 * `locator` (an entry's own anchor) takes the side that refreshed it, never a conflict either:
 * where a passage is found is not the user's content, and the driver re-anchors against the
 * merged text; `passage` (an anchor field such as a quotation's cue) compares the passages
 * the anchors stand for, so a refreshed anchor is no change, and a conflict is two different
 * passages. Fields not listed merge as single values (a conflict when both changed them).
 */
export type FieldRule =
  | { readonly kind: 'set'; readonly keyOf: (element: never) => string }
  | { readonly kind: 'locator' }
  | { readonly kind: 'passage'; readonly keyOf: (anchor: Anchor) => string };

export interface SectionSpec<T> {
  readonly section: AnnotationSection;
  /** The identity of an entry: equal keys on two sides are the same entry. */
  key(entry: T): string;
  /**
   * The identity of an entry whose {@link key} another entry of the same side already has
   * (two anchors found at one passage): its anchor, so that neither entry is lost.
   */
  fallbackKey(entry: T): string;
  /** The readable path of an entry in a conflict: `actors.francisca-bostyn`. */
  path(entry: T): string;
  /** How {@link MergeConflict.entry} finds the entry again. */
  locator(entry: T): string | Anchor;
  readonly fields: Readonly<Record<string, FieldRule>>;
}

export type SectionSpecs = { readonly [S in AnnotationSection]: SectionSpec<SectionEntries[S]> };

/** The passage identity of a stored span: its resolved identity, else its anchor. */
export function passageKey(anchor: Anchor, identify?: AnchorIdentity): string {
  const identity = identify?.(anchor);
  return identity !== undefined ? `passage ${identity}` : `anchor ${anchorKey(anchor)}`;
}

export function sectionSpecs(identify?: AnchorIdentity): SectionSpecs {
  const passage = (anchor: Anchor): string => passageKey(anchor, identify);
  const anchorSet: FieldRule = { kind: 'set', keyOf: passage };
  const stringSet: FieldRule = { kind: 'set', keyOf: (element: string) => element };
  const locator: FieldRule = { kind: 'locator' };
  return {
    actors: {
      section: 'actors',
      key: (actor) => actor.id,
      fallbackKey: (actor) => actor.id,
      path: (actor) => `actors.${actor.id}`,
      locator: (actor) => actor.id,
      fields: { aliases: stringSet, added: anchorSet, excluded: anchorSet },
    },
    quotations: {
      section: 'quotations',
      key: (quotation) => passage(quotation.anchor),
      fallbackKey: (quotation) => passageKey(quotation.anchor),
      path: (quotation) => `quotations[${quote(quotation.anchor.text)}]`,
      locator: (quotation) => quotation.anchor,
      fields: { anchor: locator, cue: { kind: 'passage', keyOf: passage }, topics: stringSet },
    },
    topics: {
      section: 'topics',
      key: (topic) => topic.id,
      fallbackKey: (topic) => topic.id,
      path: (topic) => `topics.${topic.id}`,
      locator: (topic) => topic.id,
      fields: { passages: anchorSet },
    },
    notes: {
      section: 'notes',
      key: (note) => passage(note.anchor),
      fallbackKey: (note) => passageKey(note.anchor),
      path: (note) => `notes[${quote(note.anchor.text)}]`,
      locator: (note) => note.anchor,
      fields: { anchor: locator },
    },
    rejected: {
      section: 'rejected',
      key: (rejection) => `${rejection.kind} ${passage(rejection.anchor)}`,
      fallbackKey: (rejection) => `${rejection.kind} ${passageKey(rejection.anchor)}`,
      path: (rejection) => `rejected[${rejection.kind} ${quote(rejection.anchor.text)}]`,
      locator: (rejection) => rejection.anchor,
      fields: { anchor: locator },
    },
  };
}

/** A short quoted form of a passage for a readable path. */
function quote(text: string): string {
  return JSON.stringify(truncate(text, 40));
}
