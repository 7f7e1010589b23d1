/**
 * What a model must be for the writer to write it: the one rule the reader and the writer share.
 * The reader reports, at its position, any entry it built that breaks these rules (so a sidecar
 * that `check` accepts is one the writer writes); the writer refuses a model that breaks them
 * (so it never writes a file the reader rejects). Values are checked as data (`unknown`): a
 * model may hold what a hand-edited merge conflict recorded.
 */
import { formatMessage, message, verbatim, type Message } from '../messages';
import type { Annotations, AnnotationSection, MergeConflict } from '../model';
import { CONFLICT_SECTIONS, KEYED_SECTIONS, QUOTATION_KINDS, REJECTION_KINDS, type SectionName } from './format';

type Check = (value: unknown, what: Message) => Message | undefined;

const TEXT = message('a text');
const NON_EMPTY_TEXT = message('a non-empty text');
const TEXT_LIST = message('a list of non-empty texts');
const ANCHOR = message('an anchor: a map with a non-empty text, before and after');
const ANCHOR_LIST = message('a list of anchors (maps with a non-empty text, before and after)');
const SPEAKER = message('a speaker: a map with either actor (an id) or text');
const REJECTION_KIND = message('one of {0}', REJECTION_KINDS.join(', '));

function mustBe(what: Message, shape: Message): Message {
  return message('{0} must be {1}', what, shape);
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isNonEmptyText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys whose value is defined: a property set to `undefined` is absent, as in the file. */
function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
}

const text: Check = (value, what) => (isText(value) ? undefined : mustBe(what, TEXT));
const nonEmptyText: Check = (value, what) => (isNonEmptyText(value) ? undefined : mustBe(what, NON_EMPTY_TEXT));
const textList: Check = (value, what) => (Array.isArray(value) && value.every(isNonEmptyText) ? undefined : mustBe(what, TEXT_LIST));

function isAnchor(value: unknown): boolean {
  return isRecord(value) && isNonEmptyText(value.text) && isText(value.before) && isText(value.after)
    && definedKeys(value).every((key) => key === 'text' || key === 'before' || key === 'after');
}
const anchor: Check = (value, what) => (isAnchor(value) ? undefined : mustBe(what, ANCHOR));
const anchorList: Check = (value, what) => (Array.isArray(value) && value.every(isAnchor) ? undefined : mustBe(what, ANCHOR_LIST));
const speaker: Check = (value, what) => {
  if (!isRecord(value)) return mustBe(what, SPEAKER);
  const keys = definedKeys(value);
  const ok = keys.length === 1 && (keys[0] === 'actor' ? isNonEmptyText(value.actor) : keys[0] === 'text' && isText(value.text));
  return ok ? undefined : mustBe(what, SPEAKER);
};
const QUOTATION_KIND = message('one of {0}', QUOTATION_KINDS.join(', '));
const quotationKind: Check = (value, what) =>
  ((QUOTATION_KINDS as readonly unknown[]).includes(value) ? undefined : mustBe(what, QUOTATION_KIND));
const rejectionKind: Check = (value, what) =>
  ((REJECTION_KINDS as readonly unknown[]).includes(value) ? undefined : mustBe(what, REJECTION_KIND));

/** A field of an entry: its check, and whether it may be absent. */
interface FieldRule {
  readonly check: Check;
  readonly optional?: boolean;
}

/**
 * The model fields of each section's entries. The merge records conflicts on these fields (by
 * these names); `id` and the locating `anchor` identify an entry and are never in conflict.
 */
