import type { ArticleView } from '../article/view';
import type { Message } from '../messages';
import type { Span, Speaker } from '../model';
import { excerptAt, lineStarts } from './excerpt';
import { oneLine } from '../shorten';
import { pushTo } from '../multiMap';

/**
 * The outline of one or more articles as plain data: what the tree view shows. Ids are stable
 * across edits (they name actors, speakers, topics and files, not positions), so a refreshed
 * tree keeps what the user expanded. Every id is unique within one outline.
 */
export type OutlineNode = GroupNode | TypeNode | ActorNode | FileNode | LocationNode | SpeakerNode | TopicNode;

interface BaseNode {
  readonly id: string;
  readonly label: string;
  /** Counts for inner nodes; unset for locations (the editor shows their line). */
  readonly description?: string;
  readonly children: readonly OutlineNode[];
}

export interface GroupNode extends BaseNode {
  readonly kind: 'group';
  readonly group: 'actors' | 'quotations' | 'topics' | 'orphans';
}
export interface TypeNode extends BaseNode {
  readonly kind: 'type';
  readonly actorType: string;
}
export interface ActorNode extends BaseNode {
  readonly kind: 'actor';
  readonly actorId: string;
  readonly actorType: string;
  readonly mentionCount: number;
  /** Keys of the articles that annotate this actor, in outline order. */
  readonly articles: readonly string[];
}
export interface SpeakerNode extends BaseNode {
  readonly kind: 'speaker';
  /** The speaker's actor id; undefined for a free-text speaker and for the unattributed group. */
  readonly actorId?: string;
  readonly unattributed: boolean;
}
export interface TopicNode extends BaseNode {
  readonly kind: 'topic';
  readonly topicId: string;
}
export interface FileNode extends BaseNode {
  readonly kind: 'file';
  readonly article: string;
}
/** A place in an article: a mention, a quotation, a tagged passage or an orphan. */
export interface LocationNode extends BaseNode {
  readonly kind: 'mention' | 'quotation' | 'passage' | 'orphan';
  /** The article's key ({@link OutlineArticle.key}). */
  readonly article: string;
  /** Where it is in the text; unset for an orphan. */
  readonly span?: Span;
  /** 0-based line of the span's start. */
  readonly line?: number;
  /** Where the span is in the label (an excerpt of its context), for highlighting. */
  readonly highlight?: readonly [number, number];
  /** Mentions: the actor mentioned. */
  readonly actorId?: string;
  /** Mentions: an occurrence of a name/alias, or a span the user added by hand. */
  readonly source?: 'name' | 'added';
  /** Quotations: the whole quoted text, and who said it (display name). */
  readonly text?: string;
  readonly speaker?: string;
  /** Quotations: reported speech without quotation marks. */
  readonly indirect?: boolean;
  /** Orphans: why the anchor was not found, for the editor to translate (`description` has it in English). */
  readonly reason?: Message;
}

export interface OutlineArticle {
  /** Identifies the article (e.g. its URI); location nodes carry it. */
  readonly key: string;
  /** What the user calls it (a workspace-relative path). */
  readonly label: string;
  readonly view: ArticleView;
}

export interface OutlineOptions {
  readonly sort: 'appearance' | 'count';
  /** Only actors (by name or alias), speakers and topics whose label contains this (case- and accent-insensitive). */
  readonly filter?: string;
  /** The order in which actor types are listed; other types follow alphabetically. */
  readonly typeOrder: readonly string[];
  /** Group locations by file under each actor, speaker and topic (default: when there are several articles). */
  readonly groupByFile?: boolean;
}

/** Group labels (the editor translates them). */
export const GROUP_LABELS = { actors: 'Actors', quotations: 'Quotations', topics: 'Topics', orphans: 'Orphans' } as const;
export const UNATTRIBUTED_LABEL = 'Unattributed';

/** The id of an actor's node (for reveal). */
export function actorNodeId(actorId: string): string {
  return `actor:${actorId}`;
}

