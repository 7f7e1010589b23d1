/**
 * Direct quotations and their speakers, counted per document so that any set of documents (a
 * fold, a corpus part) adds up its own figures. Definitions (README "How good they are"):
 * - direct-quotation F1: exact spans of suggested direct quotations against gold `Direct` quotes
 *   (English: paired one to one by overlap, see below);
 * - speaker accuracy: right speakers among suggested direct quotations that match a gold quote
 *   with a speaker (a match without a suggested speaker counts as wrong);
 * - speaker precision: right speakers among those matches that carry a suggested speaker;
 * - end-to-end speaker recall: right speakers among all gold quotes with a speaker;
 * - not kind 1: suggested speakers (on every suggested attribution: direct quotations in French and
 *   German, whose gold has no indirect speech; direct and indirect ones in English) that are not
 *   candidates that can speak, see ./speakerKind.ts.
 * A speaker is right when its span overlaps a gold speaker of the quote or its words equal one.
 * Matching is exact (French, German), or for English attributions, whose contents are often
 * split by their cue, one to one by overlap with the content's fragments.
 */
import type { Span } from '../../src/core/model';
import { suggestQuotations } from '../../src/core/suggestions';
import type { QuotationSuggestion } from '../../src/core/suggestions/types';
import type { GoldDocument, GoldSpan } from './corpus';
import { addOverlap, contentOverlap, emptyOverlap, overlapScores, type ContentOverlap } from './contentOverlap';
import { addCounts, emptyCounts, exactCounts, overlapCounts, overlaps, scores, type Counts } from './metrics';
import { isKindOneCandidate, type EvalLanguage } from './speakerKind';

export interface QuotationCounts {
  documents: number;
  direct: Counts;
  matched: number;
  matchedWithSpeaker: number;
  right: number;
  goldWithSpeaker: number;
  suggestedSpeakers: number;
  notKindOne: number;
  /** English only: every attribution, direct or indirect, by tokens and by paired spans */
  content: ContentOverlap;
  attributionSpans: Counts;
}

export function emptyQuotationCounts(): QuotationCounts {
  return { documents: 0, direct: emptyCounts(), matched: 0, matchedWithSpeaker: 0, right: 0, goldWithSpeaker: 0, suggestedSpeakers: 0, notKindOne: 0, content: emptyOverlap(), attributionSpans: emptyCounts() };
}

export function addQuotationCounts(into: QuotationCounts, more: QuotationCounts): QuotationCounts {
  const direct = emptyCounts();
  addCounts(direct, into.direct);
  addCounts(direct, more.direct);
  const attributionSpans = emptyCounts();
  addCounts(attributionSpans, into.attributionSpans);
  addCounts(attributionSpans, more.attributionSpans);
  return {
    documents: into.documents + more.documents,
    direct,
    matched: into.matched + more.matched,
    matchedWithSpeaker: into.matchedWithSpeaker + more.matchedWithSpeaker,
    right: into.right + more.right,
    goldWithSpeaker: into.goldWithSpeaker + more.goldWithSpeaker,
    suggestedSpeakers: into.suggestedSpeakers + more.suggestedSpeakers,
    notKindOne: into.notKindOne + more.notKindOne,
    content: addOverlap(into.content, more.content),
    attributionSpans,
  };
}

/** Suggestions that are attributions: direct speech and indirect speech. */
function isAttribution(p: QuotationSuggestion): boolean {
  return p.direct || p.kind === 'indirect';
}

