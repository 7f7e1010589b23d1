import type { ArticleView } from '../article/view';
import type { Actor, Quotation } from '../model';
import { firstWords } from './excerpt';

/** What a hover card says about an actor. */
export interface ActorCard {
  readonly actor: Actor;
  /** Mentions in this article. */
  readonly mentionsHere: number;
  /** Mentions in every annotated article of the workspace (this one included). */
  readonly mentionsInWorkspace: number;
  /** Articles of the workspace that mention the actor or list it. */
  readonly articles: number;
  /** The first words of the quotations this actor speaks in this article, in text order. */
  readonly quotations: readonly string[];
}

/** The parts of another article the card counts: its actors and mentions. */
export interface CountedArticle {
  readonly view: Pick<ArticleView, 'mentions' | 'actorsById'>;
}

/**
 * Builds the card of `actorId` in `view`; `others` are the other annotated articles of the
 * workspace (the same id in two articles is the same actor).
 */
export function actorCard(view: ArticleView, actorId: string, others: readonly CountedArticle[] = []): ActorCard | undefined {
  const actor = view.actorsById.get(actorId);
  if (!actor) return undefined;
  const count = (v: CountedArticle['view']) => v.mentions.reduce((n, m) => n + (m.actorId === actorId ? 1 : 0), 0);
  const mentionsHere = count(view);
  let mentionsInWorkspace = mentionsHere;
  let articles = 1;
  for (const other of others) {
    if (!other.view.actorsById.has(actorId)) continue;
    mentionsInWorkspace += count(other.view);
    articles++;
  }
  return { actor, mentionsHere, mentionsInWorkspace, articles, quotations: quotationsOf(view, actorId) };
}

/** The first words of the placed quotations spoken by the actor, in text order. */
export function quotationsOf(view: ArticleView, actorId: string): string[] {
  const spoken: { start: number; text: string }[] = [];
  for (const p of view.placed) {
    if (p.ref.kind !== 'quotation') continue;
    const quotation: Quotation | undefined = view.annotations.quotations[p.ref.index];
    if (!quotation?.speaker || !('actor' in quotation.speaker) || quotation.speaker.actor !== actorId) continue;
    const start = p.resolution.kind === 'orphan' ? Number.MAX_SAFE_INTEGER : p.resolution.span.start;
    spoken.push({ start, text: firstWords(quotation.anchor.text) });
  }
  return spoken.sort((a, b) => a.start - b.start).map((s) => s.text);
}
