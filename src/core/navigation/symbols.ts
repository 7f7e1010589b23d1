import type { ArticleView } from '../article/view';
import type { Actor, Span } from '../model';
import { firstWords } from './excerpt';
import { quotationStops } from './quotations';
import { pushTo } from '../multiMap';

/** A symbol of an article, for the Outline view, breadcrumbs and Go to Symbol. */
export interface ArticleSymbol {
  readonly kind: 'type' | 'actor' | 'quotations' | 'quotation';
  readonly name: string;
  readonly detail: string;
  /** The whole extent (a type group spans its actors' first mentions). */
  readonly range: Span;
  /** What is revealed and selected when the symbol is picked. */
  readonly selection: Span;
  /** The actor type (for 'type' and 'actor' symbols). */
  readonly type?: string;
  readonly children: readonly ArticleSymbol[];
}

/**
 * The symbols of an article: one group per actor type (in `typeOrder`, then the others by name)
 * holding the actors that have a mention, each at its first mention; then a group of the
 * stored quotations at their place, named by their first words, with their speaker as detail.
 * Actors without a mention in the text have no place to point to and are left out.
 */
export function articleSymbols(view: ArticleView, typeOrder: readonly string[] = []): ArticleSymbol[] {
  const first = new Map<string, { start: number; end: number; count: number }>();
  for (const m of view.mentions) {
    const seen = first.get(m.actorId);
    if (seen) seen.count++;
    else first.set(m.actorId, { start: m.start, end: m.end, count: 1 });
  }
  const byType = new Map<string, ArticleSymbol[]>();
  for (const actor of view.annotations.actors) {
    const at = first.get(actor.id);
    if (!at) continue;
    const span = { start: at.start, end: at.end };
    const symbol: ArticleSymbol = { kind: 'actor', name: actor.name, detail: detailOf(actor, at.count), range: span, selection: span, type: actor.type, children: [] };
    pushTo(byType, actor.type, symbol);
  }
  const rank = (type: string) => {
    const i = typeOrder.indexOf(type);
    return i < 0 ? typeOrder.length : i;
  };
  const types = [...byType.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const typeOf = new Map(view.annotations.actors.map((a) => [a.id, a.type]));
  const symbols: ArticleSymbol[] = types.map((type) => {
    const actors = byType.get(type)!.sort((a, b) => a.range.start - b.range.start);
    return typeGroup(type, actors, view.mentions.filter((m) => typeOf.get(m.actorId) !== type));
  });
  const quotations: ArticleSymbol[] = quotationStops(view)
    .filter((stop) => stop.stored !== undefined)
    .map((stop) => {
      const quotation = view.annotations.quotations[stop.stored!]!;
      const speaker = quotation.speaker && ('actor' in quotation.speaker ? view.actorsById.get(quotation.speaker.actor)?.name ?? quotation.speaker.actor : quotation.speaker.text);
      const span = { start: stop.start, end: stop.end };
      return { kind: 'quotation', name: firstWords(view.text.slice(stop.start, stop.end)), detail: speaker ?? '', range: span, selection: span, children: [] };
    });
  if (quotations.length > 0) symbols.push(group('quotations', 'quotations', `${quotations.length}`, quotations));
  return symbols;
}

function detailOf(actor: Actor, mentions: number): string {
  const aliases = actor.aliases.length > 0 ? ` · ${actor.aliases.join(', ')}` : '';
  return `${mentions}×${aliases}`;
}

/**
 * A type group ends before the first mention of another type: breadcrumbs and the Outline's
 * follow-the-cursor show the first group whose range holds the cursor, so a range spanning
 * the type's first mentions from start to end would name "person" on an organisation. Actors
 * after that point keep their own range (their first mention).
 */
function typeGroup(type: string, actors: ArticleSymbol[], others: readonly Span[]): ArticleSymbol {
  const whole = group('type', type, `${actors.length}`, actors, type);
  const start = whole.range.start;
  const limit = others.filter((m) => m.start >= actors[0]!.range.end).reduce((min, m) => Math.min(min, m.start), Infinity);
  const end = Math.max(actors[0]!.range.end, ...actors.map((a) => a.range.end).filter((e) => e <= limit));
  return { ...whole, range: { start, end } };
}

function group(kind: 'type' | 'quotations', name: string, detail: string, children: ArticleSymbol[], type?: string): ArticleSymbol {
  // A reduce, not a spread: an article may have more quotations than a call takes arguments.
  const start = children.reduce((min, c) => Math.min(min, c.range.start), Infinity);
  const end = children.reduce((max, c) => Math.max(max, c.range.end), -Infinity);
  const first = children[0]!.selection;
  return { kind, name, detail, range: { start, end }, selection: first, ...(type === undefined ? {} : { type }), children };
}
