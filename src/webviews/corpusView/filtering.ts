/**
 * The table's filters and sorting, apart from the page so that they run in plain Node tests.
 * A filter over a few thousand quotations must answer within a frame or two: one pass, with
 * each quotation's searchable text folded once and cached.
 */
import type { CorpusQuotation } from '../../editor/corpus/corpusProtocol';

export interface Filters {
  /** Words the speaker, the quotation or the article must contain (case and accents ignored). */
  text: string;
  /** The speaker's actor type, or '' for all. */
  speakerType: string;
  kind: '' | 'direct' | 'indirect';
}

export type SortKey = 'speaker' | 'type' | 'kind' | 'text' | 'article' | 'date';

const folded = new WeakMap<CorpusQuotation, string>();

/** Lower case without diacritics: "État" and "etat" match. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchable(quotation: CorpusQuotation): string {
  let text = folded.get(quotation);
  if (text === undefined) {
    text = fold([quotation.speaker ?? '', quotation.text, quotation.article, ...Object.values(quotation.properties)].join('\n'));
    folded.set(quotation, text);
  }
  return text;
}

/** The quotations every filter keeps; each word of the search must occur (in any field). */
export function applyFilters(quotations: readonly CorpusQuotation[], filters: Filters): CorpusQuotation[] {
  const words = fold(filters.text).split(/\s+/).filter((w) => w.length > 0);
  return quotations.filter(
    (q) =>
      (filters.speakerType === '' || q.actorType === filters.speakerType) &&
      (filters.kind === '' || q.quoteKind === filters.kind) &&
      words.every((word) => searchable(q).includes(word)),
  );
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const SORT_VALUES: Record<SortKey, (q: CorpusQuotation) => string> = {
  speaker: (q) => q.speaker ?? '',
  type: (q) => q.actorType ?? '',
  kind: (q) => q.quoteKind,
  text: (q) => q.text,
  article: (q) => q.article,
  date: (q) => q.date ?? '',
};

/**
 * Sorted by one column; ties keep the article's order (article, then position), and empty
 * values go last either way, so "no speaker" never crowds the top of a sorted table.
 */
export function sortQuotations(quotations: readonly CorpusQuotation[], key: SortKey, descending: boolean): CorpusQuotation[] {
  const value = SORT_VALUES[key];
  const direction = descending ? -1 : 1;
  return [...quotations].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === '' || vb === '') {
      if (va !== vb) return va === '' ? 1 : -1;
    } else {
      const order = collator.compare(va, vb) * direction;
      if (order !== 0) return order;
    }
    return collator.compare(a.article, b.article) || (a.offsets?.start ?? Infinity) - (b.offsets?.start ?? Infinity);
  });
}

/** The property names the speakers of these quotations have, for the "by property" chart. */
export function propertyNames(quotations: readonly CorpusQuotation[]): string[] {
  const names = new Set<string>();
  for (const q of quotations) for (const name of Object.keys(q.properties)) names.add(name);
  return [...names].sort(collator.compare);
}
