/**
 * W3C Web Annotation (JSON-LD) of an article's rows: each quotation and each mention becomes an
 * Annotation whose target is the article with a TextQuoteSelector (exact, prefix, suffix) and a
 * TextPositionSelector. The model counts TextPositionSelector positions in Unicode code points
 * ("character numbers", never code units), so the rows' code point offsets are used; a stored
 * quotation the text no longer holds keeps only its TextQuoteSelector (the stored context).
 */
import type { ArticleRows, MentionRow, QuotationRow } from './rows';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context around the exact text: what Hypothesis's client records. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export type Body =
  | { readonly type: 'TextualBody'; readonly purpose: string; readonly value: string }
  | { readonly type: 'SpecificResource'; readonly purpose: string; readonly source: string };

export interface WebAnnotation {
  readonly '@context': typeof ANNOTATION_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'describing' | 'identifying';
  readonly body: readonly Body[];
  readonly target: {
    readonly source: string;
    readonly selector: readonly (TextQuoteSelector | TextPositionSelector)[];
  };
}

export interface WebAnnotationArticle {
  readonly text: string;
  readonly rows: ArticleRows;
  /** The article's absolute URI: the targets' source. */
  readonly source: string;
  /** The absolute URI of its sidecar, where the annotations live: ids are `SIDECAR#quotation-N`, `SIDECAR#mention-N`. */
  readonly sidecar: string;
}

/** The Annotations of one article: its quotations (sidecar order), then its mentions (text order). */
export function webAnnotations(article: WebAnnotationArticle): WebAnnotation[] {
  const { text, source, sidecar } = article;
  const annotations: WebAnnotation[] = [];
  for (const row of article.rows.quotations) {
    annotations.push({
      '@context': ANNOTATION_CONTEXT,
      id: `${sidecar}#quotation-${row.index + 1}`,
      type: 'Annotation',
      motivation: 'describing',
      body: quotationBodies(row),
      target: { source, selector: selectors(text, row) },
    });
  }
  article.rows.mentions.forEach((row, index) => {
    annotations.push({
      '@context': ANNOTATION_CONTEXT,
      id: `${sidecar}#mention-${index + 1}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { type: 'TextualBody', purpose: 'identifying', value: row.actorName },
        { type: 'TextualBody', purpose: 'classifying', value: row.actorType },
        ...externalBody(row.externalId),
      ],
      target: { source, selector: selectors(text, row) },
    });
  });
  return annotations;
}

/** An AnnotationCollection holding `annotations` in one embedded page (model §5). */
export function annotationCollection(id: string, label: string, annotations: readonly WebAnnotation[]): object {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
}

/**
 * The absolute URI of a file named by a relative path (`/`-separated) under `base`, each segment
 * percent-encoded so that `#`, `?` or `%` in a file name stay part of the path.
 */
export function fileUri(base: string, relativePath: string): string {
  const encoded = relativePath.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
  return new URL(encoded, base).href;
}

function quotationBodies(row: QuotationRow): Body[] {
  const bodies: Body[] = [
    { type: 'TextualBody', purpose: 'tagging', value: 'quotation' },
    { type: 'TextualBody', purpose: 'tagging', value: row.quoteKind },
  ];
  if (row.speaker !== undefined) bodies.push({ type: 'TextualBody', purpose: 'identifying', value: row.speaker });
  for (const body of externalBody(row.externalId)) bodies.push(body);
  for (const topic of row.topics) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: topic });
  if (row.note !== undefined) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: row.note });
  return bodies;
}

/** An actor's external id as a resource: a Wikidata QID, or an id that is already an absolute URI. */
function externalBody(externalId: string | undefined): Body[] {
  if (externalId === undefined) return [];
  if (/^Q[1-9]\d*$/u.test(externalId)) return [{ type: 'SpecificResource', purpose: 'identifying', source: `http://www.wikidata.org/entity/${externalId}` }];
  if (/^[a-z][a-z0-9+.-]*:\S+$/iu.test(externalId)) return [{ type: 'SpecificResource', purpose: 'identifying', source: externalId }];
  return [{ type: 'TextualBody', purpose: 'identifying', value: externalId }];
}

function selectors(text: string, row: QuotationRow | MentionRow): (TextQuoteSelector | TextPositionSelector)[] {
  if (row.offsets === undefined) {
    const stored = row.kind === 'quotation' ? row.stored : undefined;
    return [quoteSelector(row.text, stored?.before ?? '', stored?.after ?? '')];
  }
  const { start, end, startCodePoint, endCodePoint } = row.offsets;
  return [
    quoteSelector(text.slice(start, end), lastCodePoints(text.slice(Math.max(0, start - 2 * QUOTE_CONTEXT), start), QUOTE_CONTEXT), firstCodePoints(text.slice(end, end + 2 * QUOTE_CONTEXT), QUOTE_CONTEXT)),
    { type: 'TextPositionSelector', start: startCodePoint, end: endCodePoint },
  ];
}

function quoteSelector(exact: string, prefix: string, suffix: string): TextQuoteSelector {
  return { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/** The last `count` code points of `text` (a pair cut in two by the caller's slice is dropped). */
function lastCodePoints(text: string, count: number): string {
  const points = Array.from(text.replace(/^[\uDC00-\uDFFF]/u, ''));
  return points.slice(Math.max(0, points.length - count)).join('');
}

function firstCodePoints(text: string, count: number): string {
  return Array.from(text.replace(/[\uD800-\uDBFF]$/u, '')).slice(0, count).join('');
}
