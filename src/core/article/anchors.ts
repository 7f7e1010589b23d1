import type { Anchor, Annotations } from '../model';

/**
 * Which stored span of the sidecar an anchor belongs to. Indices are positions in the
 * Annotations lists at the time the view was built; a view is rebuilt whenever they change.
 */
export type StoredSpanRef =
  | { readonly kind: 'added'; readonly actorId: string; readonly index: number }
  | { readonly kind: 'excluded'; readonly actorId: string; readonly index: number }
  | { readonly kind: 'quotation'; readonly index: number }
  | { readonly kind: 'cue'; readonly index: number }
  | { readonly kind: 'passage'; readonly topicId: string; readonly index: number }
  | { readonly kind: 'note'; readonly index: number }
  | { readonly kind: 'rejected'; readonly index: number };

export interface StoredAnchor {
  readonly ref: StoredSpanRef;
  readonly anchor: Anchor;
}

/** Every anchor stored in the sidecar, in a fixed order (the order of the sidecar's lists). */
export function collectAnchors(annotations: Annotations): StoredAnchor[] {
  const stored: StoredAnchor[] = [];
  for (const actor of annotations.actors) {
    actor.added.forEach((anchor, index) => stored.push({ ref: { kind: 'added', actorId: actor.id, index }, anchor }));
    actor.excluded.forEach((anchor, index) => stored.push({ ref: { kind: 'excluded', actorId: actor.id, index }, anchor }));
  }
  annotations.quotations.forEach((quotation, index) => {
    stored.push({ ref: { kind: 'quotation', index }, anchor: quotation.anchor });
    if (quotation.cue) stored.push({ ref: { kind: 'cue', index }, anchor: quotation.cue });
  });
  for (const topic of annotations.topics) {
    topic.passages.forEach((anchor, index) => stored.push({ ref: { kind: 'passage', topicId: topic.id, index }, anchor }));
  }
  annotations.notes.forEach((note, index) => stored.push({ ref: { kind: 'note', index }, anchor: note.anchor }));
  annotations.rejected.forEach((rejection, index) => stored.push({ ref: { kind: 'rejected', index }, anchor: rejection.anchor }));
  return stored;
}

/** A stable string key for a ref, used to carry position hints from one view to the next. */
export function refKey(ref: StoredSpanRef): string {
  switch (ref.kind) {
    case 'added':
    case 'excluded':
      return `${ref.kind}:${ref.actorId}:${ref.index}`;
    case 'passage':
      return `passage:${ref.topicId}:${ref.index}`;
    default:
      return `${ref.kind}:${ref.index}`;
  }
}

/** Returns the annotations with the anchor behind `ref` replaced. */
export function replaceAnchor(annotations: Annotations, ref: StoredSpanRef, anchor: Anchor): Annotations {
  const at = <T>(list: readonly T[], index: number, value: T): T[] => list.map((item, i) => (i === index ? value : item));
  switch (ref.kind) {
    case 'added':
    case 'excluded': {
      const field = ref.kind;
      return {
        ...annotations,
        actors: annotations.actors.map((actor) =>
          actor.id === ref.actorId ? { ...actor, [field]: at(actor[field], ref.index, anchor) } : actor,
        ),
      };
    }
    case 'quotation':
    case 'cue': {
      const quotation = annotations.quotations[ref.index];
      if (!quotation) return annotations;
      const updated = ref.kind === 'quotation' ? { ...quotation, anchor } : { ...quotation, cue: anchor };
      return { ...annotations, quotations: at(annotations.quotations, ref.index, updated) };
    }
    case 'passage':
      return {
        ...annotations,
        topics: annotations.topics.map((topic) =>
          topic.id === ref.topicId ? { ...topic, passages: at(topic.passages, ref.index, anchor) } : topic,
        ),
      };
    case 'note': {
      const note = annotations.notes[ref.index];
      return note ? { ...annotations, notes: at(annotations.notes, ref.index, { ...note, anchor }) } : annotations;
    }
    case 'rejected': {
      const rejection = annotations.rejected[ref.index];
      return rejection ? { ...annotations, rejected: at(annotations.rejected, ref.index, { ...rejection, anchor }) } : annotations;
    }
  }
}
