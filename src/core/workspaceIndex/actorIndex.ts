/**
 * The entries of the workspace index with the inverted indexes that answer workspace-wide
 * questions without visiting every article: which articles list an actor id (references,
 * rename across articles, hover counts), and which distinct actors match a symbol query (each
 * distinct name/alias set is folded once, however many articles share it).
 */
import type { Actor } from '../model';
import { fold, inOrder } from '../navigation/workspace';
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
  /** Name, id and aliases, folded (case and diacritics dropped), without spaces; computed on the first search. */
  folded?: readonly string[];
  /** The articles listing this very actor. */
  readonly keys: Set<string>;
}

export class ActorIndex {
  private readonly entries = new Map<string, IndexEntry>();
  /**
   * Per actor id, the distinct actors (type, name and aliases) that articles list under it:
   * usually one, however many articles share it, so a search folds each name once.
   */
  private readonly byId = new Map<string, DistinctActor[]>();

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
      let variants = this.byId.get(actor.id);
      if (!variants) this.byId.set(actor.id, (variants = []));
      let distinct = variants.find((v) => sameActor(v.actor, actor));
      if (!distinct) variants.push((distinct = { actor, keys: new Set() }));
      distinct.keys.add(entry.key);
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    for (const actor of old.annotations.actors) {
      const variants = this.byId.get(actor.id);
      if (!variants) continue;
      const at = variants.findIndex((v) => sameActor(v.actor, actor));
      if (at < 0) continue;
      variants[at]!.keys.delete(key);
      if (variants[at]!.keys.size === 0) variants.splice(at, 1);
      if (variants.length === 0) this.byId.delete(actor.id);
    }
  }

  /** The articles whose sidecar lists `actorId`. */
  articlesWith(actorId: string): ReadonlySet<string> {
    const variants = this.byId.get(actorId);
    if (!variants) return EMPTY;
    if (variants.length === 1) return variants[0]!.keys;
    const keys = new Set<string>();
    for (const variant of variants) for (const key of variant.keys) keys.add(key);
    return keys;
  }

  /**
   * The actors whose name, an alias or id has the query's characters in order (case and
   * accents ignored; an empty query matches all), one hit per article, as
   * navigation's findActors answers over views. An actor of `sharedIds` (a workspace's shared
   * actor, which every article lists) is a hit only where it is mentioned: otherwise a search
   * in a 10,000-article archive would list it 10,000 times.
   */
  search(query: string, sharedIds: ReadonlySet<string> = EMPTY): SymbolHit[] {
    const wanted = foldName(query);
    const hits: SymbolHit[] = [];
    for (const variants of this.byId.values()) {
      for (const distinct of variants) {
        distinct.folded ??= [distinct.actor.name, distinct.actor.id, ...distinct.actor.aliases].map(foldName);
        if (!distinct.folded.some((name) => inOrder(wanted, name))) continue;
        const { actor, keys } = distinct;
        const shared = sharedIds.has(actor.id);
        for (const key of keys) {
          const first = this.rangesOf(key, actor.id);
          if (shared && !first) continue;
          hits.push({ key, actor, ...(first ? { first: first.slice(0, 4) } : {}) });
        }
      }
    }
    return hits;
  }

  /** The shared actors matching `query` that no article mentions: found in the shared file only. */
  unmentioned<T extends Pick<Actor, 'id' | 'name' | 'aliases'>>(query: string, shared: readonly T[]): T[] {
    const wanted = foldName(query);
    return shared.filter((actor) =>
      [actor.name, actor.id, ...actor.aliases].some((name) => inOrder(wanted, foldName(name))) && this.references(actor.id).length === 0);
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

  /**
   * How many mentions of `actorId` the articles other than `except` hold, and how many of them
   * mention it: an article that lists it without a mention (every shared actor is listed in
   * every article) does not count.
   */
  countsElsewhere(actorId: string, except: string): { readonly articles: number; readonly mentions: number } {
    let articles = 0;
    let mentions = 0;
    for (const key of this.articlesWith(actorId)) {
      const ranges = key === except ? undefined : this.rangesOf(key, actorId);
      if (!ranges) continue;
      articles++;
      mentions += ranges.length / 4;
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

/** The same actor as a symbol shows it: id, type, name and aliases. */
function sameActor(a: Actor, b: Actor): boolean {
  return a.type === b.type && a.name === b.name && a.aliases.length === b.aliases.length && a.aliases.every((alias, i) => alias === b.aliases[i]);
}
