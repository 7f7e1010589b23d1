/**
 * Settling a disagreement of the comparison (see disagreements.ts) in this branch's sidecar:
 * accept what the other branch has, or drop what only this branch has. Pure: each returns the
 * new annotations of this branch, for the editor to apply as one undoable edit.
 */
import { createAnchor } from '../anchoring';
import type { ArticleView } from '../article/view';
import type { Actor, Annotations, Speaker } from '../model';
import * as ops from '../operations';
import { buildArticleView } from '../article/view';
import type { Disagreement } from './disagreements';

/**
 * Brings the other branch's side of `disagreement` into this branch's annotations:
 * - a mention: made a mention of this branch's actor with the other's id (its type set to the
 *   other's), else of this branch's actor with the same name and type, else of a copy of the
 *   other's actor (same id when free, name, aliases, type);
 * - a quotation: stored with its speaker (a speaker actor missing here is copied) and cue;
 * - a speaker: this branch's quotation gets the other's speaker.
 * A disagreement only this branch holds is returned unchanged (nothing to accept).
 */
export function acceptFromThere(here: ArticleView, there: ArticleView, disagreement: Disagreement): Annotations {
  const text = here.text;
  if (disagreement.kind === 'mention') {
    if (disagreement.side !== 'there') return here.annotations;
    const theirs = there.actorsById.get(disagreement.actorId);
    if (!theirs) return here.annotations;
    let annotations = here.annotations;
    let id = actorFor(annotations, theirs);
    if (id === undefined) {
      annotations = copyActor(annotations, theirs);
      id = annotations.actors[annotations.actors.length - 1]!.id;
    } else if (ops.findActor(annotations, id)!.type !== theirs.type) {
      annotations = ops.changeType(annotations, id, theirs.type);
    }
    const { start, end } = disagreement.span;
    const view = buildArticleView(text, annotations);
    const already = view.mentions.some((m) => m.start === start && m.end === end && m.actorId === id);
    return already ? annotations : ops.addMention(annotations, id, createAnchor(text, disagreement.span));
  }
  const theirs = disagreement.kind === 'speaker' ? disagreement.there : disagreement.side === 'there' ? disagreement.quotation : undefined;
  if (!theirs) return here.annotations;
  let annotations = here.annotations;
  let speaker: Speaker | undefined = theirs.speaker;
  if (speaker && 'actor' in speaker) {
    const actor = there.actorsById.get(speaker.actor);
    if (!actor) speaker = { text: speaker.actor };
    else {
      let id = actorFor(annotations, actor);
      if (id === undefined) {
        annotations = copyActor(annotations, actor);
        id = annotations.actors[annotations.actors.length - 1]!.id;
      }
      speaker = { actor: id };
    }
  }
  const anchor = createAnchor(text, disagreement.span);
  const cueSpan = theirs.cue && there.placed.find((p) => p.ref.kind === 'cue' && there.annotations.quotations[p.ref.index] === theirs);
  const cue = cueSpan && cueSpan.resolution.kind !== 'orphan' ? createAnchor(text, cueSpan.resolution.span) : undefined;
  if (disagreement.kind === 'speaker') {
    return ops.attributeQuotation(annotations, disagreement.here.anchor, speaker);
  }
  return ops.attributeQuotation(annotations, anchor, speaker, cue ? { cue } : {});
}

/**
 * Removes this branch's side of `disagreement`: a hand-added mention is removed, a name
 * occurrence excluded, a quotation removed. A disagreement only the other branch holds, or a
 * speaker, is returned unchanged.
 */
export function dropHere(here: ArticleView, disagreement: Disagreement): Annotations {
  if (disagreement.kind === 'quotation') {
    return disagreement.side === 'here' ? ops.removeQuotation(here.annotations, disagreement.quotation.anchor) : here.annotations;
  }
  if (disagreement.kind !== 'mention' || disagreement.side !== 'here') return here.annotations;
  const { start, end } = disagreement.span;
  let annotations = here.annotations;
  for (const mention of here.mentions) {
    if (mention.start !== start || mention.end !== end || here.actorsById.get(mention.actorId)?.type !== disagreement.type) continue;
    const added = here.placed.find((p) => p.ref.kind === 'added' && p.ref.actorId === mention.actorId && p.resolution.kind !== 'orphan' &&
      p.resolution.span.start === start && p.resolution.span.end === end);
    annotations = added ? ops.removeMention(annotations, mention.actorId, added.anchor) : ops.excludeOccurrence(annotations, mention.actorId, createAnchor(here.text, mention));
  }
  return annotations;
}

/** This branch's actor standing for the other's: the same id, else the same name and type. */
function actorFor(annotations: Annotations, theirs: Actor): string | undefined {
  if (ops.findActor(annotations, theirs.id)) return theirs.id;
  return annotations.actors.find((a) => a.type === theirs.type && a.name === theirs.name)?.id;
}

function copyActor(annotations: Annotations, theirs: Actor): Annotations {
  const idFree = !ops.findActor(annotations, theirs.id);
  return ops.addActor(annotations, theirs.type, theirs.name, {
    ...(idFree ? { id: theirs.id } : {}),
    aliases: theirs.aliases,
    ...(theirs.note !== undefined ? { note: theirs.note } : {}),
    ...(theirs.externalId !== undefined ? { externalId: theirs.externalId } : {}),
  });
}
