/**
 * The commit message of "Marginalia: Commit Annotations": what changed in each sidecar between
 * its committed version (HEAD) and the one being committed, in words a reviewer can scan in
 * `git log --oneline` ("annotate bostyn-rabat.txt: +2 actors (Francisca Bostyn, VSSE), +1 quotation, 3 mentions").
 */
import type { Anchor, Annotations } from '../model';

/** One sidecar being committed. */
export interface SidecarChange {
  /** The article's name as shown in the message (usually its path in the repository). */
  readonly article: string;
  /** The committed annotations; undefined when the sidecar is new. */
  readonly before?: Annotations;
  /** The annotations being committed; undefined when the sidecar is deleted. */
  readonly after?: Annotations;
  /** Derived mentions in the article with each version (mentions are not stored, so the caller counts them). */
  readonly mentions?: { readonly before: number; readonly after: number };
  /** A shared actors file (`marginalia.actors.yaml`), not an article's sidecar: `article` is its path. */
  readonly sharedActors?: boolean;
}

/** How many entries of a kind were added, removed and changed, with the names of some. */
interface KindDelta {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: string[];
}

/** Names listed after a count, at most this many (then "…"). */
const MAX_NAMES = 3;

/**
 * The commit message: a subject line, and for several sidecars a body with one line each.
 * Pure: the same changes give the same message.
 */
export function commitMessage(changes: readonly SidecarChange[]): string {
  if (changes.length === 0) return 'annotate: no changes';
  if (changes.length === 1) return `${verb(changes[0]!)} ${changes[0]!.article}: ${describeChange(changes[0]!)}`;
  const total = describeTotals(changes);
  const subject = `annotate ${whatChanged(changes)}${total ? `: ${total}` : ''}`;
  const body = changes.map((change) => `- ${change.article}: ${describeChange(change)}`);
  return [subject, '', ...body].join('\n');
}

/** The message's first line (what an input box can show and edit); the rest is the body. */
export function splitSubject(message: string): { subject: string; body: string } {
  const newline = message.indexOf('\n');
  return newline === -1 ? { subject: message, body: '' } : { subject: message.slice(0, newline), body: message.slice(newline + 1) };
}

/** What changed in one sidecar, e.g. "+2 actors (Francisca Bostyn, VSSE), +1 quotation, 3 mentions". */
export function describeChange(change: SidecarChange): string {
  if (change.after === undefined) return 'annotations removed';
  const parts = summaryParts(change, true);
  return parts.length > 0 ? parts.join(', ') : 'anchors refreshed';
}

function verb(change: SidecarChange): string {
  if (change.sharedActors) return change.after === undefined ? 'remove shared actors' : 'update shared actors';
  return change.after === undefined ? 'unannotate' : 'annotate';
}

/** "3 articles", "article.txt and the shared actors": a shared actors file is not an article. */
function whatChanged(changes: readonly SidecarChange[]): string {
  const articles = changes.filter((change) => !change.sharedActors);
  const shared = articles.length < changes.length ? 'the shared actors' : '';
  const counted = articles.length === 1 ? articles[0]!.article : articles.length > 1 ? `${articles.length} articles` : '';
  return [counted, shared].filter(Boolean).join(' and ');
}

/** The counts of every sidecar together, without names (they are in the body). */
function describeTotals(changes: readonly SidecarChange[]): string {
  const deltas = changes.map(deltasOf);
  const sum = (kind: Kind, field: keyof KindDelta): number => deltas.reduce((n, d) => n + d[kind][field].length, 0);
  const parts: string[] = [];
  for (const kind of KINDS) {
    for (const part of countParts(kind, { added: sum(kind, 'added'), removed: sum(kind, 'removed'), changed: sum(kind, 'changed') })) parts.push(part);
  }
  const mentions = changes.reduce((n, change) => n + mentionDelta(change), 0);
  if (mentions !== 0) parts.push(mentionsPart(mentions));
  return parts.join(', ');
}

function summaryParts(change: SidecarChange, withNames: boolean): string[] {
  const delta = deltasOf(change);
  const parts: string[] = [];
  for (const kind of KINDS) {
    const d = delta[kind];
    const names = (list: string[]): string | undefined => (withNames && NAMED.has(kind) ? nameList(list) : undefined);
    const counted = countParts(kind, { added: d.added.length, removed: d.removed.length, changed: d.changed.length }, {
      added: names(d.added), removed: names(d.removed), changed: names(d.changed),
    });
    for (const part of counted) parts.push(part);
  }
  const mentions = mentionDelta(change);
  if (mentions !== 0) parts.push(mentionsPart(mentions));
  return parts;
}

type Kind = 'actors' | 'quotations' | 'topics' | 'notes' | 'rejected' | 'conflicts';
const KINDS: readonly Kind[] = ['actors', 'quotations', 'topics', 'notes', 'rejected', 'conflicts'];
/** Kinds whose entries have names worth listing. */
const NAMED: ReadonlySet<Kind> = new Set(['actors', 'topics']);
const NOUNS: Record<Kind, [string, string]> = {
  actors: ['actor', 'actors'],
  quotations: ['quotation', 'quotations'],
  topics: ['topic', 'topics'],
  notes: ['note', 'notes'],
  rejected: ['rejected suggestion', 'rejected suggestions'],
  conflicts: ['merge conflict', 'merge conflicts'],
};

