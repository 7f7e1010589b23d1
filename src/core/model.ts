/**
 * The annotation model of one article, as held in memory.
 *
 * Offsets: every offset in Marginalia (in memory, in exports such as brat) is a JavaScript
 * string index — a UTF-16 code unit — into the article text as read, with a leading UTF-8 BOM
 * stripped. Ends are exclusive: `text.slice(start, end)` is the covered text.
 * Offsets are never stored in a sidecar: stored spans are {@link Anchor}s.
 */

/** A span of the article: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a stored span lives, written so that it can be found again after the text changed:
 * the exact text plus just enough context (W3C TextQuoteSelector in spirit).
 */
export interface Anchor {
  /** The exact covered text. */
  readonly text: string;
  /** Text just before the span (may be empty). */
  readonly before: string;
  /** Text just after the span (may be empty). */
  readonly after: string;
}

/** Default entity types; users may add their own in settings. */
export const DEFAULT_ACTOR_TYPES = ['person', 'organization', 'place', 'date', 'event', 'work', 'misc'] as const;
export type DefaultActorType = (typeof DEFAULT_ACTOR_TYPES)[number];
/** An actor type: one of the defaults or a user-defined one (lowercase slug). */
export type ActorType = string;

export interface Actor {
  /** Readable slug, unique in a sidecar; the same id in two articles is the same actor. */
  readonly id: string;
  readonly type: ActorType;
  /** Display name; also matched in the text. */
  readonly name: string;
  /** Other names matched in the text. */
  readonly aliases: readonly string[];
  readonly note?: string;
  /** External identifier such as a Wikidata QID ("Q42"). */
  readonly externalId?: string;
  /** Hand-added mentions that are not names ("la directrice", "il"). */
  readonly added: readonly Anchor[];
  /** Occurrences of a name or alias that are not this actor. */
  readonly excluded: readonly Anchor[];
}

/** The speaker of a quotation: an actor, or free text when no actor fits. */
export type Speaker = { readonly actor: string } | { readonly text: string };

/** A quotation without quotation marks: reported (indirect) speech, "X said that …". */
export type QuotationKind = 'indirect';

export interface Quotation {
  readonly anchor: Anchor;
  /** Absent for direct speech (the words in quotation marks); `indirect` for reported speech, whose anchor is the reported clause. */
  readonly kind?: QuotationKind;
  readonly speaker?: Speaker;
  /** The cue that introduces the quotation ("selon", "a déclaré", "said"). */
  readonly cue?: Anchor;
  readonly topics: readonly string[];
  readonly note?: string;
}

export interface Topic {
  readonly id: string;
  readonly label: string;
  /** Id of the parent topic (a codebook). */
  readonly parent?: string;
  /** Passages tagged with this topic. */
  readonly passages: readonly Anchor[];
}

export interface Note {
  readonly anchor: Anchor;
  readonly text: string;
}

/** Suggestions the user rejected, remembered so they are not proposed again. */
export interface Rejection {
  readonly kind: 'actor' | 'quotation';
  readonly anchor: Anchor;
}

/** The sections of {@link Annotations} that hold entries. */
export type AnnotationSection = 'actors' | 'quotations' | 'topics' | 'notes' | 'rejected';

/** The model type of the entries of each section. */
export interface SectionEntries {
  actors: Actor;
  quotations: Quotation;
  topics: Topic;
  notes: Note;
  rejected: Rejection;
}

/** A value a merge conflict records for one side: a field's value or a whole entry. */
export type MergeValue = string | readonly string[] | Anchor | Speaker | Actor | Quotation | Topic | Note;

/**
 * A true conflict left by a three-way merge of two branches' sidecars: the same field of the
 * same entry changed to different values on both sides, or an entry deleted on one side and
 * changed on the other. The merged entry holds "ours" (for a deleted-and-changed entry: the
 * changed entry, so nothing is lost); the conflict keeps all three values so the user can pick.
 * A value that is absent means the field was unset, or the entry did not exist.
 */
export interface MergeConflict {
  /** Readable location, e.g. `actors.francisca-bostyn.name` or `quotations["ce que la Syrie…"].speaker`. */
  readonly path: string;
  readonly section: AnnotationSection;
  /** The entry in the merged annotations: its id (actors, topics) or its anchor (stored spans). */
  readonly entry: string | Anchor;
  /** The model field in conflict; absent when the conflict is about the whole entry. */
  readonly field?: string;
  readonly base?: MergeValue;
  readonly ours?: MergeValue;
  readonly theirs?: MergeValue;
}

/** Everything annotated on one article: what a sidecar holds. */
export interface Annotations {
  readonly actors: readonly Actor[];
  readonly quotations: readonly Quotation[];
  readonly topics: readonly Topic[];
  readonly notes: readonly Note[];
  readonly rejected: readonly Rejection[];
  /** Conflicts a merge recorded and the user has not resolved yet (absent: none). */
  readonly conflicts?: readonly MergeConflict[];
}

export const EMPTY_ANNOTATIONS: Annotations = { actors: [], quotations: [], topics: [], notes: [], rejected: [] };

/** The sidecar of an article: `article.txt` → `article.txt.ann.yaml`. */
export const SIDECAR_SUFFIX = '.ann.yaml';

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function articlePathFor(sidecarPath: string): string | undefined {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}
