/** Quotations: a quoted span, who said it, the cue that introduces it, its topics. */
import { message } from '../messages';
import type { Anchor, Annotations, Quotation, QuotationKind, Speaker } from '../model';
import { requireActor } from './actors';
import { checkAnchor, copyAnchor, describeAnchor, sameAnchor } from './anchors';
import { AnnotationError } from './errors';
import { requireTopic } from './topics';
import { omit } from './omit';

export function findQuotation(annotations: Annotations, anchor: Anchor): Quotation | undefined {
  return annotations.quotations.find((q) => sameAnchor(q.anchor, anchor));
}

function requireQuotation(annotations: Annotations, anchor: Anchor): Quotation {
  const quotation = findQuotation(annotations, anchor);
  if (quotation === undefined) throw new AnnotationError('unknown-quotation', message('There is no quotation “{0}”.', describeAnchor(anchor)));
  return quotation;
}

function replaceQuotation(annotations: Annotations, old: Quotation, updated: Quotation): Annotations {
  return updated === old ? annotations : { ...annotations, quotations: annotations.quotations.map((q) => (q === old ? updated : q)) };
}

function checkSpeaker(annotations: Annotations, speaker: Speaker): Speaker {
  if ('actor' in speaker) {
    requireActor(annotations, speaker.actor);
    return { actor: speaker.actor };
  }
  const text = typeof speaker.text === 'string' ? speaker.text.trim() : '';
  if (text === '') throw new AnnotationError('invalid-speaker', message('A speaker given as free text cannot be empty.'));
  return { text };
}

const sameSpeaker = (a: Speaker | undefined, b: Speaker | undefined) =>
  a === b || (a !== undefined && b !== undefined && ('actor' in a ? 'actor' in b && a.actor === b.actor : 'text' in b && a.text === b.text));

/** How a quotation is stored: its cue, and `indirect` for reported speech without quotation marks. */
export interface QuotationOptions {
  readonly cue?: Anchor;
  readonly kind?: QuotationKind;
}

/** Stores a quotation (an accepted suggestion) with no speaker yet; unchanged if it is already stored. */
export function addQuotation(annotations: Annotations, anchor: Anchor, options: QuotationOptions = {}): Annotations {
  checkAnchor(anchor);
  if (options.cue !== undefined) checkAnchor(options.cue);
  if (findQuotation(annotations, anchor) !== undefined) return annotations;
  const quotation: Quotation = { anchor: copyAnchor(anchor), ...(options.kind ? { kind: options.kind } : {}), ...(options.cue ? { cue: copyAnchor(options.cue) } : {}), topics: [] };
  return { ...annotations, quotations: [...annotations.quotations, quotation] };
}

/**
 * Says who spoke a quotation: an actor (by id) or free text ("the Belgian side, per La
 * Libre"); `undefined` removes the attribution. The quotation is created if it is not
 * stored yet. A given cue replaces the stored one.
 */
export function attributeQuotation(annotations: Annotations, anchor: Anchor, speaker: Speaker | undefined, options: QuotationOptions = {}): Annotations {
  const checked = speaker === undefined ? undefined : checkSpeaker(annotations, speaker);
  const withQuotation = addQuotation(annotations, anchor, options);
  const quotation = requireQuotation(withQuotation, anchor);
  const cueChanged = options.cue !== undefined && (quotation.cue === undefined || !sameAnchor(quotation.cue, options.cue));
  if (sameSpeaker(quotation.speaker, checked) && !cueChanged) return withQuotation;
  const rest = omit(quotation, 'speaker');
  const updated: Quotation = {
    ...rest,
    ...(checked !== undefined ? { speaker: checked } : {}),
    ...(cueChanged ? { cue: copyAnchor(options.cue as Anchor) } : {}),
  };
  return replaceQuotation(withQuotation, quotation, updated);
}

/**
 * Says whether a quotation is indirect speech (reported without quotation marks) or direct
 * (`undefined`); the quotation is created if it is not stored yet, with that kind.
 */
export function setQuotationKind(annotations: Annotations, anchor: Anchor, kind: QuotationKind | undefined): Annotations {
  const existing = findQuotation(annotations, anchor);
  if (existing === undefined) return addQuotation(annotations, anchor, kind ? { kind } : {});
  if (existing.kind === kind) return annotations;
  const rest = omit(existing, 'kind');
  return replaceQuotation(annotations, existing, kind ? { ...rest, kind } : rest);
}

export function removeQuotation(annotations: Annotations, anchor: Anchor): Annotations {
  const quotation = requireQuotation(annotations, anchor);
  return { ...annotations, quotations: annotations.quotations.filter((q) => q !== quotation) };
}

/** Tags a stored quotation with a topic (no change if it already has it). */
export function tagQuotation(annotations: Annotations, anchor: Anchor, topicId: string): Annotations {
  requireTopic(annotations, topicId);
  const quotation = requireQuotation(annotations, anchor);
  if (quotation.topics.includes(topicId)) return annotations;
  return replaceQuotation(annotations, quotation, { ...quotation, topics: [...quotation.topics, topicId] });
}

export function untagQuotation(annotations: Annotations, anchor: Anchor, topicId: string): Annotations {
  const quotation = requireQuotation(annotations, anchor);
  if (!quotation.topics.includes(topicId)) {
    throw new AnnotationError('unknown-topic', message('The quotation “{0}” is not tagged "{1}".', describeAnchor(anchor), topicId));
  }
  return replaceQuotation(annotations, quotation, { ...quotation, topics: quotation.topics.filter((t) => t !== topicId) });
}
