/**
 * What a shared actors model must be for the writer to write it, the one rule the reader and
 * the writer share (as validate.ts does for sidecars): the reader reports an entry that breaks
 * it at its position, the writer refuses a model that breaks it.
 */
import { formatMessage, message, type Message } from '../messages';
import type { SharedSection } from './model';

const isText = (value: unknown): value is string => typeof value === 'string';
const isNonEmptyText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isNonEmptyText);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ACTOR_KEYS = new Set(['id', 'type', 'name', 'aliases', 'note', 'externalId', 'properties']);

/** Why `value` is not an entry of `section`, or undefined when it is one. */
export function sharedEntryIssue(section: SharedSection, value: unknown, what: Message): Message | undefined {
  if (!isRecord(value)) return message('{0} must be a map', what);
  if (section === 'properties') {
    if (!isNonEmptyText(value.name)) return message('{0} needs a non-empty name', what);
    if (value.values !== undefined && !isTextList(value.values)) return message('the values of {0} must be a list of non-empty texts', what);
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (value[key] !== undefined && !ACTOR_KEYS.has(key)) return message("{0} has no field '{1}'", what, key);
  }
  for (const field of ['id', 'type', 'name'] as const) {
    if (!isNonEmptyText(value[field])) return message("'{0}' of {1} must be a non-empty text", field, what);
  }
  if (!isTextList(value.aliases)) return message("'{0}' of {1} must be a list of non-empty texts", 'aliases', what);
  for (const field of ['note', 'externalId'] as const) {
    if (value[field] !== undefined && !isText(value[field])) return message("'{0}' of {1} must be a text", field, what);
  }
  const properties = value.properties;
  if (!isRecord(properties) || Object.entries(properties).some(([key, inner]) => key === '' || !isNonEmptyText(inner))) {
    return message("'properties' of {0} must map names to non-empty texts", what);
  }
  return undefined;
}

/** Why this model cannot be written; empty when it can. */
export function sharedActorsIssues(shared: { readonly properties: readonly unknown[]; readonly actors: readonly unknown[] }): string[] {
  const issues: Message[] = [];
  for (const section of ['properties', 'actors'] as const) {
    const seen = new Set<string>();
    for (const entry of shared[section]) {
      const issue = sharedEntryIssue(section, entry, section === 'actors' ? message('a shared actor') : message('a property declaration'));
      if (issue) {
        issues.push(issue);
        continue;
      }
      const key = section === 'actors' ? (entry as { id: string }).id : (entry as { name: string }).name;
      if (seen.has(key)) issues.push(section === 'actors' ? message("duplicate actor id '{0}'", key) : message("property '{0}' is declared twice", key));
      seen.add(key);
    }
  }
  return issues.map(formatMessage);
}
