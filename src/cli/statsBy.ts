/** `marginalia stats --by speaker|type|property:NAME`: quotations grouped over the corpus, as a table, CSV or JSON. */
import { quotationsByProperty, quotationsBySpeaker, quotationsBySpeakerType, type QuotationCount } from '../core/corpus/aggregations';
import { formatCsv } from '../core/corpus/csv';
import type { SpeakerRow } from '../core/corpus/rows';

export type Grouping = { readonly kind: 'speaker' } | { readonly kind: 'type' } | { readonly kind: 'property'; readonly name: string };

/** The grouping `--by` names, or what is wrong with it. */
export function parseGrouping(value: string): Grouping | string {
  if (value === 'speaker' || value === 'type') return { kind: value };
  if (value.startsWith('property:')) {
    const name = value.slice('property:'.length);
    return name === '' ? '--by property:NAME needs a property name' : { kind: 'property', name };
  }
  return `unknown --by '${value}' (speaker, type or property:NAME)`;
}

export function groupingLabel(grouping: Grouping): string {
  return grouping.kind === 'property' ? `property:${grouping.name}` : grouping.kind;
}

export function groupQuotations(rows: readonly SpeakerRow[], grouping: Grouping): QuotationCount[] {
  if (grouping.kind === 'speaker') return quotationsBySpeaker(rows);
  if (grouping.kind === 'type') return quotationsBySpeakerType(rows);
  return quotationsByProperty(rows, grouping.name);
}

export interface GroupedReport {
  readonly by: string;
  /** Sidecars read. */
  readonly articles: number;
  readonly quotations: number;
  readonly groups: readonly QuotationCount[];
}

export function formatGroupedCsv(report: GroupedReport): string {
  return formatCsv([
    ['key', 'label', 'quotations', 'share', 'articles'],
    ...report.groups.map((g) => [g.key, g.label, String(g.quotations), g.share.toFixed(4), String(g.articles)]),
  ]);
}

/** An aligned table: label, quotations, share in percent, articles. */
export function formatGroupedTable(report: GroupedReport): string {
  const header = `${plural(report.quotations, 'quotation')} in ${plural(report.articles, 'sidecar')}, by ${report.by}:`;
  const rows = report.groups.map((g) => [g.label, String(g.quotations), `${(g.share * 100).toFixed(1)} %`, plural(g.articles, 'article')]);
  const widths = [0, 1, 2].map((i) => rows.reduce((max, row) => Math.max(max, row[i]!.length), 0));
  const lines = rows.map(([label, count, share, articles]) => `  ${label!.padEnd(widths[0]!)}  ${count!.padStart(widths[1]!)}  ${share!.padStart(widths[2]!)}  ${articles}`);
  return [header, ...lines].join('\n') + '\n';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