export function countDocument(
  doc: GoldDocument,
  language: EvalLanguage,
  /** entity mentions annotated in this article elsewhere in the corpus (winer-fr, en-gum) */
  entityMentions: readonly Span[],
  predicted: readonly QuotationSuggestion[] = suggestQuotations(doc.text),
): QuotationCounts {
  const counts = emptyQuotationCounts();
  counts.documents = 1;
  const byId = new Map(doc.spans.map((s) => [s.id, s]));
  const goldQuotes = doc.spans.filter((s) => s.type === 'Quote');
  const goldDirect = goldQuotes.filter((q) => doc.direct.has(q.id));
  const predDirect = predicted.filter((p) => p.direct);
  const label = (s: Span) => ({ start: s.start, end: s.end, type: 'Quote' });
  counts.direct =
    language === 'en'
      ? overlapCounts(goldDirect, predDirect.map((p) => p.span))
      : exactCounts(goldDirect.map(label), predDirect.map((p) => label(p.span)), false);

  const speakersOf = (q: GoldSpan): GoldSpan[] => (doc.speakers.get(q.id) ?? []).map((id) => byId.get(id)!).filter(Boolean);
  const isRight = (p: QuotationSuggestion, golds: readonly GoldSpan[]): boolean => {
    const s = p.speaker;
    return !!s && golds.some((g) => (s.span !== undefined && overlaps(s.span, g)) || s.text === g.text);
  };
  const tally = (p: QuotationSuggestion, golds: readonly GoldSpan[]): void => {
    counts.matched++;
    if (p.speaker) counts.matchedWithSpeaker++;
    if (isRight(p, golds)) counts.right++;
  };

  if (language === 'en') {
    // every attribution; speakers of quotes paired by overlap with the content's fragments
    const withSpeaker = goldQuotes.filter((q) => speakersOf(q).length > 0);
    counts.goldWithSpeaker = withSpeaker.length;
    const used = new Set<number>();
    const attributions = predicted.filter(isAttribution);
    for (const p of attributions) {
      const j = withSpeaker.findIndex((q, k) => !used.has(k) && q.fragments.some((f) => overlaps(f, p.span)));
      if (j < 0) continue;
      used.add(j);
      tally(p, speakersOf(withSpeaker[j]!));
    }
    counts.attributionSpans = overlapCounts(goldQuotes, attributions.map((p) => p.span));
    counts.content = contentOverlap(doc.text, goldQuotes.map((q) => q.fragments), attributions.map((p) => [p.span]));
  } else {
    // a span annotated twice counts once, right when any of its gold speakers fits
    const goldBySpan = new Map<string, GoldSpan[]>();
    for (const q of goldDirect) {
      const key = `${q.start}:${q.end}`;
      goldBySpan.set(key, [...(goldBySpan.get(key) ?? []), ...speakersOf(q)]);
    }
    for (const speakers of goldBySpan.values()) if (speakers.length > 0) counts.goldWithSpeaker++;
    for (const p of predDirect) {
      const golds = goldBySpan.get(`${p.span.start}:${p.span.end}`);
      if (golds && golds.length > 0) tally(p, golds);
    }
  }

  const mentions: Span[] = [...doc.spans.filter((s) => s.type === 'Speaker'), ...entityMentions];
  // French and German gold annotates quotation-marked passages only: indirect speech is not scored there
  const scored = language === 'en' ? predicted.filter(isAttribution) : predDirect;
  for (const p of scored) {
    if (!p.speaker) continue;
    counts.suggestedSpeakers++;
    if (!isKindOneCandidate(p.speaker, mentions, language)) counts.notKindOne++;
  }
  return counts;
}

/** A figure with nothing to measure (no quotation, no speaker in a fold) is undefined, not 0. */
export interface QuotationFigures {
  documents: number;
  directF1: number | undefined;
  speakerAccuracy: number | undefined;
  speakerPrecision: number | undefined;
  speakerRecall: number | undefined;
  notKindOneRate: number | undefined;
  /** English only: token content overlap F1 (./contentOverlap.ts), and F1 of attributions paired when their spans overlap */
  contentOverlapF1?: number;
  attributionSpanF1?: number;
  counts: QuotationCounts;
}

const ratio = (a: number, b: number): number | undefined => (b === 0 ? undefined : Math.round((a / b) * 10000) / 10000);
const f1 = (c: Counts): number | undefined => (c.tp + c.fp + c.fn === 0 ? undefined : scores(c).f1);

