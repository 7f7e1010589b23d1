/**
 * Renders sidecar entries as YAML text, one entry at a time, so that a new entry can be
 * spliced into an existing file and a new file is the plain concatenation of its entries.
 * Layout: actors and topics are block maps keyed by id; quotations and notes are block list
 * items whose anchor fields sit flat in the item; stored spans inside an entry (mentions,
 * passages, cue) and rejections are one-line flow maps; empty fields and sections are omitted.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Actor, Anchor, Annotations, MergeConflict, Note, Quotation, Rejection, Topic } from '../model';
import { KEYED_SECTIONS, SECTIONS, YAML_OUTPUT_OPTIONS, type SectionName } from './format';
import { entryKey, sectionItems, type SectionItems } from './identity';
import { renderFile, type EntryCodec, type SectionContent } from './splice';

export type Value = Node | string | undefined;

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;
/** A line a literal block scalar (`|`) holds unambiguously: no edge spaces, no control characters. */
const SAFE_BLOCK_LINE = /^(?:[^\s\p{C}](?:[^\p{C}\u2028\u2029]*[^\s\p{C}])?)?$/u;

/**
 * A string scalar. Multi-line texts become literal blocks only when every line is plain
 * (the `yaml` printer gets whitespace-only lines and edge spaces wrong there); otherwise,
 * and always inside flow collections, they are double-quoted with `\n` escapes.
 */
