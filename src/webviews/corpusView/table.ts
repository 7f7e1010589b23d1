/**
 * The quotations table: a header of sort buttons and one focusable row per quotation. Arrow
 * keys move between rows, Home/End jump, Enter (or a click) opens the article at the row's
 * quotation. Only the first rows are built at once: a corpus holds thousands, and building
 * them all would make every keystroke in the search box wait.
 */
import type { CorpusQuotation } from '../../editor/corpus/corpusProtocol';
import type { SortKey } from './filtering';

const PAGE = 400;

export interface TableOptions {
  readonly t: (key: string, ...args: (string | number)[]) => string;
  readonly sort: { readonly key: SortKey; readonly descending: boolean };
  readonly empty: string;
  readonly onSort: (key: SortKey) => void;
  readonly onOpen: (quotation: CorpusQuotation) => void;
}

const COLUMNS: readonly SortKey[] = ['speaker', 'type', 'kind', 'text', 'article', 'date'];
const HEADINGS: Record<SortKey, string> = { speaker: 'speaker', type: 'type', kind: 'kind', text: 'quotation', article: 'article', date: 'date' };

export function renderTable(container: HTMLElement, quotations: readonly CorpusQuotation[], options: TableOptions): void {
  const table = document.createElement('table');
  table.setAttribute('aria-rowcount', String(quotations.length + 1));
  const head = table.createTHead().insertRow();
  for (const key of COLUMNS) {
    const cell = document.createElement('th');
    cell.className = `col-${key}`;
    cell.scope = 'col';
    if (options.sort.key === key) cell.setAttribute('aria-sort', options.sort.descending ? 'descending' : 'ascending');
    const button = document.createElement('button');
    button.textContent = options.t(HEADINGS[key]) + (options.sort.key === key ? (options.sort.descending ? ' ▾' : ' ▴') : '');
    button.title = options.t('sortHint');
    button.addEventListener('click', () => options.onSort(key));
    cell.append(button);
    head.append(cell);
  }
  const body = table.createTBody();
  appendRows(body, quotations, 0, options);
  container.replaceChildren(table);
  if (quotations.length === 0) {
    const note = document.createElement('p');
    note.className = 'empty';
    note.textContent = options.empty;
    container.append(note);
  }
  body.addEventListener('keydown', (event) => moveFocus(event, body));
}

function appendRows(body: HTMLTableSectionElement, quotations: readonly CorpusQuotation[], from: number, options: TableOptions): void {
  const to = Math.min(quotations.length, from + PAGE);
  for (let i = from; i < to; i++) body.append(row(quotations[i]!, i, options));
  if (to < quotations.length) {
    const more = body.insertRow();
    more.className = 'more';
    const cell = more.insertCell();
    cell.colSpan = COLUMNS.length;
    const button = document.createElement('button');
    button.textContent = `${to} / ${quotations.length} …`;
    button.addEventListener('click', () => {
      more.remove();
      appendRows(body, quotations, to, options);
    });
    cell.append(button);
  }
}

function row(quotation: CorpusQuotation, index: number, options: TableOptions): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.tabIndex = index === 0 ? 0 : -1;
  tr.title = options.t('openHint');
  tr.dataset['id'] = quotation.id;
  tr.setAttribute('aria-rowindex', String(index + 2));
  const cells: Record<SortKey, string> = {
    speaker: quotation.speaker ?? options.t('noSpeaker'),
    type: quotation.actorType ?? '',
    kind: options.t(quotation.quoteKind),
    text: quotation.text,
    article: baseName(quotation.article),
    date: quotation.date ?? '',
  };
  for (const key of COLUMNS) {
    const td = tr.insertCell();
    td.className = `col-${key}`;
    if (key === 'text') {
      const clamp = document.createElement('div');
      clamp.className = 'clamp';
      clamp.textContent = cells[key];
      td.append(clamp);
    } else td.textContent = cells[key];
    if (key === 'speaker' && quotation.speaker === undefined) td.classList.add('missing');
    if (key === 'article') td.title = quotation.article;
    if (key === 'text') td.title = quotation.text;
    if (key === 'text' && quotation.offsets === undefined) {
      td.classList.add('orphan');
      td.title = options.t('orphan');
    }
  }
  tr.addEventListener('click', () => options.onOpen(quotation));
  tr.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') options.onOpen(quotation);
  });
  return tr;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Roving focus: one row is in the tab order; the arrows move it. */
function moveFocus(event: KeyboardEvent, body: HTMLTableSectionElement): void {
  const rows = [...body.rows].filter((r) => r.dataset['id'] !== undefined);
  const current = rows.indexOf(document.activeElement as HTMLTableRowElement);
  if (current < 0) return;
  const target =
    event.key === 'ArrowDown' ? current + 1 : event.key === 'ArrowUp' ? current - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : undefined;
  if (target === undefined || target < 0 || target >= rows.length) return;
  event.preventDefault();
  rows[current]!.tabIndex = -1;
  rows[target]!.tabIndex = 0;
  rows[target]!.focus();
}