export function figures(c: QuotationCounts, language: EvalLanguage): QuotationFigures {
  return {
    documents: c.documents,
    directF1: f1(c.direct),
    speakerAccuracy: ratio(c.right, c.matched),
    speakerPrecision: ratio(c.right, c.matchedWithSpeaker),
    speakerRecall: ratio(c.right, c.goldWithSpeaker),
    notKindOneRate: ratio(c.notKindOne, c.suggestedSpeakers),
    ...(language === 'en' ? { contentOverlapF1: c.content.gold + c.content.suggested === 0 ? undefined : overlapScores(c.content).f1, attributionSpanF1: f1(c.attributionSpans) } : {}),
    counts: c,
  };
}

type Metric = 'directF1' | 'speakerAccuracy' | 'speakerPrecision' | 'speakerRecall' | 'notKindOneRate' | 'contentOverlapF1' | 'attributionSpanF1';
const HIGHER_IS_BETTER: Record<Metric, boolean> = {
  attributionSpanF1: true,
  directF1: true, speakerAccuracy: true, speakerPrecision: true, speakerRecall: true, notKindOneRate: false, contentOverlapF1: true,
};

export interface FoldTable {
  folds: { name: string; figures: QuotationFigures }[];
  /** every document together */
  all: QuotationFigures;
  /** unweighted mean of the folds, and the worst fold's value of each figure */
  mean: Partial<Record<Metric, number>>;
  worst: Partial<Record<Metric, number>>;
}

export function foldTable(folds: readonly { name: string; counts: QuotationCounts }[], language: EvalLanguage): FoldTable {
  const rows = folds.map((f) => ({ name: f.name, figures: figures(f.counts, language) }));
  const all = figures(folds.reduce((a, f) => addQuotationCounts(a, f.counts), emptyQuotationCounts()), language);
  const mean: Partial<Record<Metric, number>> = {};
  const worst: Partial<Record<Metric, number>> = {};
  for (const metric of Object.keys(HIGHER_IS_BETTER) as Metric[]) {
    const values = rows.map((r) => r.figures[metric]).filter((v): v is number => v !== undefined);
    if (values.length === 0) continue;
    mean[metric] = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10000) / 10000;
    worst[metric] = HIGHER_IS_BETTER[metric] ? Math.min(...values) : Math.max(...values);
  }
  return { folds: rows, all, mean, worst };
}

/** `summary`: print the mean and the worst fold (not for parts that are not folds, like train and dev). */
export function formatFoldTable(title: string, table: FoldTable, summary = true): string {
  const english = table.all.contentOverlapF1 !== undefined;
  const columns: [string, Metric][] = [
    ...(english ? ([['content F1', 'contentOverlapF1'], ['span F1', 'attributionSpanF1']] as [string, Metric][]) : []),
    ['direct F1', 'directF1'],
    ['spk acc', 'speakerAccuracy'],
    ['spk prec', 'speakerPrecision'],
    ['spk recall', 'speakerRecall'],
    ['not kind 1', 'notKindOneRate'],
  ];
  const cell = (v: number | undefined): string => (v === undefined ? '-' : v.toFixed(3)).padStart(11);
  const row = (name: string, docs: string, values: (number | undefined)[]): string => `  ${name.padEnd(8)}${docs.padStart(5)}${values.map(cell).join('')}\n`;
  let out = `\n${title}\n  ${'fold'.padEnd(8)}${'docs'.padStart(5)}${columns.map(([h]) => h.padStart(11)).join('')}\n`;
  for (const f of table.folds) out += row(f.name, String(f.figures.documents), columns.map(([, m]) => f.figures[m]));
  if (summary && table.folds.length > 1) {
    out += row('mean', '', columns.map(([, m]) => table.mean[m]));
    out += row('worst', '', columns.map(([, m]) => table.worst[m]));
  }
  out += row('all', String(table.all.documents), columns.map(([, m]) => table.all[m]));
  return out;
}
