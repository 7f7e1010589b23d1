/**
 * Reads a sidecar (`article.txt.ann.yaml`) into the model, reporting every problem with its
 * line and column instead of throwing, and records where each entry lives for the writer.
 */
import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import {
  EMPTY_ANNOTATIONS, type Actor, type Anchor, type Annotations, type AnnotationSection, type MergeConflict, type MergeValue,
  type Note, type Quotation, type QuotationKind, type Rejection, type Speaker, type Topic,
} from '../model';
import {
  ACTOR_FIELDS, ANCHOR_FIELDS, CONFLICT_FIELDS, CONFLICT_SECTIONS, FORMAT_VERSION, KEYED_SECTIONS, MENTIONS_FIELDS, NOTE_FIELDS,
  QUOTATION_FIELDS, QUOTATION_KINDS, REJECTION_FIELDS, REJECTION_KINDS, SECTIONS, TOPIC_FIELDS, VERSION_KEY, type SectionName,
} from './format';
import { formatMessage, message, verbatim, type Message, type MessageArgument } from '../messages';
import { truncate } from '../shorten';
import { decodeUtf8, type DecodedText } from './decode';
import { checkArticleText, findConflictMarkers } from './guards';
import { FieldReader, isNull, range, type Field, type SectionRules } from './fieldReader';
import { entryKey, type SectionItems } from './identity';
import { lastContent, type SidecarLayout } from './layout';
import { LineIndex, problemAt, type SidecarProblem } from './problems';
import { conflictFields, isConflictField, recordedValueIssue, sectionEntryIssue } from './validate';

/** A sidecar as read: the model, its problems, and what the writer needs to write it back. */
export interface ParsedSidecar {
  readonly annotations: Annotations;
  readonly problems: readonly SidecarProblem[];
  /** The YAML document (comments and all); empty when the source could not be parsed. */
  readonly document: Document;
  /** The source as read: BOM stripped, line endings LF. */
  readonly source: string;
  readonly layout: SidecarLayout;
  /** Every anchor read, with where it is written: for reporting orphans at their entry. */
  readonly anchorSites: readonly AnchorSite[];
}

/** An anchor of the sidecar and its position (1-based) in the sidecar. */
export interface AnchorSite {
  readonly anchor: Anchor;
  /** What the anchor belongs to, e.g. "a quotation", "added mentions of 'francisca-bostyn'". */
  readonly what: string;
  readonly line: number;
  readonly column: number;
}

const EMPTY_LAYOUT: SidecarLayout = { splicable: false, hasVersion: false, sections: new Map() };

