/** The text and CSV forms of an agreement report (`marginalia agree`). */
import type { Agreement, TypeAgreement } from '../core/agreement';
import type { AgreementReport } from './agree';
import { csvField } from '../core/corpus/csv';

/** A figure with three decimals; a figure with nothing to measure is "–" (empty in CSV). */
function figure(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

export function agreementTable(report: AgreementReport): string {
  const compared = report.articles.length;
  const lines = [
    `A = ${report.a}, B = ${report.b}: ${plural(compared, 'article')} compared` +
      `${report.reanchored > 0 ? ` (${report.reanchored} re-anchored: B's text differs from A's)` : ' (none re-anchored)'}` +
      `, ${report.onlyInA.length} only in A, ${report.onlyInB.length} only in B`,
  ];
  if (compared === 0) return lines.join('\n') + '\n';
  lines.push('', ...typeTable(report.corpus), '', speakerLine(report.corpus), '');
  const rows = [['article', 'entities F1', 'κ', 'αu', 'quotations F1', 'speakers', '']];
  for (const article of report.articles) {
    const { entities, quotations, speakers } = article.agreement;
    const notes = [article.reanchored ? 're-anchored' : '', article.orphansB > 0 ? `${plural(article.orphansB, 'orphan')} in B` : ''].filter(Boolean).join(', ');
    rows.push([article.path, figure(entities.overlap.f1), figure(entities.kappa), figure(entities.alphaU), figure(quotations.overlap.f1), figure(speakers.agreement), notes]);
  }
  lines.push('per article (overlap F1):', ...aligned(rows, [0, 6]));
  return lines.join('\n') + '\n';
}

function typeTable(agreement: Agreement): string[] {
  const rows = [['type', 'A', 'B', 'exact P', 'R', 'F1', 'overlap P', 'R', 'F1', 'κ', 'αu']];
  const row = (t: TypeAgreement) => [t.type, String(t.a), String(t.b), figure(t.exact.precision), figure(t.exact.recall), figure(t.exact.f1),
    figure(t.overlap.precision), figure(t.overlap.recall), figure(t.overlap.f1), figure(t.kappa), figure(t.alphaU)];
  for (const type of agreement.types) rows.push(row(type));
  rows.push(row(agreement.entities), row(agreement.quotations));
  return aligned(rows, [0]);
}

function speakerLine({ speakers }: Agreement): string {
  return `speakers: ${plural(speakers.matched, 'matched quotation')}, ${speakers.compared} naming a speaker, ` +
    `${speakers.agreeing} agreeing (${figure(speakers.agreement)})`;
}

/** Columns padded to their widest cell: `textColumns` left-aligned, the figures right-aligned. */
function aligned(rows: readonly (readonly string[])[], textColumns: readonly number[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (textColumns.includes(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
}

const CSV_HEADER = ['article', 'type', 'a', 'b', 'exact_precision', 'exact_recall', 'exact_f1', 'overlap_precision', 'overlap_recall', 'overlap_f1',
  'kappa', 'alpha_u', 'speakers_matched', 'speakers_compared', 'speakers_agreeing', 'speaker_agreement', 'reanchored'];

/** One row per article and type, then the corpus's rows (article `*`); speakers on the quotation rows. */
export function agreementCsv(report: AgreementReport): string {
  const lines = [CSV_HEADER.join(',')];
  const rows = (article: string, agreement: Agreement, reanchored: string) => {
    for (const t of [...agreement.types, agreement.entities, agreement.quotations]) {
      const speakers = t === agreement.quotations
        ? [agreement.speakers.matched, agreement.speakers.compared, agreement.speakers.agreeing, csvFigure(agreement.speakers.agreement)].map(String)
        : ['', '', '', ''];
      lines.push([csvField(article), csvField(t.type), String(t.a), String(t.b), csvFigure(t.exact.precision), csvFigure(t.exact.recall), csvFigure(t.exact.f1),
        csvFigure(t.overlap.precision), csvFigure(t.overlap.recall), csvFigure(t.overlap.f1), csvFigure(t.kappa), csvFigure(t.alphaU), ...speakers, reanchored].join(','));
    }
  };
  for (const article of report.articles) rows(article.path, article.agreement, String(article.reanchored));
  rows('*', report.corpus, String(report.reanchored));
  return lines.join('\n') + '\n';
}

/** Full precision in CSV (the figures are for further computation). */
function csvFigure(value: number | null): string {
  return value === null ? '' : String(value);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