/**
 * Builds the outline of `articles`: groups of actors (by type, each with its mentions),
 * quotations (by speaker), topics (a codebook, with passages) and orphans. Empty groups are
 * left out, so an article without annotations has an empty outline.
 */
export function buildOutline(articles: readonly OutlineArticle[], options: OutlineOptions): OutlineNode[] {
  const context: BuildContext = {
    articles,
    options,
    groupByFile: options.groupByFile ?? articles.length > 1,
    lines: new Map(articles.map((a) => [a.key, lineStarts(a.view.text)])),
    labels: new Map(articles.map((a) => [a.key, a.label])),
  };
  return [actorsGroup(context), quotationsGroup(context), topicsGroup(context), orphanGroup(context)].filter(
    (group) => group.children.length > 0,
  );
}

interface BuildContext {
  readonly articles: readonly OutlineArticle[];
  readonly options: OutlineOptions;
  readonly groupByFile: boolean;
  readonly lines: ReadonlyMap<string, readonly number[]>;
  /** Built once: each actor, speaker and topic groups its places by file. */
  readonly labels: ReadonlyMap<string, string>;
}

/** Order of a place across articles: the article's rank first, then the offset. */
const position = (articleIndex: number, offset: number) => articleIndex * 2 ** 32 + offset;
const UNPLACED = Number.MAX_SAFE_INTEGER;

function actorsGroup(context: BuildContext): GroupNode {
  const { articles, options } = context;
  // One node per actor id across articles: the same id in two articles is the same actor.
  interface Entry { name: string; type: string; aliases: Set<string>; first: number; articles: string[]; mentions: LocationNode[] }
  const actors = new Map<string, Entry>();
  articles.forEach((article, articleIndex) => {
    for (const actor of article.view.annotations.actors) {
      const entry = actors.get(actor.id) ?? { name: actor.name, type: actor.type, aliases: new Set<string>(), first: UNPLACED, articles: [], mentions: [] };
      actor.aliases.forEach((alias) => entry.aliases.add(alias));
      entry.articles.push(article.key);
      actors.set(actor.id, entry);
    }
    const occurrence = new Map<string, number>();
    for (const mention of article.view.mentions) {
      const entry = actors.get(mention.actorId);
      if (!entry) continue;
      const n = occurrence.get(mention.actorId) ?? 0;
      occurrence.set(mention.actorId, n + 1);
      entry.first = Math.min(entry.first, position(articleIndex, mention.start));
      entry.mentions.push({
        ...location(context, 'mention', `${actorNodeId(mention.actorId)}/mention:${article.key}#${n}`, article, mention),
        actorId: mention.actorId,
        source: mention.source,
      });
    }
  });
  const shown = [...actors.entries()]
    .filter(([, a]) => matches([a.name, ...a.aliases], options.filter))
    .sort(([idA, a], [idB, b]) =>
      options.sort === 'count'
        ? b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)
        : a.first - b.first || a.name.localeCompare(b.name) || idA.localeCompare(idB),
    );
  const byType = new Map<string, ActorNode[]>();
  for (const [actorId, actor] of shown) {
    const node: ActorNode = {
      kind: 'actor',
      id: actorNodeId(actorId),
      actorId,
      actorType: actor.type,
      label: actor.name,
      description: String(actor.mentions.length),
      mentionCount: actor.mentions.length,
      articles: actor.articles,
      children: context.groupByFile ? byFile(context, actorNodeId(actorId), actor.mentions) : actor.mentions,
    };
    pushTo(byType, actor.type, node);
  }
  const types = [...byType.keys()].sort((a, b) => rank(options.typeOrder, a) - rank(options.typeOrder, b) || a.localeCompare(b));
  const children = types.map((type): TypeNode => {
    const actorNodes = byType.get(type)!;
    return { kind: 'type', id: `type:${type}`, actorType: type, label: type, description: String(actorNodes.length), children: actorNodes };
  });
  return { kind: 'group', group: 'actors', id: 'group:actors', label: GROUP_LABELS.actors, description: String(shown.length), children };
}

