/**
 * The sidecar reader and writer the CLI commands of this file's users (merge-driver, stats)
 * go through. INTERIM: a minimal reading and writing of the sidecar format with the `yaml`
 * package, so the git side can be tested end to end before `src/core/sidecar` lands; the
 * lead points `sidecarCodec` at `parseSidecar` / `writeSidecar` and deletes the rest.
 */
import { parseDocument, stringify } from 'yaml';
import type { Actor, Anchor, Annotations, MergeConflict, Note, Quotation, Rejection, Speaker, Topic } from '../core/model';

export interface SidecarProblemLike {
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface ParsedSidecarLike {
  readonly annotations: Annotations;
  readonly problems: readonly SidecarProblemLike[];
}

/** Reads and writes sidecars: the shape of `parseSidecar` / `writeSidecar` of `src/core/sidecar`. */
export interface SidecarCodec {
  parse(source: string): ParsedSidecarLike;
  /** Serialises; `previousSource` lets the writer keep the layout and comments of the file. */
  write(annotations: Annotations, previousSource?: string): string;
}

/** A sidecar is usable when reading it found no error (warnings allowed). */
export function isReadable(parsed: ParsedSidecarLike): boolean {
  return !parsed.problems.some((problem) => problem.severity === 'error');
}

export const sidecarCodec: SidecarCodec = { parse: parseInterim, write: writeInterim };

// ---- interim implementation, replaced by src/core/sidecar ----

type Yaml = Record<string, unknown>;

class InterimSidecarError extends Error {}

function parseInterim(source: string): ParsedSidecarLike {
  const empty: Annotations = { actors: [], quotations: [], topics: [], notes: [], rejected: [] };
  const marker = /^(<{7}|={7}|>{7}|\|{7})(?:[ \t].*)?$/m.exec(source);
  if (marker !== null) {
    const line = source.slice(0, marker.index).split('\n').length;
    return { annotations: empty, problems: [{ line, column: 1, severity: 'error', message: `git conflict marker '${marker[1]}'` }] };
  }
  const document = parseDocument(source.replace(/^\uFEFF/, ''), { prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      annotations: empty,
      problems: document.errors.map((error) => ({
        line: error.linePos?.[0].line ?? 1, column: error.linePos?.[0].col ?? 1, severity: 'error' as const,
        message: error.message.split('\n')[0],
      })),
    };
  }
  try {
    const root = document.toJS() as unknown;
    if (root !== null && root !== undefined && !isRecord(root)) throw new InterimSidecarError('the sidecar is not a mapping');
    const top = (root ?? {}) as Yaml;
    const annotations: Annotations = {
      actors: Object.entries(record(top.actors)).map(([id, value]) => readActor(id, record(value))),
      quotations: list(top.quotations).map((value) => readQuotation(record(value))),
      topics: Object.entries(record(top.topics)).map(([id, value]) => readTopic(id, record(value))),
      notes: list(top.notes).map((value) => readNote(record(value))),
      rejected: list(top.rejected).map((value) => readRejection(record(value))),
    };
    const conflicts = list(top.conflicts) as MergeConflict[];
    return { annotations: conflicts.length > 0 ? { ...annotations, conflicts } : annotations, problems: [] };
  } catch (error) {
    if (!(error instanceof InterimSidecarError)) throw error;
    return { annotations: empty, problems: [{ line: 1, column: 1, severity: 'error', message: error.message }] };
  }
}

function writeInterim(annotations: Annotations, _previousSource?: string): string {
  const out: Yaml = { marginalia: 1 };
  if (annotations.actors.length > 0) {
    out.actors = Object.fromEntries(annotations.actors.map((actor) => [actor.id, compact({
      type: actor.type, name: actor.name,
      aliases: actor.aliases.length > 0 ? actor.aliases : undefined,
      note: actor.note, 'external-id': actor.externalId,
      mentions: actor.added.length + actor.excluded.length > 0
        ? compact({ add: nonEmpty(actor.added.map(writeAnchor)), exclude: nonEmpty(actor.excluded.map(writeAnchor)) })
        : undefined,
    })]));
  }
  if (annotations.quotations.length > 0) {
    out.quotations = annotations.quotations.map((q) => compact({
      ...writeAnchor(q.anchor),
      speaker: q.speaker !== undefined && 'actor' in q.speaker ? q.speaker.actor : undefined,
      'speaker-text': q.speaker !== undefined && 'text' in q.speaker ? q.speaker.text : undefined,
      cue: q.cue !== undefined ? writeAnchor(q.cue) : undefined,
      topics: nonEmpty(q.topics), note: q.note,
    }));
  }
  if (annotations.topics.length > 0) {
    out.topics = Object.fromEntries(annotations.topics.map((t) => [t.id, compact({
      label: t.label, parent: t.parent, passages: nonEmpty(t.passages.map(writeAnchor)),
    })]));
  }
  if (annotations.notes.length > 0) out.notes = annotations.notes.map((n) => ({ ...writeAnchor(n.anchor), note: n.text }));
  if (annotations.rejected.length > 0) out.rejected = annotations.rejected.map((r) => ({ kind: r.kind, ...writeAnchor(r.anchor) }));
  if (annotations.conflicts !== undefined && annotations.conflicts.length > 0) out.conflicts = annotations.conflicts;
  return stringify(out, { lineWidth: 0 });
}

function readActor(id: string, value: Yaml): Actor {
  const mentions = record(value.mentions);
  return compact({
    id, type: string(value.type, `actors.${id}.type`), name: string(value.name, `actors.${id}.name`),
    aliases: list(value.aliases).map((alias) => string(alias, `actors.${id}.aliases`)),
    note: optionalString(value.note), externalId: optionalString(value['external-id']),
    added: list(mentions.add).map((anchor) => readAnchor(record(anchor))),
    excluded: list(mentions.exclude).map((anchor) => readAnchor(record(anchor))),
  }) as unknown as Actor;
}

function readQuotation(value: Yaml): Quotation {
  const speaker: Speaker | undefined = typeof value.speaker === 'string' ? { actor: value.speaker }
    : typeof value['speaker-text'] === 'string' ? { text: value['speaker-text'] } : undefined;
  return compact({
    anchor: readAnchor(value), speaker,
    cue: value.cue !== undefined ? readAnchor(record(value.cue)) : undefined,
    topics: list(value.topics).map((topic) => string(topic, 'quotation topics')), note: optionalString(value.note),
  }) as unknown as Quotation;
}

function readTopic(id: string, value: Yaml): Topic {
  return compact({
    id, label: string(value.label ?? id, `topics.${id}.label`), parent: optionalString(value.parent),
    passages: list(value.passages).map((anchor) => readAnchor(record(anchor))),
  }) as unknown as Topic;
}

function readNote(value: Yaml): Note {
  return { anchor: readAnchor(value), text: string(value.note, 'notes.note') };
}

function readRejection(value: Yaml): Rejection {
  const kind = value.kind === 'quotation' ? 'quotation' : 'actor';
  return { kind, anchor: readAnchor(value) };
}

function readAnchor(value: Yaml): Anchor {
  return { text: string(value.text, 'anchor text'), before: optionalString(value.before) ?? '', after: optionalString(value.after) ?? '' };
}

function writeAnchor(anchor: Anchor): Yaml {
  return { text: anchor.text, before: anchor.before, after: anchor.after };
}

function isRecord(value: unknown): value is Yaml {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Yaml {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new InterimSidecarError(`expected a mapping, found ${JSON.stringify(value)}`);
  return value;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new InterimSidecarError(`expected a list, found ${JSON.stringify(value)}`);
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new InterimSidecarError(`${where}: expected text`);
}

function optionalString(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : string(value, 'field');
}

function nonEmpty<T>(values: readonly T[]): readonly T[] | undefined {
  return values.length > 0 ? values : undefined;
}

function compact(value: Yaml): Yaml {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