function countParts(
  kind: Kind,
  counts: { added: number; removed: number; changed: number },
  names: { added?: string; removed?: string; changed?: string } = {},
): string[] {
  const noun = (n: number): string => NOUNS[kind][n === 1 ? 0 : 1];
  const withNames = (text: string, list: string | undefined): string => (list ? `${text} (${list})` : text);
  const parts: string[] = [];
  if (kind === 'conflicts') {
    // Conflicts are recorded by a merge and only ever resolved by the user.
    if (counts.removed > 0) parts.push(`${counts.removed} ${noun(counts.removed)} resolved`);
    if (counts.added > 0) parts.push(`+${counts.added} ${noun(counts.added)}`);
    return parts;
  }
  if (counts.added > 0) parts.push(withNames(`+${counts.added} ${noun(counts.added)}`, names.added));
  if (counts.removed > 0) parts.push(withNames(`-${counts.removed} ${noun(counts.removed)}`, names.removed));
  if (counts.changed > 0) parts.push(withNames(`${counts.changed} ${noun(counts.changed)} changed`, names.changed));
  return parts;
}

function mentionDelta(change: SidecarChange): number {
  return change.mentions ? change.mentions.after - change.mentions.before : 0;
}

/** Mentions gained read as a plain count ("3 mentions"), mentions lost with a minus. */
function mentionsPart(delta: number): string {
  const noun = Math.abs(delta) === 1 ? 'mention' : 'mentions';
  return `${delta < 0 ? '-' : ''}${Math.abs(delta)} ${noun}`;
}

function nameList(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const shown = names.slice(0, MAX_NAMES).join(', ');
  return names.length > MAX_NAMES ? `${shown}, …` : shown;
}

/** Every kind's delta between the two versions of one sidecar. */
function deltasOf(change: SidecarChange): Record<Kind, KindDelta> {
  const before = change.before;
  const after = change.after;
  const entries = <T>(pick: (a: Annotations) => readonly T[] | undefined) => ({
    before: before ? pick(before) ?? [] : [],
    after: after ? pick(after) ?? [] : [],
  });
  const actors = entries((a) => a.actors);
  const topics = entries((a) => a.topics);
  const quotations = entries((a) => a.quotations);
  const notes = entries((a) => a.notes);
  const rejected = entries((a) => a.rejected);
  const conflicts = entries((a) => a.conflicts);
  return {
    actors: compare(actors.before, actors.after, (actor) => actor.id, (actor) => actor.name),
    topics: compare(topics.before, topics.after, (topic) => topic.id, (topic) => topic.label),
    quotations: compareAnchored(quotations.before, quotations.after, (quotation) => quotation.anchor),
    notes: compareAnchored(notes.before, notes.after, (note) => note.anchor),
    rejected: compareAnchored(rejected.before, rejected.after, (rejection) => rejection.anchor, (rejection) => rejection.kind),
    conflicts: compare(conflicts.before, conflicts.after, (conflict) => canonical(conflict), (conflict) => conflict.path),
  };
}

/** Entries matched by `key`: new keys are added, lost keys removed, same key with another value changed. */
function compare<T>(before: readonly T[], after: readonly T[], key: (entry: T) => string, name: (entry: T) => string): KindDelta {
  const old = new Map(before.map((entry) => [key(entry), entry]));
  const current = new Map(after.map((entry) => [key(entry), entry]));
  const delta: KindDelta = { added: [], removed: [], changed: [] };
  for (const [id, entry] of current) {
    const previous = old.get(id);
    if (previous === undefined) delta.added.push(name(entry));
    else if (canonical(previous) !== canonical(entry)) delta.changed.push(name(entry));
  }
  for (const [id, entry] of old) if (!current.has(id)) delta.removed.push(name(entry));
  return delta;
}

/**
 * Stored spans, matched by their anchor; one whose context was refreshed after an edit of the
 * article (same passage text, new context) is the same entry, changed only if more than its
 * anchor changed.
 */
function compareAnchored<T>(before: readonly T[], after: readonly T[], anchorOf: (entry: T) => Anchor, kindOf: (entry: T) => string = () => ''): KindDelta {
  const exact = (entry: T): string => canonical([kindOf(entry), anchorOf(entry)]);
  const delta = compare(before, after, exact, exact);
  if (delta.added.length === 0 || delta.removed.length === 0) return delta;
  // Pair what is left by passage text: a refreshed anchor is not an addition plus a removal.
  const byText = (entry: T): string => canonical([kindOf(entry), anchorOf(entry).text]);
  const removed = new Map<string, T[]>();
  const afterKeys = new Set(after.map(exact));
  // The first entry of a key, looked up once each: a sidecar may hold 20,000 quotations.
  const beforeByKey = new Map<string, T>();
  for (const entry of before) {
    const key = exact(entry);
    if (!beforeByKey.has(key)) beforeByKey.set(key, entry);
    if (afterKeys.has(key)) continue;
    const list = removed.get(byText(entry)) ?? [];
    list.push(entry);
    removed.set(byText(entry), list);
  }
  const result: KindDelta = { added: [], removed: [], changed: [] };
  for (const entry of after) {
    const key = exact(entry);
    const previous = beforeByKey.get(key);
    if (previous !== undefined) {
      if (canonical(previous) !== canonical(entry)) result.changed.push(key);
      continue;
    }
    const partner = removed.get(byText(entry))?.shift();
    if (partner === undefined) result.added.push(key);
    else if (canonical(withoutAnchors(partner)) !== canonical(withoutAnchors(entry))) result.changed.push(key);
  }
  for (const list of removed.values()) for (const entry of list) result.removed.push(exact(entry));
  return result;
}

/** A copy without the anchor fields, to compare what else an entry holds. */
function withoutAnchors<T>(entry: T): unknown {
  if (typeof entry !== 'object' || entry === null) return entry;
  const copy: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  delete copy.anchor;
  delete copy.cue;
  return copy;
}

/** A canonical JSON text: keys sorted, `undefined` properties left out (absent and undefined are the same). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}
