/**
 * The model of a sidecar without the `yaml` Document, for commands that only read (`stats`,
 * `export`): a sidecar as the writer writes it is read by plainYaml.ts and checked here with the
 * rules of read.ts; any sidecar this path is not sure of, because its YAML leaves the subset or
 * because read.ts would report anything about it (an error or a warning), is read by
 * `parseSidecar` instead. Either way the caller gets what `parseSidecar` gives: the same model,
 * the same problems (none, on this path), each reported with its line and column.
 */
import type { Actor, Anchor, Annotations, Note, Quotation, QuotationKind, Rejection, Speaker, Topic } from '../model';
import {
  ACTOR_FIELDS, ANCHOR_FIELDS, FORMAT_VERSION, MENTIONS_FIELDS, NOTE_FIELDS, QUOTATION_FIELDS, QUOTATION_KINDS, REJECTION_FIELDS,
  REJECTION_KINDS, SECTIONS, TOPIC_FIELDS, VERSION_KEY, type SectionName,
} from './format';
import { findConflictMarkers, checkArticleText } from './guards';
import { entryKey, type SectionItems } from './identity';
import { PlainScalar, readPlainYaml, type PlainMap, type PlainNode } from './plainYaml';
import type { SidecarProblem } from './problems';
import { verbatim } from '../messages';
import { decodeUtf8 } from './decode';
import { normalizeSource, parseSidecar } from './read';
import { sectionEntryIssue } from './validate';

/** What a reading command needs of a sidecar: its model and its problems. */
export interface SidecarModel {
  readonly annotations: Annotations;
  readonly problems: readonly SidecarProblem[];
}

/** The model and problems `parseSidecar(source)` gives, through the quick path when it can. */
export function parseSidecarModel(source: string): SidecarModel {
  const annotations = readSidecarQuickly(source);
  if (annotations) return { annotations, problems: [] };
  const { annotations: read, problems } = parseSidecar(source);
  return { annotations: read, problems };
}

/**
 * The same from a sidecar's bytes (the workspace index reads files): bytes that are not UTF-8
 * go to `parseSidecar`, which says where.
 */
export function parseSidecarModelFromBytes(bytes: Uint8Array): SidecarModel {
  const decoded = decodeUtf8(bytes);
  return decoded.problems.length > 0 ? parseSidecar(decoded) : parseSidecarModel(decoded.text);
}

/**
 * The model of a sidecar that `parseSidecar` reads without any problem, or undefined when
 * this path cannot tell (then `parseSidecar` must read it).
 */
export function readSidecarQuickly(input: string): Annotations | undefined {
  const source = normalizeSource(input);
  if (checkArticleText(source).length > 0 || findConflictMarkers(source).length > 0) return undefined;
  const root = readPlainYaml(source);
  if (root === undefined) return undefined;
  return new ModelReader().read(root);
}

/** Thrown where read.ts would report a problem: the quick path stops, parseSidecar reads. */
class WouldReport {}
const REPORT = new WouldReport();

function report(): never {
  throw REPORT;
}

/** Never shown: an entry with an issue is read by parseSidecar, which says what it is. */
const AN_ENTRY = verbatim('entry');

const isMap = (node: PlainNode): node is PlainMap => node instanceof Map;

/** read.ts's SidecarReader, step by step, for sidecars it accepts without a word. */
class ModelReader {
  private readonly actorRefs: string[] = [];
  private readonly topicRefs: string[] = [];

  read(root: PlainNode): Annotations | undefined {
    try {
      return this.sidecar(root);
    } catch (error) {
      if (error === REPORT) return undefined;
      throw error;
    }
  }

  private sidecar(root: PlainNode): Annotations {
    const fields = this.fields(root, [VERSION_KEY, ...SECTIONS]);
    const version = fields.get(VERSION_KEY);
    // An integer from 1 to the version this reads, written plain (as `yaml` reads a number).
    if (!(version instanceof PlainScalar) || !version.plain || !/^[0-9]+$/.test(version.text)) report();
    const number = Number(version.text);
    if (number < 1 || number > FORMAT_VERSION) report();

    const annotations: Annotations = {
      actors: this.section(fields, 'actors', (node, id) => this.actor(node, id!)),
      quotations: this.section(fields, 'quotations', (node) => this.quotation(node)),
      topics: this.section(fields, 'topics', (node, id) => this.topic(node, id!)),
      notes: this.section(fields, 'notes', (node) => this.note(node)),
      rejected: this.section(fields, 'rejected', (node) => this.rejection(node)),
    };
    // A recorded merge conflict is reported (so that it shows until picked): read.ts's work.
    this.section(fields, 'conflicts', () => report());
    const actorIds = new Set(annotations.actors.map((actor) => actor.id));
    const topicIds = new Set(annotations.topics.map((topic) => topic.id));
    if (!this.actorRefs.every((id) => actorIds.has(id)) || !this.topicRefs.every((id) => topicIds.has(id))) report();
    return annotations;
  }

