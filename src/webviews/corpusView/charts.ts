/**
 * The charts beside the table, recounted from the quotations the filters keep with the core's
 * tally functions. Chart.js draws them (only the bar chart's parts are registered, to keep the
 * page's bundle small), in the theme's chart colours (`--vscode-charts-*`), redrawn when the
 * theme changes. Each canvas carries a text summary for screen readers.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import {
  coMentions,
  FREE_TEXT_SPEAKER,
  NO_SPEAKER,
  NO_VALUE,
  quotationsByProperty,
  quotationsBySpeaker,
  quotationsBySpeakerType,
  quotationsPerArticle,
  UNKNOWN_ACTOR,
  type QuotationCount,
} from '../../core/corpus/aggregations';
import { quotationsPerMonth } from '../../core/corpus/overTime';
import type { CorpusData, CorpusQuotation } from '../../editor/corpus/corpusProtocol';
import { baseName } from './table';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const TOP = 10;

/** One bar: what it counts and how many. */
interface Tally {
  readonly label: string;
  readonly count: number;
}

export interface Charts {
  update(quotations: readonly CorpusQuotation[], data: CorpusData, groupBy: string): void;
  retheme(): void;
}

type Translate = (key: string, ...args: (string | number)[]) => string;

interface Figure {
  readonly node: HTMLElement;
  readonly caption: HTMLElement;
  readonly chart: Chart<'bar'>;
  readonly canvas: HTMLCanvasElement;
}

export function createCharts(container: HTMLElement, groupControl: HTMLElement, t: Translate, onSpeaker: (speaker: string) => void): Charts {
  const speakers = figure(container, t('topSpeakers'), 'y', (label) => {
    if (label !== t('other') && label !== t('noSpeaker')) onSpeaker(label);
  });
  const share = figure(container, '', 'y');
  share.caption.replaceChildren(groupControl);
  const perArticleChart = figure(container, t('perArticle'), 'y');
  const overTime = figure(container, t('overTime'), 'x');
  const together = document.createElement('figure');
  together.className = 'chart together';
  const caption = document.createElement('figcaption');
  caption.textContent = t('together');
  const list = document.createElement('ol');
  together.append(caption, list);
  container.append(together);
  const figures = [speakers, share, perArticleChart, overTime];

  return {
    update(quotations, data, groupBy) {
      const bars = (counts: readonly QuotationCount[]): Tally[] => counts.map((c) => ({ label: labelOf(c.label, t), count: c.quotations }));
      show(speakers, topWithOthers(bars(quotationsBySpeaker(quotations)), TOP, t('other')));
      const property = groupBy.startsWith('property:') ? groupBy.slice('property:'.length) : undefined;
      show(share, bars(property ? quotationsByProperty(quotations, property) : quotationsBySpeakerType(quotations)));
      const perArticle = quotationsPerArticle(quotations, [])
        .map((a) => ({ label: baseName(a.article), count: a.quotations }))
        .sort((a, b) => b.count - a.count);
      show(perArticleChart, topWithOthers(perArticle, TOP, t('other')));
      const months = quotationsPerMonth(quotations);
      show(overTime, months.map((m) => ({ label: m.month, count: m.quotations })));
      overTime.node.hidden = months.length === 0;
      // Who is mentioned together in the articles the filters keep (all of them when nothing is filtered out).
      const articles = new Set(quotations.map((q) => q.article));
      const everything = quotations.length === data.quotations.length;
      const mentions = everything ? data.mentions : data.mentions.filter((m) => articles.has(m.article));
      list.replaceChildren(
        ...coMentions(mentions).slice(0, TOP).map((pair) => {
          const item = document.createElement('li');
          item.textContent = `${pair.a.label} · ${pair.b.label} — ${t('togetherCount', pair.articles)}`;
          return item;
        }),
      );
    },
    retheme() {
      for (const f of figures) {
        applyTheme(f.chart.options, f.chart.options.indexAxis ?? 'x');
        f.chart.data.datasets[0]!.backgroundColor = themeColor('--vscode-charts-blue', '#3794ff');
        f.chart.update('none');
      }
    },
  };
}

/** The core's group labels in parentheses, in the display language. */
function labelOf(label: string, t: Translate): string {
  const known: Record<string, string> = { [NO_SPEAKER]: 'noSpeaker', [FREE_TEXT_SPEAKER]: 'freeTextSpeaker', [UNKNOWN_ACTOR]: 'unknownActor', [NO_VALUE]: 'noValue' };
  return known[label] ? t(known[label]) : label;
}

/** The first `limit` bars, the rest summed in one "others" bar. */
function topWithOthers(tallies: readonly Tally[], limit: number, others: string): Tally[] {
  if (tallies.length <= limit) return [...tallies];
  const rest = tallies.slice(limit).reduce((sum, x) => sum + x.count, 0);
  return [...tallies.slice(0, limit), { label: others, count: rest }];
}

function figure(container: HTMLElement, title: string, indexAxis: 'x' | 'y', onClick?: (label: string) => void): Figure {
  const node = document.createElement('figure');
  node.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const box = document.createElement('div');
  box.className = 'canvas-box';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  box.append(canvas);
  node.append(caption, box);
  container.append(node);
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], backgroundColor: themeColor('--vscode-charts-blue', '#3794ff') }] },
    options: {
      indexAxis,
      animation: false,
      maintainAspectRatio: false,
      plugins: { tooltip: { enabled: true } },
      ...(onClick && {
        onClick: (_event, elements, chart) => {
          const index = elements[0]?.index;
          if (index !== undefined) onClick(String(chart.data.labels?.[index] ?? ''));
        },
      }),
    },
  };
  applyTheme(config.options!, indexAxis);
  return { node, caption, chart: new Chart(canvas, config), canvas };
}

function show(f: Figure, tallies: readonly Tally[]): void {
  f.chart.data.labels = tallies.map((x) => x.label);
  f.chart.data.datasets[0]!.data = tallies.map((x) => x.count);
  const box = f.canvas.parentElement!;
  // Horizontal bars: room for each label, so long names are not squeezed.
  if (f.chart.options.indexAxis === 'y') box.style.height = `${Math.max(80, 22 * tallies.length + 30)}px`;
  f.chart.update('none');
  f.canvas.setAttribute('aria-label', tallies.map((x) => `${x.label}: ${x.count}`).join(', '));
}

function applyTheme(options: NonNullable<ChartConfiguration<'bar'>['options']>, indexAxis: 'x' | 'y'): void {
  const foreground = themeColor('--vscode-foreground', '#cccccc');
  const lines = themeColor('--vscode-charts-lines', 'rgba(128,128,128,0.3)');
  const font = { family: getComputedStyle(document.body).getPropertyValue('--vscode-font-family') || undefined };
  const countAxis = { ticks: { color: foreground, precision: 0, font }, grid: { color: lines }, beginAtZero: true };
  const labelAxis = { ticks: { color: foreground, font, autoSkip: false }, grid: { display: false } };
  options.scales = indexAxis === 'y' ? { x: countAxis, y: labelAxis } : { x: labelAxis, y: countAxis };
  options.color = foreground;
}

function themeColor(variable: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(variable).trim() || fallback;
}