const ENTRY_FIELDS: { readonly [S in AnnotationSection]: Readonly<Record<string, FieldRule>> } = {
  actors: {
    id: { check: nonEmptyText }, type: { check: nonEmptyText }, name: { check: nonEmptyText }, aliases: { check: textList },
    note: { check: text, optional: true }, externalId: { check: text, optional: true }, added: { check: anchorList }, excluded: { check: anchorList },
  },
  quotations: {
    anchor: { check: anchor }, kind: { check: quotationKind, optional: true }, speaker: { check: speaker, optional: true }, cue: { check: anchor, optional: true },
    topics: { check: textList }, note: { check: text, optional: true },
  },
  topics: { id: { check: nonEmptyText }, label: { check: text }, parent: { check: nonEmptyText, optional: true }, passages: { check: anchorList } },
  notes: { anchor: { check: anchor }, text: { check: text } },
  rejected: { kind: { check: rejectionKind }, anchor: { check: anchor } },
};

/** Fields that locate an entry of each section: a conflict is never about them (a quotation's `kind` is content, a rejection's locates it). */
const LOCATING_FIELDS: { readonly [S in AnnotationSection]: ReadonlySet<string> } = {
  actors: new Set(['id']),
  quotations: new Set(['anchor']),
  topics: new Set(['id']),
  notes: new Set(['anchor']),
  rejected: new Set(['kind', 'anchor']),
};

function fieldOf(section: AnnotationSection, field: string): FieldRule | undefined {
  return Object.hasOwn(ENTRY_FIELDS[section], field) ? ENTRY_FIELDS[section][field] : undefined;
}

/** Whether a merge conflict in `section` may be about `field` (a model field, not one that locates the entry). */
export function isConflictField(section: AnnotationSection, field: string): boolean {
  return fieldOf(section, field) !== undefined && !LOCATING_FIELDS[section].has(field);
}

/** Why `value` is not an entry of `section` (what the writer needs), or undefined when it is one. */
export function entryIssue(section: AnnotationSection, value: unknown, what: Message): Message | undefined {
  if (!isRecord(value)) return message('{0} must be a map', what);
  const fields = ENTRY_FIELDS[section];
  for (const key of definedKeys(value)) {
    if (!Object.hasOwn(fields, key)) return message("{0} has no field '{1}'", what, key);
  }
  for (const name in fields) {
    const rule = fields[name]!;
    const field = value[name];
    if (field === undefined && rule.optional) continue;
    // The field's name in a message only for a field that has an issue: a sidecar's every entry comes here.
    if (rule.check(field, UNNAMED) === undefined) continue;
    return rule.check(field, message("'{0}' of {1}", name, what));
  }
  return undefined;
}

/** Never shown: a check that finds an issue runs again with the field's name. */
const UNNAMED = verbatim('field');

/**
 * Why a side's value of a merge conflict is not one the conflict can apply (the right shape for
 * its field, or a whole entry of its section with the same id), or undefined when it is. An
 * absent value (`undefined`) is always fine: picking it removes the field or the entry.
 */
export function recordedValueIssue(conflict: Pick<MergeConflict, 'section' | 'entry' | 'field'>, value: unknown, what: Message): Message | undefined {
  if (value === undefined) return undefined;
  if (conflict.field === undefined) {
    const issue = entryIssue(conflict.section, value, what);
    if (issue || !KEYED_SECTIONS.has(conflict.section)) return issue;
    const id = (value as { id: string }).id;
    return id === conflict.entry ? undefined : message("{0} must be the entry '{1}' (its id is '{2}')", what, String(conflict.entry), id);
  }
  const rule = fieldOf(conflict.section, conflict.field);
  return rule ? rule.check(value, what) : undefined;
}

