/** Counting what a sidecar annotates: what `marginalia stats` reports. */
import type { Annotations } from '../model';
import type { AnchorResolution } from '../merge/resolution';

/** The label under which quotations without a speaker are counted. */
export const NO_SPEAKER = '(no speaker)';

export interface AnnotationStats {
  readonly actors: number;
  readonly actorsByType: Readonly<Record<string, number>>;
  readonly quotations: number;
  /** Keyed by the speaker's display name (an actor's name, or the free-text speaker). */
  readonly quotationsBySpeaker: Readonly<Record<string, number>>;
  readonly topics: number;
  readonly notes: number;
  /** Stored spans (anchors), and how many of them the article no longer holds. */
  readonly anchors: number;
  readonly approximate: number;
  readonly orphans: number;
}

export const EMPTY_STATS: AnnotationStats = {
  actors: 0, actorsByType: {}, quotations: 0, quotationsBySpeaker: {}, topics: 0, notes: 0, anchors: 0, approximate: 0, orphans: 0,
};

/**
 * Counts the annotations of one article. `resolutions` are the resolutions of all its anchors
 * (in any order) against the article; omit them when the article is missing, and every anchor
 * counts as an orphan.
 */
export function countAnnotations(annotations: Annotations, anchorCount: number, resolutions?: readonly AnchorResolution[]): AnnotationStats {
  const actorsByType: Record<string, number> = {};
  for (const actor of annotations.actors) increment(actorsByType, actor.type);
  const names = new Map(annotations.actors.map((actor) => [actor.id, actor.name]));
  const quotationsBySpeaker: Record<string, number> = {};
  for (const { speaker } of annotations.quotations) {
    const label = speaker === undefined ? NO_SPEAKER : 'actor' in speaker ? (names.get(speaker.actor) ?? speaker.actor) : speaker.text;
    increment(quotationsBySpeaker, label);
  }
  const orphans = resolutions === undefined ? anchorCount : resolutions.filter((r) => r.kind === 'orphan').length;
  const approximate = resolutions === undefined ? 0 : resolutions.filter((r) => r.kind === 'approximate').length;
  return {
    actors: annotations.actors.length, actorsByType,
    quotations: annotations.quotations.length, quotationsBySpeaker,
    topics: annotations.topics.length, notes: annotations.notes.length,
    anchors: anchorCount, approximate, orphans,
  };
}

/** The sum of two counts (for totals over many sidecars). */
export function addStats(a: AnnotationStats, b: AnnotationStats): AnnotationStats {
  return {
    actors: a.actors + b.actors, actorsByType: addCounts(a.actorsByType, b.actorsByType),
    quotations: a.quotations + b.quotations, quotationsBySpeaker: addCounts(a.quotationsBySpeaker, b.quotationsBySpeaker),
    topics: a.topics + b.topics, notes: a.notes + b.notes,
    anchors: a.anchors + b.anchors, approximate: a.approximate + b.approximate, orphans: a.orphans + b.orphans,
  };
}

function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const sum: Record<string, number> = { ...a };
  for (const [key, count] of Object.entries(b)) increment(sum, key, count);
  return sum;
}

function increment(counts: Record<string, number>, key: string, by = 1): void {
  // Keys are types and names from the sidecar: `__proto__` or `constructor` are counted as
  // any other (own properties), never read from or written to Object.prototype.
  const count = (Object.hasOwn(counts, key) ? counts[key] : 0) + by;
  Object.defineProperty(counts, key, { value: count, enumerable: true, writable: true, configurable: true });
}
