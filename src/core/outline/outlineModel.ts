import type { ArticleView, Mention } from '../article/view';
import type { Span } from '../model';

/**
 * The outline of one or more articles as plain data: what the tree view shows. Ids are stable
 * across edits (they name actors, speakers and topics, not positions), so a refreshed tree keeps
 * what the user expanded.
 */
export type OutlineNode = GroupNode | TypeNode | ActorNode | FileNode | LocationNode | SpeakerNode | TopicNode;

interface BaseNode {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly children: readonly OutlineNode[];
}

export interface GroupNode extends BaseNode {
  readonly kind: 'group';
  readonly group: 'actors' | 'quotations' | 'topics' | 'orphans';
}
export interface TypeNode extends BaseNode {
  readonly kind: 'type';
  readonly type: string;
}
export interface ActorNode extends BaseNode {
  readonly kind: 'actor';
  readonly actorId: string;
  readonly type: string;
  readonly mentionCount: number;
}
export interface SpeakerNode extends BaseNode {
  readonly kind: 'speaker';
  /** The actor id, or undefined for a free-text speaker or the unattributed group. */
  readonly actorId?: string;
}
export interface TopicNode extends BaseNode {
  readonly kind: 'topic';
  readonly topicId: string;
}
export interface FileNode extends BaseNode {
  readonly kind: 'file';
  readonly article: string;
}
/** A place in an article: a mention, a quotation or a tagged passage. */
export interface LocationNode extends BaseNode {
  readonly kind: 'mention' | 'quotation' | 'passage' | 'orphan';
  readonly article: string;
  readonly span?: Span;
  /** 0-based line of the span's start. */
  readonly line?: number;
  readonly actorId?: string;
}

export interface OutlineArticle {
  /** A name for the article shown to the user (a workspace-relative path). */
  readonly article: string;
  readonly view: ArticleView;
}

export interface OutlineOptions {
  readonly sort: 'appearance' | 'count';
  /** Only actors, speakers and topics whose label contains this (case- and accent-insensitive). */
  readonly filter?: string;
  /** The order in which types are listed. */
  readonly typeOrder: readonly string[];
}

const EXCERPT_RADIUS = 30;

export function buildOutline(articles: readonly OutlineArticle[], options: OutlineOptions): OutlineNode[] {
  const workspace = articles.length > 1;
  const groups: OutlineNode[] = [
    actorsGroup(articles, options, workspace),
    quotationsGroup(articles, options, workspace),
    topicsGroup(articles, options, workspace),
  ];
  const orphans = orphanGroup(articles);
  if (orphans.children.length > 0) groups.push(orphans);
  return groups;
}

function actorsGroup(articles: readonly OutlineArticle[], options: OutlineOptions, workspace: boolean): GroupNode {
  // One node per actor id across articles: the same id in two articles is the same actor.
  const actors = new Map<string, { name: string; type: string; first: number; places: { article: OutlineArticle; mention: Mention }[] }>();
  articles.forEach((article, articleIndex) => {
    for (const actor of article.view.annotations.actors) {
      if (!actors.has(actor.id)) actors.set(actor.id, { name: actor.name, type: actor.type, first: Number.MAX_SAFE_INTEGER, places: [] });
    }
    for (const mention of article.view.mentions) {
      const entry = actors.get(mention.actorId);
      if (!entry) continue;
      entry.places.push({ article, mention });
      entry.first = Math.min(entry.first, articleIndex * 1e9 + mention.start);
    }
  });
  const byType = new Map<string, ActorNode[]>();
  const sorted = [...actors.entries()].filter(([, a]) => matches(a.name, options.filter)).sort(([idA, a], [idB, b]) =>
    options.sort === 'count' ? b.places.length - a.places.length || a.name.localeCompare(b.name) : a.first - b.first || idA.localeCompare(idB),
  );
  for (const [actorId, actor] of sorted) {
    const mentionNodes = actor.places.map(({ article, mention }, index): LocationNode =>
      location('mention', `actor:${actorId}/mention:${article.article}:${index}`, article, mention, actorId),
    );
    const node: ActorNode = {
      kind: 'actor',
      id: `actor:${actorId}`,
      actorId,
      type: actor.type,
      label: actor.name,
      description: String(actor.places.length),
      mentionCount: actor.places.length,
      children: workspace ? byFile(`actor:${actorId}`, mentionNodes) : mentionNodes,
    };
    byType.set(actor.type, [...(byType.get(actor.type) ?? []), node]);
  }
  const types = [...byType.keys()].sort((a, b) => rank(options.typeOrder, a) - rank(options.typeOrder, b) || a.localeCompare(b));
  const children = types.map((type): TypeNode => {
    const actorNodes = byType.get(type)!;
    return { kind: 'type', id: `type:${type}`, type, label: type, description: String(actorNodes.length), children: actorNodes };
  });
  return { kind: 'group', group: 'actors', id: 'group:actors', label: 'Actors', description: String(actors.size), children };
}