/** Why a recorded merge conflict cannot be written (and read back), or undefined. */
export function conflictIssue(value: unknown, what: Message): Message | undefined {
  if (!isRecord(value)) return message('{0} must be a map', what);
  const conflict = value as Partial<Record<keyof MergeConflict, unknown>>;
  for (const key of definedKeys(value)) {
    if (!['path', 'section', 'entry', 'field', 'base', 'ours', 'theirs'].includes(key)) return message("{0} has no field '{1}'", what, key);
  }
  if (!isNonEmptyText(conflict.path)) return mustBe(message("'{0}' of {1}", 'path', what), NON_EMPTY_TEXT);
  if (!(CONFLICT_SECTIONS as readonly unknown[]).includes(conflict.section)) {
    return message("'section' of {0} must be one of {1}", what, CONFLICT_SECTIONS.join(', '));
  }
  const section = conflict.section as AnnotationSection;
  const byId = KEYED_SECTIONS.has(section);
  const entryIssueFound = byId ? nonEmptyText(conflict.entry, message("'{0}' of {1}", 'entry', what)) : anchor(conflict.entry, message("'{0}' of {1}", 'entry', what));
  if (entryIssueFound) return entryIssueFound;
  if (conflict.field !== undefined && !(isText(conflict.field) && isConflictField(section, conflict.field))) {
    return message("'field' of {0} must be a field of an entry of '{1}': {2}", what, section, conflictFields(section).join(', '));
  }
  const located = { section, entry: conflict.entry as string, field: conflict.field as string | undefined };
  for (const side of ['base', 'ours', 'theirs'] as const) {
    const issue = recordedValueIssue(located, conflict[side], message("'{0}' of {1}", side, what));
    if (issue) return issue;
  }
  return undefined;
}

/** The fields a merge conflict in `section` may be about. */
export function conflictFields(section: AnnotationSection): string[] {
  return Object.keys(ENTRY_FIELDS[section]).filter((field) => !LOCATING_FIELDS[section].has(field));
}

/** Why an entry of any sidecar section cannot be written, or undefined. */
export function sectionEntryIssue(section: SectionName, value: unknown, what: Message): Message | undefined {
  return section === 'conflicts' ? conflictIssue(value, what) : entryIssue(section, value, what);
}

/** Why this model cannot be written; empty when it can. */
export function modelIssues(annotations: Annotations): string[] {
  const issues: Message[] = [];
  const sections: { readonly [S in SectionName]: Message } = {
    actors: message('an actor'), quotations: message('a quotation'), topics: message('a topic'), notes: message('a note'),
    rejected: message('a rejected suggestion'), conflicts: message('a merge conflict'),
  };
  const lists = new Map<SectionName, readonly unknown[]>();
  for (const section of Object.keys(sections) as SectionName[]) {
    const list = (annotations as unknown as Record<string, unknown>)[section];
    if (list === undefined && section === 'conflicts') continue;
    if (!Array.isArray(list)) {
      issues.push(message("'{0}' must be a list", section));
      continue;
    }
    lists.set(section, list);
    for (const entry of list) {
      const path = section === 'conflicts' ? (entry as { path?: unknown } | null)?.path : undefined;
      const what = typeof path === 'string' && path !== '' ? message("merge conflict '{0}'", path) : sections[section];
      const issue = sectionEntryIssue(section, entry, what);
      if (issue) issues.push(issue);
    }
  }
  if (issues.length > 0) return issues.map(formatMessage);

  const actorIds = uniqueIds('actor', annotations.actors.map((actor) => actor.id), issues);
  const topicIds = uniqueIds('topic', annotations.topics.map((topic) => topic.id), issues);
  for (const quotation of annotations.quotations) {
    const quoted = quotation.speaker;
    if (quoted && 'actor' in quoted && !actorIds.has(quoted.actor)) issues.push(message("speaker '{0}' is not an actor of this sidecar", quoted.actor));
    for (const topic of quotation.topics) if (!topicIds.has(topic)) issues.push(message("topic '{0}' is not a topic of this sidecar", topic));
  }
  for (const topic of annotations.topics) {
    if (topic.parent !== undefined && (topic.parent === topic.id || !topicIds.has(topic.parent))) {
      issues.push(message("parent '{0}' of topic '{1}' is not another topic", topic.parent, topic.id));
    }
  }
  return issues.map(formatMessage);
}

function uniqueIds(what: 'actor' | 'topic', ids: readonly string[], issues: Message[]): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) issues.push(what === 'actor' ? message("duplicate actor id '{0}'", id) : message("duplicate topic id '{0}'", id));
    seen.add(id);
  }
  return seen;
}
