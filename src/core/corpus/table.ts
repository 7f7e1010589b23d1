/**
 * The rows of the CSV and JSONL exports: one flat record per quotation and per mention, the
 * same fields in the same order in both (the README's contract table lists them).
 */
import { formatCsv } from './csv';
import type { CorpusRow } from './rows';

/** The fields of every record, in order; CSV adds one `property:NAME` column per property seen. */
export const ROW_FIELDS = [
  'kind', 'article', 'index', 'start', 'end', 'startCodePoint', 'endCodePoint', 'text',
  'actorId', 'actorName', 'actorType', 'externalId', 'speaker', 'quoteKind', 'cue', 'topics', 'note', 'source',
] as const;

export type FlatRecord = { readonly [K in (typeof ROW_FIELDS)[number]]?: string | number | readonly string[] } & {
  readonly properties: Readonly<Record<string, string>>;
};

/** A row as one flat record: absent fields are left out (JSONL) or empty (CSV). */
export function flatRecord(row: CorpusRow): FlatRecord {
  const common = {
    kind: row.kind,
    article: row.article,
    ...(row.kind === 'quotation' ? { index: row.index } : {}),
    ...(row.offsets ?? {}),
    text: row.text,
    ...(row.actorId !== undefined ? { actorId: row.actorId } : {}),
    ...(row.actorName !== undefined ? { actorName: row.actorName } : {}),
    ...(row.actorType !== undefined ? { actorType: row.actorType } : {}),
    ...(row.externalId !== undefined ? { externalId: row.externalId } : {}),
  };
  if (row.kind === 'mention') return { ...common, source: row.source, properties: row.properties };
  return {
    ...common,
    ...(row.speaker !== undefined ? { speaker: row.speaker } : {}),
    quoteKind: row.quoteKind,
    ...(row.cue !== undefined ? { cue: row.cue } : {}),
    topics: row.topics,
    ...(row.note !== undefined ? { note: row.note } : {}),
    properties: row.properties,
  };
}

/** JSON Lines: one record per line, `properties` an object. */
export function formatJsonl(rows: Iterable<CorpusRow>): string {
  let out = '';
  for (const row of rows) out += JSON.stringify(flatRecord(row)) + '\n';
  return out;
}

/**
 * CSV (RFC 4180) with a header: the fields of {@link ROW_FIELDS}, topics joined by `;`, then one
 * `property:NAME` column per property name any row has (sorted).
 */
export function formatRowsCsv(rows: readonly CorpusRow[]): string {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.properties)) names.add(name);
  const properties = [...names].sort();
  const records: string[][] = [[...ROW_FIELDS, ...properties.map((name) => `property:${name}`)]];
  for (const row of rows) {
    const flat = flatRecord(row);
    const cells = ROW_FIELDS.map((field) => {
      const value = flat[field];
      return value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
    });
    for (const name of properties) cells.push(Object.hasOwn(row.properties, name) ? row.properties[name]! : '');
    records.push(cells);
  }
  return formatCsv(records);
}