function scalar(text: string, inFlow: boolean): Scalar {
  const node = new Scalar(text);
  if (LINE_BREAK.test(text) && (inFlow || !safeBlock(text))) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function safeBlock(text: string): boolean {
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  return lines[0] !== '' && lines[lines.length - 1] !== '' && lines.every((line) => SAFE_BLOCK_LINE.test(line));
}

export function map(fields: readonly (readonly [string, Value])[], flow = false): YAMLMap {
  const node = new YAMLMap();
  node.flow = flow;
  for (const [key, value] of fields) {
    if (value !== undefined) node.items.push(new Pair(new Scalar(key), typeof value === 'string' ? scalar(value, flow) : value));
  }
  return node;
}

function seq(items: readonly Node[], flow = false): YAMLSeq | undefined {
  if (items.length === 0) return undefined;
  const node = new YAMLSeq();
  node.flow = flow;
  // One push per item: spreading a list of 100,000 entries into `push` overflows the stack.
  for (const item of items) node.items.push(item);
  return node;
}

/** Contexts are always double-quoted: they often start or end with a space or punctuation. */
function context(text: string): Scalar | undefined {
  if (text === '') return undefined;
  const node = new Scalar(text);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function anchorFields(anchor: Anchor): [string, Value][] {
  return [['text', anchor.text], ['before', context(anchor.before)], ['after', context(anchor.after)]];
}

/** A one-line flow map (texts with line breaks are double-quoted, see {@link scalar}). */
function anchorNode(anchor: Anchor): YAMLMap {
  return map(anchorFields(anchor), true);
}

function anchorList(anchors: readonly Anchor[]): YAMLSeq | undefined {
  return seq(anchors.map(anchorNode));
}

export function textList(texts: readonly string[]): YAMLSeq | undefined {
  return seq(texts.map((text) => scalar(text, true)), true);
}

/** The fields every actor has, in a sidecar or in the workspace's shared actors file. */
export function actorFields(actor: Pick<Actor, 'type' | 'name' | 'aliases' | 'note' | 'externalId'>): [string, Value][] {
  return [
    ['type', actor.type],
    ['name', actor.name],
    ['aliases', textList(actor.aliases)],
    ['note', actor.note],
    ['external-id', actor.externalId],
  ];
}

function actorNode(actor: Actor): YAMLMap {
  const mentions = map([['add', anchorList(actor.added)], ['exclude', anchorList(actor.excluded)]]);
  return map([...actorFields(actor), ['mentions', mentions.items.length > 0 ? mentions : undefined]]);
}

function quotationNode(quotation: Quotation): YAMLMap {
  const speaker = quotation.speaker;
  return map([
    ...anchorFields(quotation.anchor),
    ['kind', quotation.kind],
    ['speaker', speaker && 'actor' in speaker ? speaker.actor : undefined],
    ['speaker-text', speaker && 'text' in speaker ? speaker.text : undefined],
    ['cue', quotation.cue && anchorNode(quotation.cue)],
    ['topics', textList(quotation.topics)],
    ['note', quotation.note],
  ]);
}

function topicNode(topic: Topic): YAMLMap {
  return map([['label', topic.label], ['parent', topic.parent], ['passages', anchorList(topic.passages)]]);
}

function noteNode(note: Note): YAMLMap {
  return map([...anchorFields(note.anchor), ['note', note.text]]);
}

function rejectionNode(rejection: Rejection): YAMLMap {
  const node = anchorNode(rejection.anchor);
  node.items.unshift(new Pair(new Scalar('kind'), new Scalar(rejection.kind)));
  return node;
}

/**
 * A value a merge conflict recorded, written as the merge recorded it (the model's shape):
 * a text as any other text, a list or map (an anchor, a whole entry) as one flow line.
 */
function recordedValue(value: unknown, inFlow = false): Node | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return scalar(value, inFlow);
  if (Array.isArray(value)) {
    const node = new YAMLSeq();
    node.flow = true;
    // As in JSON, a hole in a list is written as null.
    for (const item of value as unknown[]) node.items.push(recordedValue(item, true) ?? new Scalar(null));
    return node;
  }
  if (typeof value === 'object' && value !== null) {
    const node = new YAMLMap();
    node.flow = true;
    for (const [key, inner] of Object.entries(value)) {
      const innerNode = recordedValue(inner, true);
      if (innerNode !== undefined) node.items.push(new Pair(new Scalar(key), innerNode));
    }
    return node;
  }
  return new Scalar(value);
}

function conflictNode(conflict: MergeConflict): YAMLMap {
  const entry = conflict.entry;
  return map([
    ['path', conflict.path],
    ['section', conflict.section],
    ['entry', typeof entry === 'string' ? entry : anchorNode(entry)],
    ['field', conflict.field],
    ['base', recordedValue(conflict.base)],
    ['ours', recordedValue(conflict.ours)],
    ['theirs', recordedValue(conflict.theirs)],
  ]);
}

function entryNode<S extends SectionName>(section: S, item: SectionItems[S]): Node {
  switch (section) {
    case 'actors':
      return map([[(item as Actor).id, actorNode(item as Actor)]]);
    case 'topics':
      return map([[(item as Topic).id, topicNode(item as Topic)]]);
    case 'quotations':
      return seq([quotationNode(item as Quotation)]) as YAMLSeq;
    case 'notes':
      return seq([noteNode(item as Note)]) as YAMLSeq;
    case 'rejected':
      return seq([rejectionNode(item as Rejection)]) as YAMLSeq;
    case 'conflicts':
      return seq([conflictNode(item as MergeConflict)]) as YAMLSeq;
  }
  throw new Error(`unknown section ${String(section)}`);
}

/** Prefixes every non-empty line with `indent` (empty lines stay empty: no trailing spaces). */
export function indentLines(text: string, indent: string): string {
  // Split on LF only: a JavaScript `^` with the m flag would also match after U+2028/U+2029.
  return indent === '' ? text : text.split('\n').map((line) => (line === '' ? line : indent + line)).join('\n');
}

/** One entry as YAML lines at the given indentation, ending with a newline. */
export function renderEntry<S extends SectionName>(section: S, item: SectionItems[S], indent: string): string {
  return renderNode(entryNode(section, item), indent);
}

/** A YAML node as lines at the given indentation, ending with a newline. */
export function renderNode(node: Node, indent: string): string {
  return indentLines(new Document(node).toString(YAML_OUTPUT_OPTIONS), indent);
}

/** How the entries of each sidecar section are told apart and written (see splice.ts). */
export function sidecarCodec<S extends SectionName>(section: S): EntryCodec<SectionItems[S]> {
  return { keyed: KEYED_SECTIONS.has(section), key: (item) => entryKey(section, item), render: (item, indent) => renderEntry(section, item, indent) };
}

/** The sections of a sidecar with their entries, in file order. */
export function sidecarSections(annotations: Annotations): SectionContent<SectionName>[] {
  return SECTIONS.map((name) => ({ name, items: sectionItems(annotations, name), codec: sidecarCodec(name) as EntryCodec<unknown> }));
}

/** A complete new sidecar. */
export function renderSidecar(annotations: Annotations): string {
  return renderFile(sidecarSections(annotations));
}