/** Strips a BOM and turns CRLF/CR line endings into LF (sidecars are written with LF). */
export function normalizeSource(source: string): string {
  const withoutBom = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/**
 * Parses a sidecar, given as text, as the file's bytes (then bytes that are not UTF-8 are an
 * error at the first of them, rather than text silently replaced) or as those bytes already
 * decoded by {@link decodeUtf8} (a host that reads once and compares the text before parsing). Never throws on bad input:
 * problems are returned, each with a 1-based line and column. When a problem is an error, the
 * model may be incomplete and the file must not be overwritten (see `isWritable`).
 */
export function parseSidecar(input: string | Uint8Array | DecodedText): ParsedSidecar {
  const decoded = typeof input === 'string' ? undefined : input instanceof Uint8Array ? decodeUtf8(input) : input;
  const source = normalizeSource(decoded ? decoded.text : (input as string));
  const refused = (problems: SidecarProblem[]): ParsedSidecar =>
    ({ annotations: EMPTY_ANNOTATIONS, problems, document: new Document(), source, layout: EMPTY_LAYOUT, anchorSites: [] });

  if (decoded && decoded.problems.length > 0) return refused(decoded.problems);
  const guarded = checkArticleText(source);
  if (guarded.length > 0) return refused(guarded);
  const conflicts = findConflictMarkers(source);
  if (conflicts.length > 0) return refused(conflicts);

  const lines = new LineIndex(source);
  try {
    return readSource(source, lines, refused);
  } catch (error) {
    // A nesting so deep that a parser or the reader ran out of stack: the one failure no check
    // can foresee cheaply. Reported like any other problem rather than thrown.
    if (!(error instanceof RangeError)) throw error;
    return refused([problemAt(lines, 0, 0, 'error', 'yaml-syntax', TOO_DEEP)]);
  }
}

const TOO_DEEP = message('the YAML nests too deeply to be read (a sidecar nests a few levels only)');

function readSource(source: string, lines: LineIndex, refused: (problems: SidecarProblem[]) => ParsedSidecar): ParsedSidecar {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const yamlProblems = [...document.errors, ...document.warnings].map((error) => {
    const [start, end] = error.pos;
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    // The parser catches its own stack overflow and reports it as an error at the place.
    if (/call stack/i.test(message)) return problemAt(lines, start, end, 'error', 'yaml-syntax', TOO_DEEP);
    // The YAML parser's own words: not Marginalia's to translate.
    return problemAt(lines, start, end, error.name === 'YAMLParseError' ? 'error' : 'warning', 'yaml-syntax', verbatim(message));
  });
  if (document.errors.length > 0) return { ...refused(yamlProblems), document };

  const reader = new SidecarReader(source, lines);
  for (const problem of yamlProblems) reader.problems.push(problem);
  const annotations = reader.read(document.contents);
  const problems = reader.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { annotations, problems, document, source, layout: reader.layout(), anchorSites: reader.anchorSites };
}

/** Where a reference to an id was made, checked once every section is read. */
interface Reference {
  readonly kind: 'actor' | 'topic';
  readonly id: string;
  readonly node: Node;
  /** What refers: the speaker, a topic, a parent topic. */
  readonly what: Message;
}

class SidecarReader extends FieldReader<SectionName> {
  readonly anchorSites: AnchorSite[] = [];
  private readonly references: Reference[] = [];

  constructor(source: string, lines: LineIndex) {
    super(source, lines, SIDECAR_RULES);
  }

  layout(): SidecarLayout {
    return { splicable: this.splicable, hasVersion: this.hasVersion, firstKeyStart: this.firstKeyStart, sections: this.sections };
  }

  read(contents: Node | null): Annotations {
    const fields = this.header(contents, SECTIONS, message('the sidecar'),
      message('not a Marginalia sidecar: expected a map with {0}', SECTIONS.join(', ')),
      message("missing '{0}: {1}' (the format version) at the top of the sidecar", VERSION_KEY, FORMAT_VERSION));
    if (!fields) return EMPTY_ANNOTATIONS;

    const annotations: Annotations = {
      actors: this.section(fields.get('actors'), 'actors', (node, key) => this.actor(node, key)),
      quotations: this.section(fields.get('quotations'), 'quotations', (node) => this.quotation(node)),
      topics: this.section(fields.get('topics'), 'topics', (node, key) => this.topic(node, key)),
      notes: this.section(fields.get('notes'), 'notes', (node) => this.note(node)),
      rejected: this.section(fields.get('rejected'), 'rejected', (node) => this.rejection(node)),
    };
    this.checkReferences(annotations);
    const conflicts = this.section(fields.get('conflicts'), 'conflicts', (node) => this.conflict(node));
    return conflicts.length > 0 ? { ...annotations, conflicts } : annotations;
  }

  private actor(node: Node | null, keyNode: Node | undefined): Actor | undefined {
    const core = this.actorCore(node, keyNode, ACTOR_FIELDS);
    if (!core) return undefined;
    const { id, fields, type, name, aliases, note, externalId } = core;
    let added: Anchor[] = [];
    let excluded: Anchor[] = [];
    const mentionsField = fields.get('mentions');
    if (mentionsField && !isNull(mentionsField.value)) {
      const mentions = this.entryFields(mentionsField.value, MENTIONS_FIELDS, message("mentions of '{0}'", id));
      if (mentions) {
        added = this.anchorList(mentions.get('add'), message("added mentions of '{0}'", id));
        excluded = this.anchorList(mentions.get('exclude'), message("excluded mentions of '{0}'", id));
      }
    }
    if (type === undefined || name === undefined) return undefined;
    return {
      id, type, name, aliases, ...(note !== undefined && { note }), ...(externalId !== undefined && { externalId }), added, excluded,
    };
  }

  private quotation(node: Node | null): Quotation | undefined {
    const quotation = message('a quotation');
    const fields = this.entryFields(node, QUOTATION_FIELDS, quotation);
    if (!fields) return undefined;
    const anchor = this.anchorFromFields(fields, node, quotation);
    const speakerId = this.optionalString(fields.get('speaker'));
    const speakerText = this.optionalString(fields.get('speaker-text'));
    let speaker: Speaker | undefined;
    if (speakerId !== undefined && speakerText !== undefined) {
      this.error(fields.get('speaker-text')?.key ?? node, 'conflicting-fields',
        message("a quotation has either 'speaker' (an actor id) or 'speaker-text' (free text), not both"));
    } else if (speakerId !== undefined) {
      speaker = { actor: speakerId };
      this.references.push({ kind: 'actor', id: speakerId, node: fields.get('speaker')?.value as Node, what: message('speaker') });
    } else if (speakerText !== undefined) {
      speaker = { text: speakerText };
    }
    const cueField = fields.get('cue');
    const cue = cueField && !isNull(cueField.value) ? this.anchor(cueField.value, message('the cue of a quotation')) : undefined;
    const topics = this.stringList(fields.get('topics'), message('topics of a quotation'), (id, item) =>
      this.references.push({ kind: 'topic', id, node: item, what: message('topic') }));
    const note = this.optionalString(fields.get('note'));
    const kind = this.optionalString(fields.get('kind'));
    const knownKind = kind !== undefined && (QUOTATION_KINDS as readonly string[]).includes(kind);
    if (kind !== undefined && !knownKind) {
      this.error(fields.get('kind')?.value ?? node, 'wrong-type', message("'kind' must be one of {0}", QUOTATION_KINDS.join(', ')));
    }
    if (!anchor) return undefined;
    return { anchor, ...(knownKind && { kind: kind as QuotationKind }), ...(speaker && { speaker }), ...(cue && { cue }), topics, ...(note !== undefined && { note }) };
  }

  private topic(node: Node | null, keyNode: Node | undefined): Topic | undefined {
    const id = this.scalarText(keyNode ?? null) as string;
    const topic = message("topic '{0}'", id);
    const fields = this.entryFields(node, TOPIC_FIELDS, topic);
    if (!fields) return undefined;
    const label = this.requiredString(fields, 'label', node, topic);
    const parent = this.optionalString(fields.get('parent'));
    if (parent !== undefined) {
      const parentNode = fields.get('parent')?.value as Node;
      if (parent === id) this.error(parentNode, 'unknown-reference', message("topic '{0}' cannot be its own parent", id));
      else this.references.push({ kind: 'topic', id: parent, node: parentNode, what: message('parent topic') });
    }
    const passages = this.anchorList(fields.get('passages'), message("passages of topic '{0}'", id));
    if (label === undefined) return undefined;
    return { id, label, ...(parent !== undefined && { parent }), passages };
  }

  private note(node: Node | null): Note | undefined {
    const note = message('a note');
    const fields = this.entryFields(node, NOTE_FIELDS, note);
    if (!fields) return undefined;
    const anchor = this.anchorFromFields(fields, node, note);
    const text = this.requiredString(fields, 'note', node, note);
    return anchor && text !== undefined ? { anchor, text } : undefined;
  }

  private rejection(node: Node | null): Rejection | undefined {
    const rejection = message('a rejected suggestion');
    const fields = this.entryFields(node, REJECTION_FIELDS, rejection);
    if (!fields) return undefined;
    const kind = this.requiredString(fields, 'kind', node, rejection);
    const anchor = this.anchorFromFields(fields, node, rejection);
    if (kind !== undefined && !(REJECTION_KINDS as readonly string[]).includes(kind)) {
      this.error(fields.get('kind')?.value ?? node, 'wrong-type', message("'kind' must be one of {0}", REJECTION_KINDS.join(', ')));
      return undefined;
    }
    return anchor && kind !== undefined ? { kind: kind as Rejection['kind'], anchor } : undefined;
  }

  /**
   * A merge conflict the merge driver recorded. A well-formed one is valid data, but it is
   * reported as an error at its entry (code `merge-conflict-recorded`, which does not block
   * writing) so that the editor and `marginalia check` show it until the user picks a side.
   */
  private conflict(node: Node | null): MergeConflict | undefined {
    const what = message('a merge conflict');
    const fields = this.entryFields(node, CONFLICT_FIELDS, what);
    if (!fields) return undefined;
    const path = this.requiredString(fields, 'path', node, what, true);
    const sectionText = this.requiredString(fields, 'section', node, what);
    const section = CONFLICT_SECTIONS.find((name) => name === sectionText);
    if (sectionText !== undefined && section === undefined) {
      this.error(fields.get('section')?.value, 'wrong-type', message("'section' of {0} must be one of {1}", what, CONFLICT_SECTIONS.join(', ')));
    }
    const entry = this.conflictEntry(fields, node, section);
    const field = this.optionalString(fields.get('field'));
    let fieldOk = true;
    if (field !== undefined && section !== undefined && !isConflictField(section, field)) {
      this.error(fields.get('field')?.value, 'wrong-type',
        message("'field' of {0} must be a field of an entry of '{1}': {2}", what, section, conflictFields(section).join(', ')));
      fieldOk = false;
    }
    const located = section !== undefined && entry !== undefined && fieldOk ? { section, entry, field } : undefined;
    const [base, ours, theirs] = (['base', 'ours', 'theirs'] as const).map((side) => this.recordedValue(fields.get(side), side, located));
    if (path === undefined || located === undefined || [base, ours, theirs].includes(INVALID)) return undefined;
    const conflict: MergeConflict = {
      path, section: located.section, entry: located.entry,
      ...(field !== undefined && { field }),
      ...(base !== undefined && { base: base as MergeValue }),
      ...(ours !== undefined && { ours: ours as MergeValue }),
      ...(theirs !== undefined && { theirs: theirs as MergeValue }),
    };
    // Up to the entry's last character, not into the next line.
    const [start, end] = range(node as Node);
    this.problems.push(problemAt(this.lines, start, lastContent(this.source, start, end) + 1, 'error', 'merge-conflict-recorded',
      message('merge conflict recorded: {0}; the file keeps ours until you pick a side (then this entry goes)', describeConflictMessage(conflict))));
    return conflict;
  }

  /** The entry a conflict points at: an id in actors and topics, an anchor elsewhere. */
  private conflictEntry(fields: Map<string, Field>, node: Node | null, section: AnnotationSection | undefined): string | Anchor | undefined {
    const field = fields.get('entry');
    if (!field || isNull(field.value)) {
      this.error(field?.key ?? node, 'missing-field', message("a merge conflict needs 'entry' (the id or the anchor of the entry in conflict)"));
      return undefined;
    }
    const byId = section === undefined ? isScalar(field.value) : KEYED_SECTIONS.has(section);
    if (!byId) return this.anchor(field.value, message('the entry of a merge conflict'), false);
    const id = this.scalarText(field.value);
    if (id === undefined || id === '') {
      this.error(field.value, 'wrong-type', message("'entry' of a merge conflict in '{0}' must be an id", section ?? 'actors'));
      return undefined;
    }
    return id;
  }

  /**
   * A side's value of a conflict, as plain data in the model's shape (null or no key: absent);
   * {@link INVALID} (and an error) when it is not a value its field or section can take, so
   * that picking a side never writes a file the reader rejects.
   */
  private recordedValue(field: Field | undefined, side: string, located: Parameters<typeof recordedValueIssue>[0] | undefined): unknown {
    if (!field || isNull(field.value)) return undefined;
    const value = this.plainValue(field.value as Node, 0);
    if (value === INVALID || located === undefined) return value;
    const issue = recordedValueIssue(located, value, message("'{0}' of a merge conflict", side));
    // Checked: only the model's own field names are left, so plain objects are safe again.
    if (!issue) return withPlainObjects(value);
    this.error(field.value, 'wrong-type', issue);
    return INVALID;
  }

  /**
   * A YAML value as plain data: texts (as the user typed them), lists and maps (null-prototype,
   * so that no key reaches Object.prototype). No aliases (an alias bomb would expand a few lines
   * into gigabytes) and a bounded depth (a model value is an entry with a list of anchors).
   */
  private plainValue(node: Node | null, depth: number): unknown {
    if (isAlias(node)) {
      this.error(node, 'wrong-type', message('aliases (*{0}) are not allowed in a sidecar; write the value out', String(node.source)));
      return INVALID;
    }
    if (depth > MAX_VALUE_DEPTH) {
      this.error(node, 'wrong-type', message('a value recorded in a merge conflict nests at most {0} levels', MAX_VALUE_DEPTH));
      return INVALID;
    }
    if (isSeq(node)) {
      const list: unknown[] = [];
      for (const item of node.items) {
        const value = this.plainValue(item as Node | null, depth + 1);
        if (value === INVALID) return INVALID;
        list.push(value);
      }
      return list;
    }
    if (isMap(node)) {
      const record = Object.create(null) as Record<string, unknown>;
      for (const pair of node.items) {
        const key = this.scalarText(pair.key as Node | null);
        if (key === undefined || Object.hasOwn(record, key)) {
          this.error((pair.key as Node | null) ?? node, key === undefined ? 'wrong-type' : 'duplicate-key',
            key === undefined ? message('keys of {0} must be plain names', message('a merge conflict')) : message("duplicate key '{0}' in {1}", key, message('a merge conflict')));
          return INVALID;
        }
        const value = isNull(pair.value as Node | null) ? undefined : this.plainValue(pair.value as Node, depth + 1);
        if (value === INVALID) return INVALID;
        if (value !== undefined) record[key] = value;
      }
      return record;
    }
    return this.scalarText(node) ?? null;
  }

  private checkReferences(annotations: Annotations): void {
    const actorIds = new Set(annotations.actors.map((actor) => actor.id));
    const topicIds = new Set(annotations.topics.map((topic) => topic.id));
    for (const reference of this.references) {
      const known = reference.kind === 'actor' ? actorIds : topicIds;
      if (!known.has(reference.id)) {
        this.error(reference.node, 'unknown-reference', reference.kind === 'actor'
          ? message("{0} '{1}' is not an actor of this sidecar (use 'speaker-text' for a speaker who is not an actor)", reference.what, reference.id)
          : message("{0} '{1}' is not a topic of this sidecar", reference.what, reference.id));
      }
    }
  }

  // ── Building blocks ────────────────────────────────────────────────────────────────────

  private anchorList(field: Field | undefined, what: Message): Anchor[] {
    if (!field || isNull(field.value)) return [];
    if (!isSeq(field.value)) {
      this.error(field.value, 'wrong-type', message('{0} must be a list of {text, before, after}', what));
      return [];
    }
    const anchors: Anchor[] = [];
    for (const item of field.value.items) {
      const anchor = this.anchor(item as Node | null, what);
      if (anchor) anchors.push(anchor);
    }
    return anchors;
  }

  /** An anchor; `site`: record it among the anchors `check` resolves (not for a mere reference to an entry). */
  private anchor(node: Node | null, what: Message, site = true): Anchor | undefined {
    const fields = this.entryFields(node, ANCHOR_FIELDS, what);
    return fields ? this.anchorFromFields(fields, node, what, site) : undefined;
  }

  private anchorFromFields(fields: Map<string, Field>, node: Node | null, what: Message, site = true): Anchor | undefined {
    const textField = fields.get('text');
    const text = this.optionalString(textField);
    const before = this.optionalString(fields.get('before')) ?? '';
    const after = this.optionalString(fields.get('after')) ?? '';
    if (text === undefined || text === '') {
      this.error((textField && !isNull(textField.value) ? textField.value : textField?.key) ?? node, 'empty-anchor', message("{0} needs a non-empty 'text' (the annotated text)", what));
      return undefined;
    }
    const anchor = { text, before, after };
    if (site) this.anchorSites.push({ anchor, what: formatMessage(what), ...this.lines.position(node ? range(node)[0] : 0) });
    return anchor;
  }
}

/** A conflict in one line: `actors.a.name: ours "X", theirs "Y" (base "Z")`, long values shortened. */
export function describeConflict(conflict: MergeConflict): string {
  return formatMessage(describeConflictMessage(conflict));
}

/** {@link describeConflict} as a message, for the editor to translate. */
export function describeConflictMessage(conflict: MergeConflict): Message {
  const show = (value: unknown): MessageArgument => {
    if (value === undefined) return message('(absent)');
    return truncate(JSON.stringify(value), 80);
  };
  return message('{0}: ours {1}, theirs {2} (base {3})', conflict.path, show(conflict.ours), show(conflict.theirs), show(conflict.base));
}

/** A copy of plain data whose maps are ordinary objects (the model's values are). */
function withPlainObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withPlainObjects);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = withPlainObjects(inner);
  return copy;
}

/** A recorded value that was reported as wrong (distinct from `undefined`, an absent value). */
const INVALID = Symbol('invalid recorded value');
/** Depth of a recorded value: an actor (1) → its mentions (2) → an anchor (3) → its text; some slack. */
const MAX_VALUE_DEPTH = 8;

const SIDECAR_RULES: SectionRules<SectionName> = {
  keyed: (section) => KEYED_SECTIONS.has(section),
  key: (section, item) => entryKey(section, item as SectionItems[typeof section]),
  issue: (section, item) => sectionEntryIssue(section, item, singular(section)),
  singular,
};

function singular(section: SectionName): Message {
  const names: Record<SectionName, Message> = {
    actors: message('actor'), topics: message('topic'), quotations: message('quotation'), notes: message('note'),
    rejected: message('rejected suggestion'), conflicts: message('merge conflict'),
  };
  return names[section];
}
