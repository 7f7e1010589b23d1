/**
 * Agreement of two annotators over one article or a whole corpus. Both annotators' spans are
 * placed in A's text; when B annotated another version of the text, B's stored spans are
 * re-anchored in A's (the anchoring every view uses) and B's mentions are found again in it.
 */
import type { Annotations } from '../model';
import { addTables, kappa, labelTable, typeTable, type Contingency } from './cohenKappa';
import { annotatorUnits, type AnnotatorUnits } from './annotatorUnits';
import { addSpanCounts, countSpans, exactAgreement, NO_SPANS, overlapAgreement, type PrecisionRecall, type SpanCounts } from './spanAgreement';
import { addSpeakerCounts, countSpeakers, NO_SPEAKERS, speakerAgreement, type SpeakerCounts } from './speakerAgreement';
import { unitizingAlpha, unitizingDisagreement, type UnitizingDisagreement } from './unitizingAlpha';
import { coverage, distinctUnits, QUOTATION_TYPE, typesOf, type Unit } from './units';

export interface ArticleVersions {
  /** A's text: the one compared on. */
  readonly textA: string;
  /** B's text (the same as A's in the usual case). */
  readonly textB: string;
  readonly annotationsA: Annotations;
  readonly annotationsB: Annotations;
}

/** Both annotators' units in A's text. */
export interface ArticleComparison {
  readonly length: number;
  readonly a: AnnotatorUnits;
  readonly b: AnnotatorUnits;
  /** B's text differed from A's: B was re-anchored. */
  readonly reanchored: boolean;
}

export function compareArticle(versions: ArticleVersions): ArticleComparison {
  return {
    length: versions.textA.length,
    a: annotatorUnits(versions.textA, versions.annotationsA),
    b: annotatorUnits(versions.textA, versions.annotationsB),
    reanchored: versions.textA !== versions.textB,
  };
}

/** The figures of one type (an actor type, every actor type together, or quotations). */
export interface TypeAgreement {
  readonly type: string;
  /** Distinct spans of A and of B. */
  readonly a: number;
  readonly b: number;
  readonly exact: PrecisionRecall;
  readonly overlap: PrecisionRecall;
  /** Cohen's κ over characters; null when there is nothing to measure. */
  readonly kappa: number | null;
  /** Krippendorff's αu; null when neither annotator has a span. */
  readonly alphaU: number | null;
}

export interface SpeakerAgreement extends SpeakerCounts {
  /** agreeing / compared; null when no matched quotation names a speaker. */
  readonly agreement: number | null;
}

export interface Agreement {
  /** Characters compared on (the continuum of κ and αu). */
  readonly characters: number;
  /** Per actor type, sorted by type. */
  readonly types: readonly TypeAgreement[];
  /** Every actor type together (κ and αu over the types). */
  readonly entities: TypeAgreement;
  readonly quotations: TypeAgreement;
  readonly speakers: SpeakerAgreement;
}

/** Label of {@link Agreement.entities}. */
export const ALL_ENTITIES = 'all entities';

/**
 * The agreement over `articles` (one for an article's figures). Span and κ counts add up over
 * the articles; αu sees the articles one after the other as a single continuum.
 */
export function agreementOf(articles: readonly ArticleComparison[]): Agreement {
  const types = typesOf(articles.flatMap((article) => [article.a.entities, article.b.entities]));
  const perType = new Map<string, Tally>(types.map((type) => [type, emptyTally()]));
  let entities = emptyTally();
  const quotations = emptyTally();
  let speakers = NO_SPEAKERS;
  let entityTable: Contingency = new Map();
  const shiftedA = new Map<string, Unit[]>();
  const shiftedB = new Map<string, Unit[]>();
  let characters = 0;
  for (const article of articles) {
    for (const type of types) {
      const a = article.a.entities.filter((u) => u.type === type);
      const b = article.b.entities.filter((u) => u.type === type);
      const tally = perType.get(type)!;
      tally.spans = addSpanCounts(tally.spans, countSpans(a, b));
      tally.table = addTables(tally.table, typeTable(article.length, a, b, type));
      entities.spans = addSpanCounts(entities.spans, countSpans(a, b));
      appendShifted(shiftedA, type, coverage(a, type), characters);
      appendShifted(shiftedB, type, coverage(b, type), characters);
    }
    entityTable = addTables(entityTable, labelTable(article.length, article.a.entities, article.b.entities));
    const quotationsA = distinctUnits(article.a.quotations);
    const quotationsB = distinctUnits(article.b.quotations);
    quotations.spans = addSpanCounts(quotations.spans, countSpans(quotationsA, quotationsB));
    quotations.table = addTables(quotations.table, typeTable(article.length, quotationsA, quotationsB, QUOTATION_TYPE));
    appendShifted(shiftedA, QUOTATION_TYPE, coverage(quotationsA, QUOTATION_TYPE), characters);
    appendShifted(shiftedB, QUOTATION_TYPE, coverage(quotationsB, QUOTATION_TYPE), characters);
    speakers = addSpeakerCounts(speakers, countSpeakers(article.a.quotations, article.b.quotations));
    characters += article.length;
  }
  const disagreement = (type: string): UnitizingDisagreement =>
    unitizingDisagreement(characters, shiftedA.get(type) ?? [], shiftedB.get(type) ?? []);
  const typeDisagreements = types.map(disagreement);
  entities = { ...entities, table: entityTable };
  return {
    characters,
    types: types.map((type, i) => figures(type, perType.get(type)!, unitizingAlpha([typeDisagreements[i]!]))),
    entities: figures(ALL_ENTITIES, entities, unitizingAlpha(typeDisagreements)),
    quotations: figures(QUOTATION_TYPE, quotations, unitizingAlpha([disagreement(QUOTATION_TYPE)])),
    speakers: { ...speakers, agreement: speakerAgreement(speakers) },
  };
}

interface Tally {
  spans: SpanCounts;
  table: Contingency;
}

function emptyTally(): Tally {
  return { spans: NO_SPANS, table: new Map() };
}

function figures(type: string, tally: Tally, alphaU: number | null): TypeAgreement {
  return {
    type,
    a: tally.spans.a,
    b: tally.spans.b,
    exact: exactAgreement(tally.spans),
    overlap: overlapAgreement(tally.spans),
    kappa: kappa(tally.table),
    alphaU,
  };
}

function appendShifted(target: Map<string, Unit[]>, type: string, spans: readonly { start: number; end: number }[], offset: number): void {
  let list = target.get(type);
  if (!list) target.set(type, (list = []));
  for (const span of spans) list.push({ start: span.start + offset, end: span.end + offset, type });
}
