/**
 * The persisted workspace index: one header line (format, version, the environment the entries
 * were computed in, a checksum and count of the body), then the entries as JSON. Whatever does
 * not match exactly (another version, another environment, a truncated or edited file, an entry
 * of the wrong shape) discards the whole cache: it is rebuilt from the files, never trusted.
 */
import { textHash } from './contentHash';
import type { Actor } from '../model';
import type { IndexEntry } from './indexEntry';

export const CACHE_FORMAT = 'marginalia-workspace-index';
/** Bump when IndexEntry or what it is computed from changes meaning. */
export const CACHE_VERSION = 1;

export interface IndexCache {
  /**
   * What the entries depend on besides their two files (the article size limit, shared actors'
   * version…): a cache made under another environment is discarded.
   */
  readonly environment: string;
  readonly entries: readonly IndexEntry[];
}

interface Header {
  readonly format: string;
  readonly version: number;
  readonly environment: string;
  readonly checksum: string;
  readonly count: number;
}

export function serializeIndexCache(cache: IndexCache): string {
  const body = JSON.stringify(cache.entries.map(compactEntry));
  const header: Header = { format: CACHE_FORMAT, version: CACHE_VERSION, environment: cache.environment, checksum: checksumOf(body), count: cache.entries.length };
  return `${JSON.stringify(header)}\n${body}`;
}

export type ParsedIndexCache = { readonly ok: true; readonly entries: IndexEntry[] } | { readonly ok: false; readonly reason: string };

/** The entries of `text` when it is a cache of this version made in `environment`; else why it is discarded. */
export function parseIndexCache(text: string, environment: string): ParsedIndexCache {
  const newline = text.indexOf('\n');
  if (newline < 0) return { ok: false, reason: 'no header' };
  const header = parseJson(text.slice(0, newline));
  if (!isRecord(header) || header.format !== CACHE_FORMAT) return { ok: false, reason: 'not a workspace index' };
  if (header.version !== CACHE_VERSION) return { ok: false, reason: `version ${String(header.version)}, expected ${CACHE_VERSION}` };
  if (header.environment !== environment) return { ok: false, reason: 'made under other settings' };
  const body = text.slice(newline + 1);
  if (header.checksum !== checksumOf(body)) return { ok: false, reason: 'checksum mismatch (truncated or edited)' };
  const entries = parseJson(body);
  if (!Array.isArray(entries) || entries.length !== header.count) return { ok: false, reason: 'wrong entry count' };
  const keys = new Set<string>();
  for (const entry of entries) {
    expandEntry(entry);
    if (!isEntry(entry) || keys.has(entry.key)) return { ok: false, reason: 'malformed entry' };
    keys.add(entry.key);
  }
  return { ok: true, entries: entries as IndexEntry[] };
}

/**
 * Most actors have no alias, added or excluded mention: their empty lists are left out of the
 * file (a third of its size on a newsroom archive) and put back when it is read.
 */
const ACTOR_LISTS = ['aliases', 'added', 'excluded'] as const;
const NONE: readonly never[] = Object.freeze([]);

function compactEntry(entry: IndexEntry): IndexEntry {
  const actors = entry.annotations.actors.map((actor) => {
    if (ACTOR_LISTS.every((list) => actor[list].length > 0)) return actor;
    const compact: Record<string, unknown> = { ...actor };
    for (const list of ACTOR_LISTS) if (actor[list].length === 0) delete compact[list];
    return compact as unknown as Actor;
  });
  return { ...entry, annotations: { ...entry.annotations, actors } };
}

/** Puts back the empty lists {@link compactEntry} left out (shared: annotations are never mutated). */
function expandEntry(entry: unknown): void {
  if (!isRecord(entry) || !isRecord(entry.annotations) || !Array.isArray(entry.annotations.actors)) return;
  for (const actor of entry.annotations.actors as unknown[]) {
    if (!isRecord(actor)) continue;
    for (const list of ACTOR_LISTS) if (!(list in actor)) actor[list] = NONE;
  }
}

function checksumOf(body: string): string {
  return textHash(body);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isStamp = (value: unknown): boolean => isRecord(value) && Number.isFinite(value.mtime) && Number.isFinite(value.size);
const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every((v) => typeof v === 'string');
const isRecordArray = (value: unknown): boolean => Array.isArray(value) && value.every(isRecord);

function isActor(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && typeof value.name === 'string' && typeof value.type === 'string'
    && isStringArray(value.aliases) && isRecordArray(value.added) && isRecordArray(value.excluded);
}

function isAnnotations(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.actors) && value.actors.every(isActor)
    && isRecordArray(value.quotations) && isRecordArray(value.topics) && isRecordArray(value.notes) && isRecordArray(value.rejected)
    && (value.conflicts === undefined || isRecordArray(value.conflicts));
}

function isMentions(value: unknown): boolean {
  return Array.isArray(value) && value.every((pair) =>
    Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string'
    && Array.isArray(pair[1]) && pair[1].length % 4 === 0 && (pair[1] as unknown[]).every((n) => Number.isInteger(n) && (n as number) >= 0));
}

function isEntry(value: unknown): value is IndexEntry {
  return isRecord(value) && typeof value.key === 'string' && isStamp(value.article) && isStamp(value.sidecar)
    && typeof value.hash === 'string' && Number.isFinite(value.readAt) && typeof value.writable === 'boolean'
    && isAnnotations(value.annotations) && isMentions(value.mentions);
}