function quotationsGroup(context: BuildContext): GroupNode {
  const { articles, options } = context;
  interface Entry { label: string; actorId?: string; first: number; quotes: LocationNode[] }
  const speakers = new Map<string, Entry>();
  articles.forEach((article, articleIndex) => {
    const { view } = article;
    for (const placed of view.placed) {
      if (placed.ref.kind !== 'quotation') continue;
      const index = placed.ref.index;
      const quotation = view.annotations.quotations[index];
      if (!quotation) continue;
      const key = speakerKey(quotation.speaker);
      const label = speakerLabel(quotation.speaker, view);
      const entry = speakers.get(key) ?? { label, ...(quotation.speaker && 'actor' in quotation.speaker ? { actorId: quotation.speaker.actor } : {}), first: UNPLACED, quotes: [] };
      const span = placed.resolution.kind === 'orphan' ? undefined : placed.resolution.span;
      if (span) entry.first = Math.min(entry.first, position(articleIndex, span.start));
      const node = location(context, 'quotation', `speaker:${key}/quotation:${article.key}#${index}`, article, span);
      const { highlight: _excerptHighlight, ...placedNode } = node;
      void _excerptHighlight;
      entry.quotes.push({ ...placedNode, label: firstWords(quotation.anchor.text), text: quotation.anchor.text, ...(quotation.speaker ? { speaker: label } : {}), ...(quotation.kind === 'indirect' ? { indirect: true } : {}) });
      speakers.set(key, entry);
    }
  });
  const children = [...speakers.entries()]
    .filter(([, s]) => matches([s.label], options.filter))
    .sort(([keyA, a], [keyB, b]) =>
      Number(keyA === 'none') - Number(keyB === 'none') ||
      (options.sort === 'count' ? b.quotes.length - a.quotes.length : a.first - b.first) ||
      a.label.localeCompare(b.label),
    )
    .map(([key, s]): SpeakerNode => ({
      kind: 'speaker',
      id: `speaker:${key}`,
      ...(s.actorId ? { actorId: s.actorId } : {}),
      unattributed: key === 'none',
      label: s.label,
      description: String(s.quotes.length),
      children: context.groupByFile ? byFile(context, `speaker:${key}`, s.quotes) : s.quotes,
    }));
  const total = children.reduce((n, c) => n + Number(c.description), 0);
  return { kind: 'group', group: 'quotations', id: 'group:quotations', label: GROUP_LABELS.quotations, description: String(total), children };
}

function speakerKey(speaker: Speaker | undefined): string {
  return !speaker ? 'none' : 'actor' in speaker ? `actor:${speaker.actor}` : `text:${speaker.text}`;
}

function speakerLabel(speaker: Speaker | undefined, view: ArticleView): string {
  if (!speaker) return UNATTRIBUTED_LABEL;
  return 'actor' in speaker ? (view.actorsById.get(speaker.actor)?.name ?? speaker.actor) : speaker.text;
}