  private section<T>(fields: PlainMap, name: SectionName, readEntry: (node: PlainNode, id: string | undefined) => T): T[] {
    if (!fields.has(name)) return [];
    const value = fields.get(name)!;
    if (value === null) return [];
    const keyed = name === 'actors' || name === 'topics';
    if (keyed ? !isMap(value) : !Array.isArray(value)) report();
    const items: T[] = [];
    const seen = new Set<string>();
    const add = (item: T) => {
      if (sectionEntryIssue(name, item, AN_ENTRY) !== undefined) report();
      if (!keyed) {
        // The same entry twice is a warning in read.ts.
        const identity = entryKey(name, item as SectionItems[typeof name]);
        if (seen.has(identity)) report();
        seen.add(identity);
      }
      items.push(item);
    };
    if (keyed) {
      for (const [id, node] of value as PlainMap) {
        if (id === '') report();
        add(readEntry(node, id));
      }
    } else {
      for (const node of value as PlainNode[]) add(readEntry(node, undefined));
    }
    return items;
  }

  private actor(node: PlainNode, id: string): Actor {
    const fields = this.fields(node, ACTOR_FIELDS);
    const type = this.nonEmptyText(fields, 'type');
    const name = this.nonEmptyText(fields, 'name');
    const aliases = this.textList(fields.get('aliases'));
    const note = this.optionalText(fields.get('note'));
    const externalId = this.optionalText(fields.get('external-id'));
    let added: Anchor[] = [];
    let excluded: Anchor[] = [];
    const mentions = fields.get('mentions');
    if (mentions !== undefined && mentions !== null) {
      const lists = this.fields(mentions, MENTIONS_FIELDS);
      added = this.anchorList(lists.get('add'));
      excluded = this.anchorList(lists.get('exclude'));
    }
    return { id, type, name, aliases, ...(note !== undefined && { note }), ...(externalId !== undefined && { externalId }), added, excluded };
  }

  private quotation(node: PlainNode): Quotation {
    const fields = this.fields(node, QUOTATION_FIELDS);
    const anchor = this.anchorOf(fields);
    const speakerId = this.optionalText(fields.get('speaker'));
    const speakerText = this.optionalText(fields.get('speaker-text'));
    if (speakerId !== undefined && speakerText !== undefined) report();
    let speaker: Speaker | undefined;
    if (speakerId !== undefined) {
      speaker = { actor: speakerId };
      this.actorRefs.push(speakerId);
    } else if (speakerText !== undefined) {
      speaker = { text: speakerText };
    }
    const cueNode = fields.get('cue');
    const cue = cueNode === undefined || cueNode === null ? undefined : this.anchorOf(this.fields(cueNode, ANCHOR_FIELDS));
    const topics = this.textList(fields.get('topics'));
    for (const topic of topics) this.topicRefs.push(topic);
    const note = this.optionalText(fields.get('note'));
    const kind = this.optionalText(fields.get('kind'));
    if (kind !== undefined && !(QUOTATION_KINDS as readonly string[]).includes(kind)) report();
    return { anchor, ...(kind !== undefined && { kind: kind as QuotationKind }), ...(speaker && { speaker }), ...(cue && { cue }), topics, ...(note !== undefined && { note }) };
  }

  private topic(node: PlainNode, id: string): Topic {
    const fields = this.fields(node, TOPIC_FIELDS);
    const label = this.requiredText(fields, 'label');
    const parent = this.optionalText(fields.get('parent'));
    if (parent !== undefined) {
      if (parent === id) report();
      this.topicRefs.push(parent);
    }
    const passages = this.anchorList(fields.get('passages'));
    return { id, label, ...(parent !== undefined && { parent }), passages };
  }

  private note(node: PlainNode): Note {
    const fields = this.fields(node, NOTE_FIELDS);
    const anchor = this.anchorOf(fields);
    return { anchor, text: this.requiredText(fields, 'note') };
  }

  private rejection(node: PlainNode): Rejection {
    const fields = this.fields(node, REJECTION_FIELDS);
    const kind = this.requiredText(fields, 'kind');
    const anchor = this.anchorOf(fields);
    if (!(REJECTION_KINDS as readonly string[]).includes(kind)) report();
    return { kind: kind as Rejection['kind'], anchor };
  }

  /** A map's fields; a key read.ts does not know is a warning there. */
  private fields(node: PlainNode, allowed: readonly string[]): PlainMap {
    if (!isMap(node)) report();
    for (const key of node.keys()) if (!allowed.includes(key)) report();
    return node;
  }

  private anchorOf(fields: PlainMap): Anchor {
    const text = this.optionalText(fields.get('text'));
    if (text === undefined || text === '') report();
    return { text, before: this.optionalText(fields.get('before')) ?? '', after: this.optionalText(fields.get('after')) ?? '' };
  }

  private anchorList(node: PlainNode | undefined): Anchor[] {
    if (node === undefined || node === null) return [];
    if (!Array.isArray(node)) report();
    return node.map((item) => this.anchorOf(this.fields(item, ANCHOR_FIELDS)));
  }

  private textList(node: PlainNode | undefined): string[] {
    if (node === undefined || node === null) return [];
    if (!Array.isArray(node)) report();
    return node.map((item) => {
      if (!(item instanceof PlainScalar) || item.text === '') report();
      return item.text;
    });
  }

  private optionalText(node: PlainNode | undefined): string | undefined {
    if (node === undefined || node === null) return undefined;
    if (!(node instanceof PlainScalar)) report();
    return node.text;
  }

  private requiredText(fields: PlainMap, name: string): string {
    const text = this.optionalText(fields.get(name));
    if (text === undefined) report();
    return text;
  }

  private nonEmptyText(fields: PlainMap, name: string): string {
    const text = this.requiredText(fields, name);
    if (text === '') report();
    return text;
  }
}
