/**
 * Counting for corpus questions (who is quoted, by which kind of source, where, when, with
 * whom): small pure functions over rows, shared by the corpus view's charts (which recount the
 * rows a filter keeps) and the command line.
 */

export interface Tally {
  readonly label: string;
  readonly count: number;
}

/**
 * How many items fall under each label, the most frequent first (ties in label order, so the
 * result does not depend on the input order). Items without a label are counted under
 * `missing` when it is given, otherwise left out.
 */
export function countBy<T>(items: Iterable<T>, labelOf: (item: T) => string | undefined, missing?: string): Tally[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const label = labelOf(item) ?? missing;
    if (label !== undefined) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count })).sort(byCountThenLabel);
}

/** The same counts in label order (a time axis: "2016-01" before "2016-02"). */
export function countByInOrder<T>(items: Iterable<T>, labelOf: (item: T) => string | undefined): Tally[] {
  return countBy(items, labelOf).sort((a, b) => compareLabels(a.label, b.label));
}

/** The first `limit` tallies, the rest summed under `others` (a chart of the top ten and "other"). */
export function topWithOthers(tallies: readonly Tally[], limit: number, others: string): Tally[] {
  if (tallies.length <= limit) return [...tallies];
  const rest = tallies.slice(limit).reduce((sum, t) => sum + t.count, 0);
  return [...tallies.slice(0, limit), { label: others, count: rest }];
}

export interface CoMention {
  readonly first: string;
  readonly second: string;
  /** In how many articles both are mentioned. */
  readonly articles: number;
}

/**
 * Pairs of actors mentioned in the same article, with the number of articles they share, most
 * shared first. Each article counts a pair once, however often the two are mentioned; pairs
 * are unordered (first < second).
 */
export function coMentions(actorsPerArticle: Iterable<Iterable<string>>): CoMention[] {
  const shared = new Map<string, number>();
  for (const actors of actorsPerArticle) {
    const ids = [...new Set(actors)].sort(compareLabels);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  return [...shared]
    .map(([key, articles]) => {
      const [first, second] = key.split('\u0000') as [string, string];
      return { first, second, articles };
    })
    .sort((a, b) => b.articles - a.articles || compareLabels(a.first, b.first) || compareLabels(a.second, b.second));
}

const DATE_IN_NAME = /(?:^|[^0-9])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?![0-9])/;

/**
 * The date an article's file name carries (`2016_01_14-003.txt`, `2024-03-12 interview.md`,
 * `20240312.txt`), as `YYYY-MM-DD`; undefined when it carries none. Archives and corpora name
 * their files that way; a date inside the text would be a guess.
 */
export function dateOfArticle(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = DATE_IN_NAME.exec(name);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

function byCountThenLabel(a: Tally, b: Tally): number {
  return b.count - a.count || compareLabels(a.label, b.label);
}

function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
