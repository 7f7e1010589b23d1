import type { ArticleView } from '../article/view';

/**
 * Views of indexed articles that are not open, built on demand (the outline's workspace part,
 * the corpus view) and kept while their article's contents hash the same, least recently used
 * dropped first once their texts exceed the budget: memory stays bounded however large the
 * workspace, while a workspace of ordinary articles (10,000 news articles: ~15 M characters)
 * keeps them all.
 */
export class ViewCache {
  /** In order of use, the most recent last (a Map keeps insertion order). */
  private readonly views = new Map<string, { readonly hash: string; readonly view: ArticleView }>();
  private chars = 0;

  constructor(private readonly budgetChars = 64 * 1024 * 1024) {}

  get(key: string, hash: string): ArticleView | undefined {
    const known = this.views.get(key);
    if (!known || known.hash !== hash) return undefined;
    this.views.delete(key);
    this.views.set(key, known);
    return known.view;
  }

  /** The view held for `key`, whatever its hash, without counting it as a use. */
  peek(key: string): ArticleView | undefined {
    return this.views.get(key)?.view;
  }

  set(key: string, hash: string, view: ArticleView): void {
    this.delete(key);
    this.views.set(key, { hash, view });
    this.chars += view.text.length;
    for (const [oldest, { view: old }] of this.views) {
      if (this.chars <= this.budgetChars || oldest === key) break;
      this.views.delete(oldest);
      this.chars -= old.text.length;
    }
  }

  /** An open article's live view (its session owns it; held here to tell when the entry is behind). */
  setLive(key: string, view: ArticleView): void {
    this.set(key, '', view);
  }

  delete(key: string): void {
    const known = this.views.get(key);
    if (!known) return;
    this.views.delete(key);
    this.chars -= known.view.text.length;
  }

  clear(): void {
    this.views.clear();
    this.chars = 0;
  }
}
