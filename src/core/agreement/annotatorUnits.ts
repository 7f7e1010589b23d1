/** What one annotator marked in an article, as the agreement measures compare it. */
import { buildArticleView, type ArticleView } from '../article/view';
import type { Actor, Annotations, Speaker } from '../model';
import { speakerName, type QuotationUnit } from './speakerAgreement';
import { distinctUnits, QUOTATION_TYPE, type Unit } from './units';

export interface AnnotatorUnits {
  /** Actor mentions (name matches and hand-added spans), typed by their actor's type; distinct, sorted. */
  readonly entities: readonly Unit[];
  /** Placed quotations with their speakers, sorted. */
  readonly quotations: readonly (QuotationUnit & Unit)[];
  /** Stored spans (quotations, added or excluded mentions) not found in the text compared on. */
  readonly orphans: number;
}

/** The units of `annotations` placed in `text` (re-anchored when the annotations were made on another text). */
export function annotatorUnits(text: string, annotations: Annotations): AnnotatorUnits {
  return unitsOfView(buildArticleView(text, annotations));
}

export function unitsOfView(view: ArticleView): AnnotatorUnits {
  const entities: Unit[] = [];
  for (const mention of view.mentions) {
    const actor = view.actorsById.get(mention.actorId);
    if (actor) entities.push({ start: mention.start, end: mention.end, type: actor.type });
  }
  const quotations: (QuotationUnit & Unit)[] = [];
  let orphans = 0;
  for (const placed of view.placed) {
    const kind = placed.ref.kind;
    if (kind !== 'quotation' && kind !== 'added' && kind !== 'excluded') continue;
    if (placed.resolution.kind === 'orphan') {
      orphans++;
      continue;
    }
    if (placed.ref.kind !== 'quotation') continue;
    const quotation = view.annotations.quotations[placed.ref.index];
    const { start, end } = placed.resolution.span;
    if (quotation && end > start) quotations.push({ start, end, type: QUOTATION_TYPE, speaker: speakerNames(quotation.speaker, view.actorsById) });
  }
  quotations.sort((x, y) => x.start - y.start || x.end - y.end);
  return { entities: distinctUnits(entities), quotations, orphans };
}

/** The names a speaker is known by, as speaker agreement compares them: empty for no speaker. */
export function speakerNames(speaker: Speaker | undefined, actors: ReadonlyMap<string, Actor>): string[] {
  if (speaker === undefined) return [];
  if ('text' in speaker) return speaker.text.trim() === '' ? [] : [speakerName(speaker.text)];
  const actor = actors.get(speaker.actor);
  const names = actor ? [actor.id, actor.name, ...actor.aliases] : [speaker.actor];
  return [...new Set(names.map(speakerName).filter((name) => name !== ''))];
}
