/**
 * Quotations over time. Archives and corpora name their files by date (`2016_01_14-003.txt`,
 * `2024-03-12 interview.md`); a date found inside the text would be a guess (the date of an
 * event the article reports), so only the file name counts.
 */

const DATE_IN_NAME = /(?:^|[^0-9])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?![0-9])/;

/** The date an article's file name carries, as `YYYY-MM-DD`; undefined when it carries none. */
export function dateOfArticle(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const match = DATE_IN_NAME.exec(name);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

export interface MonthCount {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly quotations: number;
}

/**
 * Quotations per month, in time order, every month between the first and the last included
 * (a month without quotations is a 0, not a gap the chart would hide); undated ones left out.
 */
export function quotationsPerMonth(rows: Iterable<{ readonly date?: string }>): MonthCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.date === undefined) continue;
    const month = row.date.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const months = [...counts.keys()].sort();
  const result: MonthCount[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  const last = months[months.length - 1]!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    result.push({ month: key, quotations: counts.get(key) ?? 0 });
    if (key >= last) return result;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}
