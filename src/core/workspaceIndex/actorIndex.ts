/**
 * The entries of the workspace index with the inverted indexes that answer workspace-wide
 * questions without visiting every article: which articles list an actor id (references,
 * rename across articles, hover counts), and which distinct actors match a symbol query (each
 * distinct name/alias set is folded once, however many articles share it).
 */
import type { Actor } from '../model';
import { fold } from '../navigation/workspace';
import type { FlatRanges, IndexEntry } from './indexEntry';

/** An actor of one article matching a symbol query, with its first mention there (if any). */
export interface SymbolHit {
  readonly key: string;
  readonly actor: Actor;
  readonly first?: FlatRanges;
}

/** The mentions of one actor in one article. */
export interface ArticleReferences {
  readonly key: string;
  readonly ranges: FlatRanges;
}

interface DistinctActor {
  readonly actor: Actor;
  /** Name, id and aliases, folded (case and diacritics dropped), without spaces. */
  readonly folded: readonly string[];
  /** The articles listing this very actor. */
  readonly keys: Set<string>;
}

export class ActorIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly byId = new Map<string, Set<string>>();
  private readonly distinct = new Map<string, DistinctActor>();

  get size(): number {
    return this.entries.size;
  }

  get(key: string): IndexEntry | undefined {
    return this.entries.get(key);
  }

  values(): IterableIterator<IndexEntry> {
    return this.entries.values();
  }

  set(entry: IndexEntry): void {
    this.delete(entry.key);
    this.entries.set(entry.key, entry);
    for (const actor of entry.annotations.actors) {
      let keys = this.byId.get(actor.id);
      if (!keys) this.byId.set(actor.id, (keys = new Set()));
      keys.add(entry.key);
      const signature = signatureOf(actor);
      let distinct = this.distinct.get(signature);
      if (!distinct) this.distinct.set(signature, (distinct = { actor, folded: [actor.name, actor.id, ...actor.aliases].map(foldName), keys: new Set() }));
      distinct.keys.add(entry.key);
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    for (const actor of old.annotations.actors) {
      const keys = this.byId.get(actor.id);
      keys?.delete(key);
      if (keys?.size === 0) this.byId.delete(actor.id);
      const signature = signatureOf(actor);
      const distinct = this.distinct.get(signature);
      distinct?.keys.delete(key);
      if (distinct?.keys.size === 0) this.distinct.delete(signature);
    }
  }

  /** The articles whose sidecar lists `actorId`. */
  articlesWith(actorId: string): ReadonlySet<string> {
    return this.byId.get(actorId) ?? EMPTY;
  }

  /**
   * The actors whose name, an alias or id has the query's characters in order (case and
   * accents ignored; an empty query matches all), one hit per article, as
   * navigation's findActors answers over views.
   */
  search(query: string): SymbolHit[] {
    const wanted = foldName(query);
    const hits: SymbolHit[] = [];
    for (const { actor, folded, keys } of this.distinct.values()) {
      if (!folded.some((name) => inOrder(wanted, name))) continue;
      for (const key of keys) {
        const first = this.rangesOf(key, actor.id);
        hits.push({ key, actor, ...(first ? { first: first.slice(0, 4) } : {}) });
      }
    }
    return hits;
  }

  /** Every mention of `actorId`, per article that mentions it. */
  references(actorId: string): ArticleReferences[] {
    const found: ArticleReferences[] = [];
    for (const key of this.articlesWith(actorId)) {
      const ranges = this.rangesOf(key, actorId);
      if (ranges) found.push({ key, ranges });
    }
    return found;
  }

  /** How many mentions of `actorId` the articles other than `except` hold, and in how many articles it is listed. */
  countsElsewhere(actorId: string, except: string): { readonly articles: number; readonly mentions: number } {
    let articles = 0;
    let mentions = 0;
    for (const key of this.articlesWith(actorId)) {
      if (key === except) continue;
      articles++;
      mentions += (this.rangesOf(key, actorId)?.length ?? 0) / 4;
    }
    return { articles, mentions };
  }

  private rangesOf(key: string, actorId: string): FlatRanges | undefined {
    const pair = this.entries.get(key)?.mentions.find(([id]) => id === actorId);
    return pair && pair[1].length > 0 ? pair[1] : undefined;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function foldName(name: string): string {
  return fold(name).replace(/\s+/g, '');
}

function signatureOf(actor: Actor): string {
  return [actor.id, actor.type, actor.name, ...actor.aliases].join('\u0000');
}

function inOrder(wanted: string, name: string): boolean {
  let at = 0;
  for (const c of wanted) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
