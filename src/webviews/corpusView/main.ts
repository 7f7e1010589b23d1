/**
 * The corpus view's page (runs in the webview, bundled by esbuild with Chart.js). It receives
 * every quotation of the workspace from the host, filters and sorts them in a table, and counts
 * what the filters keep into charts with the core's tally functions — the same ones the command
 * line uses. Choosing a row asks the host to open the article at the quotation.
 */
import type { CorpusData, CorpusQuotation, HostMessage, ViewMessage } from '../../editor/corpus/corpusProtocol';
import { applyFilters, propertyNames, sortQuotations, type Filters, type SortKey } from './filtering';
import { createCharts, type Charts } from './charts';
import { renderTable } from './table';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('marginalia-corpus')!;
let strings: Record<string, string> = {};
let data: CorpusData | undefined;
const filters: Filters = { text: '', speakerType: '', kind: '' };
let sort: { key: SortKey; descending: boolean } = { key: 'article', descending: false };
let groupBy = 'type';
let charts: Charts | undefined;
let controls: Controls | undefined;

interface Controls {
  readonly search: HTMLInputElement;
  readonly type: HTMLSelectElement;
  readonly kind: HTMLSelectElement;
  readonly groupBy: HTMLSelectElement;
  readonly summary: HTMLElement;
  readonly table: HTMLElement;
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message.type === 'strings') strings = message.strings;
  else if (message.type === 'data') {
    data = message.data;
    controls ??= buildPage();
    refreshChoices();
    render();
  } else if (message.type === 'setFilter' && controls) {
    controls.search.value = message.text;
    filters.text = message.text;
    render();
  }
});
vscode.postMessage({ type: 'ready' });

function t(key: string, ...args: (string | number)[]): string {
  return (strings[key] ?? key).replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
}

function buildPage(): Controls {
  root.replaceChildren();
  root.removeAttribute('aria-busy');
  const bar = element('div', 'toolbar');
  const search = element('input', 'search');
  search.type = 'search';
  search.placeholder = t('search');
  search.setAttribute('aria-label', t('search'));
  search.addEventListener('input', () => {
    filters.text = search.value;
    render();
  });
  const type = select(t('type'), (value) => (filters.speakerType = value));
  const kind = select(t('kind'), (value) => (filters.kind = value as Filters['kind']));
  kind.append(option('', t('allKinds')), option('direct', t('direct')), option('indirect', t('indirect')));
  const summary = element('span', 'summary');
  summary.setAttribute('role', 'status');
  bar.append(search, type, kind, summary);

  const layout = element('div', 'layout');
  const table = element('section', 'table');
  const side = element('section', 'charts');
  const groupLabel = element('label', 'group-by');
  groupLabel.textContent = `${t('shareBy')} `;
  const groupBySelect = select(t('shareBy'), (value) => (groupBy = value));
  groupLabel.append(groupBySelect);
  charts = createCharts(side, groupLabel, t, (speaker) => {
    search.value = speaker;
    filters.text = speaker;
    render();
  });
  layout.append(table, side);
  root.append(bar, layout);
  new MutationObserver(() => charts?.retheme()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
  return { search, type, kind, groupBy: groupBySelect, summary, table };
}

/** The filter and grouping choices follow the data (the types and properties present). */
function refreshChoices(): void {
  if (!controls || !data) return;
  const types = [...new Set(data.quotations.map((q) => q.actorType).filter((x): x is string => x !== undefined))].sort();
  replaceOptions(controls.type, [option('', t('allTypes')), ...types.map((type) => option(type, type))], filters.speakerType);
  const groups = [option('type', t('speakerType')), ...propertyNames(data.quotations).map((name) => option(`property:${name}`, name))];
  replaceOptions(controls.groupBy, groups, groupBy);
}

function render(): void {
  if (!controls || !data) return;
  const kept = sortQuotations(applyFilters(data.quotations, filters), sort.key, sort.descending);
  const articles = new Set(kept.map((q) => q.article)).size;
  controls.summary.textContent = t('count', kept.length, data.quotations.length, articles);
  renderTable(controls.table, kept, {
    t,
    sort,
    empty: data.quotations.length === 0 ? t('empty') : t('noMatch'),
    onSort: (key) => {
      sort = { key, descending: sort.key === key ? !sort.descending : false };
      render();
    },
    onOpen: (quotation: CorpusQuotation) => vscode.postMessage({ type: 'open', id: quotation.id }),
  });
  charts?.update(kept, data, groupBy);
  vscode.postMessage({ type: 'rendered', shown: kept.length, total: data.quotations.length, filter: filters.text });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function select(label: string, onChange: (value: string) => void): HTMLSelectElement {
  const node = element('select', 'choice');
  node.setAttribute('aria-label', label);
  node.addEventListener('change', () => {
    onChange(node.value);
    render();
  });
  return node;
}

function option(value: string, label: string): HTMLOptionElement {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

function replaceOptions(node: HTMLSelectElement, options: HTMLOptionElement[], selected: string): void {
  node.replaceChildren(...options);
  node.value = options.some((o) => o.value === selected) ? selected : (options[0]?.value ?? '');
}
