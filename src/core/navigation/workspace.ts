import type { ArticleView, Mention } from '../article/view';
import type { Actor } from '../model';

/** An annotated article as the workspace index holds it; `key` identifies it (its URI). */
export interface WorkspaceArticle<K> {
  readonly key: K;
  readonly view: ArticleView;
}

/** The mentions of one actor in one article. */
export interface ArticleOccurrences<K> {
  readonly key: K;
  readonly text: string;
  readonly mentions: readonly Mention[];
}

/** Every mention of `actorId` in every article (the same id is the same actor), by article. */
export function occurrencesAcross<K>(articles: readonly WorkspaceArticle<K>[], actorId: string): ArticleOccurrences<K>[] {
  const result: ArticleOccurrences<K>[] = [];
  for (const { key, view } of articles) {
    const mentions = view.mentions.filter((m) => m.actorId === actorId);
    if (mentions.length > 0) result.push({ key, text: view.text, mentions });
  }
  return result;
}

/** An actor found by a workspace symbol search, in one article. */
export interface ActorHit<K> {
  readonly key: K;
  readonly actor: Actor;
  /** Its first mention in that article, if it has one. */
  readonly first?: Mention;
  readonly text: string;
}

/**
 * The actors of every article whose name, an alias or id matches `query`: the query's
 * characters in order (case and accents ignored), as VS Code's own symbol search does.
 * An empty query matches every actor.
 */
export function findActors<K>(articles: readonly WorkspaceArticle<K>[], query: string): ActorHit<K>[] {
  const wanted = fold(query).replace(/\s+/g, '');
  const hits: ActorHit<K>[] = [];
  for (const { key, view } of articles) {
    for (const actor of view.annotations.actors) {
      if (![actor.name, actor.id, ...actor.aliases].some((name) => inOrder(wanted, fold(name)))) continue;
      const first = view.mentions.find((m) => m.actorId === actor.id);
      hits.push({ key, actor, text: view.text, ...(first ? { first } : {}) });
    }
  }
  return hits;
}

/** Lower case, without diacritics: "État" and "etat" are the same to a search. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether the characters of `wanted` appear in `name` in that order (a symbol search's match). */
export function inOrder(wanted: string, name: string): boolean {
  let at = 0;
  for (const c of wanted) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
