/**
 * The corpus questions, answered from rows (see rows.ts): who is quoted, which kinds of
 * sources, which values of a property, in which articles, and which actors appear together.
 * What `marginalia stats --by` prints and what the corpus view will chart.
 */
import { NO_SPEAKER } from '../stats/annotationStats';
import type { MentionRow, QuotationRow, SpeakerRow } from './rows';

/** Labels of the groups that are not a speaker, a type or a value (NO_SPEAKER: as plain `stats` says it). */
export { NO_SPEAKER };
export const FREE_TEXT_SPEAKER = '(free-text speaker)';
export const UNKNOWN_ACTOR = '(unknown actor)';
export const NO_VALUE = '(no value)';

/** One group of quotations. */
export interface QuotationCount {
  /** What identifies the group: `actor:ID`, `text:SPEAKER`, a type, a property value, or a label in parentheses. */
  readonly key: string;
  /** What a reader sees: the speaker's name, the type, the value. */
  readonly label: string;
  readonly quotations: number;
  /** quotations / all quotations counted (0 when there are none). */
  readonly share: number;
  /** In how many distinct articles the group's quotations are. */
  readonly articles: number;
}

/** The groups a quotation falls in: its key and label. */
type Grouping = (row: SpeakerRow) => { key: string; label: string };

/** Quotations per speaker: an actor (by id, across articles), a free-text speaker, or none. */
export function quotationsBySpeaker(rows: readonly SpeakerRow[]): QuotationCount[] {
  return countBy(rows, (row) => {
    if (row.actorId !== undefined) return { key: `actor:${row.actorId}`, label: row.actorName ?? row.speaker ?? row.actorId };
    // Free-text speakers are typed by hand: "la mairie" and "la Mairie", "Il" at a sentence's
    // start and "il" after a comma are one source to the reader.
    if (row.speaker !== undefined) return { key: `text:${row.speaker.toLocaleLowerCase()}`, label: row.speaker };
    return { key: NO_SPEAKER, label: NO_SPEAKER };
  });
}

/** Quotations per type of their speaker (person, organization…). */
export function quotationsBySpeakerType(rows: readonly SpeakerRow[]): QuotationCount[] {
  return countBy(rows, (row) => {
    const label = row.actorType ?? (row.actorId !== undefined ? UNKNOWN_ACTOR : row.speaker !== undefined ? FREE_TEXT_SPEAKER : NO_SPEAKER);
    return { key: label, label };
  });
}

/** Quotations per value of their speaker's property `name` (e.g. gender). */
export function quotationsByProperty(rows: readonly SpeakerRow[], name: string): QuotationCount[] {
  return countBy(rows, (row) => {
    const value = Object.hasOwn(row.properties, name) ? row.properties[name] : undefined;
    const label = value === undefined || value === '' ? NO_VALUE : value;
    return { key: label, label };
  });
}

export interface ArticleCount {
  readonly article: string;
  readonly quotations: number;
  readonly direct: number;
  readonly indirect: number;
  /** Quotations with a speaker (an actor or free text). */
  readonly attributed: number;
}

/** Quotations per article, every article of `articles` included (with 0), in the order given. */
export function quotationsPerArticle(rows: readonly QuotationRow[], articles: readonly string[]): ArticleCount[] {
  const counts = new Map<string, { quotations: number; direct: number; indirect: number; attributed: number }>();
  for (const article of articles) counts.set(article, { quotations: 0, direct: 0, indirect: 0, attributed: 0 });
  for (const row of rows) {
    let count = counts.get(row.article);
    if (!count) counts.set(row.article, (count = { quotations: 0, direct: 0, indirect: 0, attributed: 0 }));
    count.quotations++;
    count[row.quoteKind]++;
    if (row.speaker !== undefined) count.attributed++;
  }
  return [...counts].map(([article, count]) => ({ article, ...count }));
}

/** Two actors mentioned in the same articles. */
export interface CoMention {
  /** The pair, ids in code-unit order (a < b). */
  readonly a: { readonly id: string; readonly label: string };
  readonly b: { readonly id: string; readonly label: string };
  /** In how many articles both are mentioned. */
  readonly articles: number;
}

/**
 * Pairs of actors mentioned in the same article, by number of such articles (most first); an
 * actor is the same in two articles when its id is (the model's rule). `minArticles` drops the
 * pairs seen together fewer times (the long tail of a large corpus).
 */
export function coMentions(rows: readonly MentionRow[], minArticles = 1): CoMention[] {
  const actorsByArticle = new Map<string, Set<string>>();
  const labels = new Map<string, string>();
  for (const row of rows) {
    let actors = actorsByArticle.get(row.article);
    if (!actors) actorsByArticle.set(row.article, (actors = new Set()));
    actors.add(row.actorId);
    if (!labels.has(row.actorId)) labels.set(row.actorId, row.actorName);
  }
  const pairs = new Map<string, { a: string; b: string; articles: number }>();
  for (const actors of actorsByArticle.values()) {
    const ids = [...actors].sort(byCodeUnits);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        const pair = pairs.get(key);
        if (pair) pair.articles++;
        else pairs.set(key, { a: ids[i]!, b: ids[j]!, articles: 1 });
      }
    }
  }
  const label = (id: string) => ({ id, label: labels.get(id) ?? id });
  return [...pairs.values()]
    .filter((pair) => pair.articles >= minArticles)
    .map((pair) => ({ a: label(pair.a), b: label(pair.b), articles: pair.articles }))
    .sort((x, y) => y.articles - x.articles || byCodeUnits(x.a.label, y.a.label) || byCodeUnits(x.b.label, y.b.label));
}

/** Groups, most quotations first, then by label (code-unit order: the same on every machine). */
function countBy(rows: readonly SpeakerRow[], group: Grouping): QuotationCount[] {
  const groups = new Map<string, { label: string; quotations: number; articles: Set<string> }>();
  for (const row of rows) {
    const { key, label } = group(row);
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { label, quotations: 0, articles: new Set() }));
    entry.quotations++;
    entry.articles.add(row.article);
  }
  const total = rows.length;
  return [...groups]
    .map(([key, entry]) => ({ key, label: entry.label, quotations: entry.quotations, share: total === 0 ? 0 : entry.quotations / total, articles: entry.articles.size }))
    .sort((x, y) => y.quotations - x.quotations || byCodeUnits(x.label, y.label) || byCodeUnits(x.key, y.key));
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