function quotationsGroup(articles: readonly OutlineArticle[], options: OutlineOptions, workspace: boolean): GroupNode {
  const speakers = new Map<string, { label: string; actorId?: string; quotes: LocationNode[] }>();
  for (const article of articles) {
    for (const placed of article.view.placed) {
      if (placed.ref.kind !== 'quotation') continue;
      const quotation = article.view.annotations.quotations[placed.ref.index];
      if (!quotation) continue;
      const speaker = quotation.speaker;
      const key = !speaker ? 'none' : 'actor' in speaker ? `actor:${speaker.actor}` : `text:${speaker.text}`;
      const label = !speaker
        ? 'Unattributed'
        : 'actor' in speaker
          ? (article.view.actorsById.get(speaker.actor)?.name ?? speaker.actor)
          : speaker.text;
      const entry = speakers.get(key) ?? { label, ...(speaker && 'actor' in speaker ? { actorId: speaker.actor } : {}), quotes: [] };
      const span = placed.resolution.kind === 'orphan' ? undefined : placed.resolution.span;
      const node = location('quotation', `speaker:${key}/quotation:${article.article}:${quotation.anchor.text.slice(0, 40)}:${entry.quotes.length}`, article, span);
      entry.quotes.push({ ...node, label: firstWords(quotation.anchor.text) });
      speakers.set(key, entry);
    }
  }
  const children = [...speakers.entries()]
    .filter(([, s]) => matches(s.label, options.filter))
    .sort(([keyA, a], [keyB, b]) => (keyA === 'none' ? 1 : keyB === 'none' ? -1 : 0) || (options.sort === 'count' ? b.quotes.length - a.quotes.length : 0) || a.label.localeCompare(b.label))
    .map(([key, s]): SpeakerNode => ({
      kind: 'speaker',
      id: `speaker:${key}`,
      ...(s.actorId ? { actorId: s.actorId } : {}),
      label: s.label,
      description: String(s.quotes.length),
      children: workspace ? byFile(`speaker:${key}`, s.quotes) : s.quotes,
    }));
  const total = children.reduce((n, c) => n + Number(c.description), 0);
  return { kind: 'group', group: 'quotations', id: 'group:quotations', label: 'Quotations', description: String(total), children };
}

function topicsGroup(articles: readonly OutlineArticle[], options: OutlineOptions, workspace: boolean): GroupNode {
  const topics = new Map<string, { label: string; parent?: string; passages: LocationNode[] }>();
  for (const article of articles) {
    for (const topic of article.view.annotations.topics) {
      if (!topics.has(topic.id)) topics.set(topic.id, { label: topic.label, ...(topic.parent ? { parent: topic.parent } : {}), passages: [] });
    }
    for (const placed of article.view.placed) {
      if (placed.ref.kind !== 'passage') continue;
      const entry = topics.get(placed.ref.topicId);
      const span = placed.resolution.kind === 'orphan' ? undefined : placed.resolution.span;
      entry?.passages.push(location('passage', `topic:${placed.ref.topicId}/passage:${article.article}:${placed.ref.index}`, article, span));
    }
  }
  // A codebook: subtopics under their parent.
  const nodeOf = (topicId: string): TopicNode => {
    const topic = topics.get(topicId)!;
    const subtopics = [...topics.entries()].filter(([, t]) => t.parent === topicId).map(([id]) => nodeOf(id));
    const passages = workspace ? byFile(`topic:${topicId}`, topic.passages) : topic.passages;
    return { kind: 'topic', id: `topic:${topicId}`, topicId, label: topic.label, description: String(topic.passages.length), children: [...subtopics, ...passages] };
  };
  const roots = [...topics.entries()]
    .filter(([, t]) => !t.parent || !topics.has(t.parent))
    .filter(([, t]) => matches(t.label, options.filter))
    .map(([id]) => nodeOf(id));
  return { kind: 'group', group: 'topics', id: 'group:topics', label: 'Topics', description: String(topics.size), children: roots };
}

function orphanGroup(articles: readonly OutlineArticle[]): GroupNode {
  const children: LocationNode[] = [];
  for (const article of articles) {
    article.view.placed.forEach((placed, index) => {
      if (placed.resolution.kind !== 'orphan') return;
      children.push({
        kind: 'orphan',
        id: `orphan:${article.article}:${index}`,
        article: article.article,
        label: firstWords(placed.anchor.text),
        description: placed.resolution.reason,
        children: [],
      });
    });
  }
  return { kind: 'group', group: 'orphans', id: 'group:orphans', label: 'Orphans', description: String(children.length), children };
}

function location(kind: LocationNode['kind'], id: string, article: OutlineArticle, span: Span | undefined, actorId?: string): LocationNode {
  if (!span) return { kind, id, article: article.article, label: '(orphan)', children: [], ...(actorId ? { actorId } : {}) };
  const { line, excerpt } = excerptAt(article.view.text, span);
  return {
    kind,
    id,
    article: article.article,
    span: { start: span.start, end: span.end },
    line,
    label: excerpt,
    description: `${line + 1}`,
    children: [],
    ...(actorId ? { actorId } : {}),
  };
}

/** The line of a span and a short excerpt of its context, on one line. */
export function excerptAt(text: string, span: Span): { line: number; excerpt: string } {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < span.start; i = text.indexOf('\n', i + 1)) line++;
  const from = Math.max(0, span.start - EXCERPT_RADIUS);
  const to = Math.min(text.length, span.end + EXCERPT_RADIUS);
  const excerpt = (from > 0 ? '…' : '') + text.slice(from, to).replace(/\s+/g, ' ').trim() + (to < text.length ? '…' : '');
  return { line, excerpt };
}

function byFile(parentId: string, nodes: readonly LocationNode[]): OutlineNode[] {
  const files = new Map<string, LocationNode[]>();
  for (const node of nodes) files.set(node.article, [...(files.get(node.article) ?? []), node]);
  return [...files.entries()].map(([article, children]): FileNode => ({
    kind: 'file',
    id: `${parentId}/file:${article}`,
    article,
    label: article,
    description: String(children.length),
    children,
  }));
}

function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? flat.slice(0, 59) + '…' : flat;
}

function rank(order: readonly string[], type: string): number {
  const index = order.indexOf(type);
  return index === -1 ? order.length : index;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(label: string, filter: string | undefined): boolean {
  return !filter || fold(label).includes(fold(filter));
}