function topicsGroup(context: BuildContext): GroupNode {
  const { articles, options } = context;
  const topics = new Map<string, { label: string; parent?: string; passages: LocationNode[] }>();
  for (const article of articles) {
    for (const topic of article.view.annotations.topics) {
      if (!topics.has(topic.id)) topics.set(topic.id, { label: topic.label, ...(topic.parent ? { parent: topic.parent } : {}), passages: [] });
    }
    for (const placed of article.view.placed) {
      if (placed.ref.kind !== 'passage') continue;
      const span = placed.resolution.kind === 'orphan' ? undefined : placed.resolution.span;
      const id = `topic:${placed.ref.topicId}/passage:${article.key}#${placed.ref.index}`;
      // A passage is shown by its first words, like a quotation: it is often a whole sentence.
      const { highlight: _excerptHighlight, ...node } = location(context, 'passage', id, article, span);
      void _excerptHighlight;
      topics.get(placed.ref.topicId)?.passages.push({ ...node, label: firstWords(placed.anchor.text) });
    }
  }
  // A topic is a root when it has no parent, an unknown parent, or sits on a cycle of parents
  // (a hand-edited sidecar may have one): every topic is shown exactly once.
  const roots = new Set([...topics.keys()].filter((id) => !topics.get(id)!.parent || !topics.has(topics.get(id)!.parent!) || onCycle(topics, id)));
  const nodeOf = (topicId: string): TopicNode | undefined => {
    const topic = topics.get(topicId)!;
    const subtopics = [...topics.entries()]
      .filter(([id, t]) => t.parent === topicId && !roots.has(id))
      .map(([id]) => nodeOf(id))
      .filter((n): n is TopicNode => n !== undefined);
    // A topic is kept when it matches the filter or one of its subtopics does.
    if (subtopics.length === 0 && !matches([topic.label], options.filter)) return undefined;
    const passages = context.groupByFile ? byFile(context, `topic:${topicId}`, topic.passages) : topic.passages;
    return { kind: 'topic', id: `topic:${topicId}`, topicId, label: topic.label, description: String(topic.passages.length), children: [...subtopics, ...passages] };
  };
  const children = [...roots].map(nodeOf).filter((n): n is TopicNode => n !== undefined);
  return { kind: 'group', group: 'topics', id: 'group:topics', label: GROUP_LABELS.topics, description: String(topics.size), children };
}

/** Whether following the parents of `topicId` comes back to it. */
function onCycle(topics: ReadonlyMap<string, { parent?: string }>, topicId: string): boolean {
  const seen = new Set<string>();
  for (let at = topics.get(topicId)?.parent; at !== undefined && !seen.has(at); at = topics.get(at)?.parent) {
    if (at === topicId) return true;
    seen.add(at);
  }
  return false;
}

function orphanGroup(context: BuildContext): GroupNode {
  const children: LocationNode[] = [];
  for (const article of context.articles) {
    article.view.placed.forEach((placed, index) => {
      if (placed.resolution.kind !== 'orphan' || !matches([placed.anchor.text], context.options.filter)) return;
      children.push({
        kind: 'orphan',
        id: `orphan:${article.key}#${index}`,
        article: article.key,
        label: firstWords(placed.anchor.text),
        description: placed.resolution.reason,
        ...(placed.resolution.localizableReason && { reason: placed.resolution.localizableReason }),
        children: [],
      });
    });
  }
  return { kind: 'group', group: 'orphans', id: 'group:orphans', label: GROUP_LABELS.orphans, description: String(children.length), children };
}

function location(context: BuildContext, kind: LocationNode['kind'], id: string, article: OutlineArticle, span: Span | undefined): LocationNode {
  if (!span) return { kind, id, article: article.key, label: '(orphan)', children: [] };
  const { line, excerpt, highlight } = excerptAt(article.view.text, span, context.lines.get(article.key)!);
  return { kind, id, article: article.key, span: { start: span.start, end: span.end }, line, label: excerpt, highlight, children: [] };
}

function byFile(context: BuildContext, parentId: string, nodes: readonly LocationNode[]): OutlineNode[] {
  const files = new Map<string, LocationNode[]>();
  for (const node of nodes) pushTo(files, node.article, node);
  const labels = context.labels;
  return [...files.entries()].map(([article, children]): FileNode => ({
    kind: 'file',
    id: `${parentId}/file:${article}`,
    article,
    label: labels.get(article) ?? article,
    description: String(children.length),
    children,
  }));
}

function firstWords(text: string): string {
  return oneLine(text.trim(), 60);
}

function rank(order: readonly string[], type: string): number {
  const index = order.indexOf(type);
  return index === -1 ? order.length : index;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(labels: readonly string[], filter: string | undefined): boolean {
  if (!filter?.trim()) return true;
  const wanted = fold(filter.trim());
  return labels.some((label) => fold(label).includes(wanted));
}
