import { mentionAt, type ArticleView, type Mention } from '../article/view';
import { step, type Direction, type Jump } from './cycle';

/** The mentions of one actor in an article, in text order. */
export function mentionsOf(view: ArticleView, actorId: string): Mention[] {
  return view.mentions.filter((m) => m.actorId === actorId);
}

/**
 * The mention under `offset`: the one that contains it, else one that ends exactly at it (the
 * cursor just after a name). Prefers a mention that starts at `offset` over one that ends there.
 */
export function mentionUnder(view: ArticleView, offset: number): Mention | undefined {
  const found = mentionAt(view, offset);
  if (!found || found.end !== offset) return found;
  return view.mentions.find((m) => m.start === offset) ?? found;
}

/**
 * The next (or previous) mention from `offset`: of `actorId` when given, else of the actor
 * under `offset`, else of any actor. Wraps around the article.
 */
export function stepMention(view: ArticleView, offset: number, direction: Direction, actorId?: string): Jump<Mention> | undefined {
  const actor = actorId ?? mentionUnder(view, offset)?.actorId;
  const candidates = actor ? mentionsOf(view, actor) : view.mentions;
  // From inside a mention, "previous" means before this mention, not its own start.
  const current = actor ? mentionUnder(view, offset) : undefined;
  const from = direction === 'previous' && current?.actorId === actor ? current!.start : offset;
  return step(candidates, from, direction);
}

/** The actor's first mention in the article (its "definition"). */
export function firstMention(view: ArticleView, actorId: string): Mention | undefined {
  return view.mentions.find((m) => m.actorId === actorId);
}
