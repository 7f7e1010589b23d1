/**
 * The vocabulary of the sidecar file: its version key, its sections and their field names.
 * Reader, writer and JSON Schema (schemas/ann.schema.json) share these names.
 */
import type { AnnotationSection } from '../model';

/** The format this version of Marginalia reads and writes. */
export const FORMAT_VERSION = 1;
/** The top-level key holding the format version: `marginalia: 1`. */
export const VERSION_KEY = 'marginalia';

/**
 * Top-level sections in the order a new file gets them. `conflicts` holds what a three-way
 * merge could not decide (see `marginalia merge-driver`); it is empty in a settled file.
 */
export const SECTIONS = ['actors', 'quotations', 'topics', 'notes', 'rejected', 'conflicts'] as const;
export type SectionName = (typeof SECTIONS)[number];

/** Sections that are maps keyed by id (entries sorted by id when inserted). */
export const KEYED_SECTIONS: ReadonlySet<SectionName> = new Set(['actors', 'topics']);

export const ANCHOR_FIELDS = ['text', 'before', 'after'] as const;
export const ACTOR_FIELDS = ['type', 'name', 'aliases', 'note', 'external-id', 'mentions'] as const;
export const MENTIONS_FIELDS = ['add', 'exclude'] as const;
export const QUOTATION_FIELDS = [...ANCHOR_FIELDS, 'kind', 'speaker', 'speaker-text', 'cue', 'topics', 'note'] as const;
/** Kinds of quotation a sidecar may name; a quotation without `kind` is direct speech. */
export const QUOTATION_KINDS = ['indirect'] as const;
export const TOPIC_FIELDS = ['label', 'parent', 'passages'] as const;
export const NOTE_FIELDS = [...ANCHOR_FIELDS, 'note'] as const;
export const REJECTION_FIELDS = ['kind', ...ANCHOR_FIELDS] as const;
export const REJECTION_KINDS = ['actor', 'quotation'] as const;
/** A recorded merge conflict: where it is, then the three sides' values (each may be absent). */
export const CONFLICT_FIELDS = ['path', 'section', 'entry', 'field', 'base', 'ours', 'theirs'] as const;
/** The sections a merge conflict may point into (the model's entry sections). */
export const CONFLICT_SECTIONS = ['actors', 'quotations', 'topics', 'notes', 'rejected'] as const satisfies readonly AnnotationSection[];

/** Options for every YAML text the writer produces: no folding, so one value is one line. */
export const YAML_OUTPUT_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  indent: 2,
  indentSeq: true,
  flowCollectionPadding: false,
} as const;
