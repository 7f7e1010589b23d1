/**
 * Renders sidecar entries as YAML text, one entry at a time, so that a new entry can be
 * spliced into an existing file and a new file is the plain concatenation of its entries.
 * Layout: actors and topics are block maps keyed by id; quotations and notes are block list
 * items whose anchor fields sit flat in the item; stored spans inside an entry (mentions,
 * passages, cue) and rejections are one-line flow maps; empty fields and sections are omitted.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import type { Actor, Anchor, Annotations, Note, Quotation, Rejection, Topic } from '../model';
import { FORMAT_VERSION, KEYED_SECTIONS, SECTIONS, VERSION_KEY, YAML_OUTPUT_OPTIONS, type SectionName } from './format';
import { entryKey, type SectionItems } from './identity';

type Value = Node | string | undefined;

function map(fields: readonly (readonly [string, Value])[], flow = false): YAMLMap {
  const node = new YAMLMap();
  node.flow = flow;
  for (const [key, value] of fields) {
    if (value !== undefined) node.items.push(new Pair(new Scalar(key), typeof value === 'string' ? new Scalar(value) : value));
  }
  return node;
}

function seq(items: readonly Node[], flow = false): YAMLSeq | undefined {
  if (items.length === 0) return undefined;
  const node = new YAMLSeq();
  node.flow = flow;
  node.items.push(...items);
  return node;
}

const nonEmpty = (text: string): string | undefined => (text === '' ? undefined : text);

function anchorFields(anchor: Anchor): [string, Value][] {
  return [['text', anchor.text], ['before', nonEmpty(anchor.before)], ['after', nonEmpty(anchor.after)]];
}

function anchorNode(anchor: Anchor): YAMLMap {
  return map(anchorFields(anchor), true);
}

function anchorList(anchors: readonly Anchor[]): YAMLSeq | undefined {
  return seq(anchors.map(anchorNode));
}

function textList(texts: readonly string[]): YAMLSeq | undefined {
  return seq(texts.map((text) => new Scalar(text)), true);
}

function actorNode(actor: Actor): YAMLMap {
  const mentions = map([['add', anchorList(actor.added)], ['exclude', anchorList(actor.excluded)]]);
  return map([
    ['type', actor.type],
    ['name', actor.name],
    ['aliases', textList(actor.aliases)],
    ['note', actor.note],
    ['external-id', actor.externalId],
    ['mentions', mentions.items.length > 0 ? mentions : undefined],
  ]);
}

function quotationNode(quotation: Quotation): YAMLMap {
  const speaker = quotation.speaker;
  return map([
    ...anchorFields(quotation.anchor),
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
  return map([['kind', rejection.kind], ...anchorFields(rejection.anchor)], true);
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
  }
  throw new Error(`unknown section ${String(section)}`);
}

/** Prefixes every non-empty line with `indent` (empty lines stay empty: no trailing spaces). */
export function indentLines(text: string, indent: string): string {
  return indent === '' ? text : text.replace(/^(?=.)/gm, indent);
}

/** One entry as YAML lines at the given indentation, ending with a newline. */
export function renderEntry<S extends SectionName>(section: S, item: SectionItems[S], indent: string): string {
  return indentLines(new Document(entryNode(section, item)).toString(YAML_OUTPUT_OPTIONS), indent);
}

/** Entries of a section in file order: keyed sections sorted by id, lists in model order. */
export function orderedItems<S extends SectionName>(section: S, items: readonly SectionItems[S][]): readonly SectionItems[S][] {
  if (!KEYED_SECTIONS.has(section)) return items;
  return [...items].sort((a, b) => compareKeys(entryKey(section, a), entryKey(section, b)));
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A whole section (`name:` and its entries), or '' when it has no entries. */
export function renderSection<S extends SectionName>(section: S, items: readonly SectionItems[S][]): string {
  if (items.length === 0) return '';
  return section + ':\n' + orderedItems(section, items).map((item) => renderEntry(section, item, '  ')).join('');
}

/** A complete new sidecar. */
export function renderSidecar(annotations: Annotations): string {
  let text = `${VERSION_KEY}: ${FORMAT_VERSION}\n`;
  for (const section of SECTIONS) text += renderSection(section, annotations[section] as SectionItems[typeof section][]);
  return text;
}
