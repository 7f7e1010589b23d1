/**
 * Accepting and rejecting suggestions: pure changes of {@link Annotations}, one undo step for
 * any number of suggestions.
 */
import { createAnchor } from '../../anchoring';
import type { Actor, Annotations, Speaker } from '../../model';
import * as ops from '../../operations';
import type { PendingSuggestion } from './pending';

/**
 * Stores accepted suggestions. An entity becomes a mention of the actor it matched (copied
 * from another article of the workspace when this one lacks it: same id, type, name and
 * aliases) or a new actor of the suggested type named by its text; a candidate whose text is
 * by then already an actor's name (accepted earlier in the same batch) adds nothing, as that
 * name's occurrences are mentions already. A quotation is stored with its cue, its kind (indirect speech) and speaker: the
 * actor it was linked to, or the speaker's words as free text (for a pronoun, the name it stands for).
 */
export function acceptSuggestions(
  annotations: Annotations,
  text: string,
  suggestions: readonly PendingSuggestion[],
  workspaceActors: ReadonlyMap<string, Actor> = new Map(),
): Annotations {
  let result = annotations;
  const ensureActor = (id: string): boolean => {
    if (result.actors.some((a) => a.id === id)) return true;
    const definition = workspaceActors.get(id);
    if (!definition) return false;
    result = ops.addActor(result, definition.type, definition.name, {
      id: definition.id,
      aliases: definition.aliases,
      ...(definition.note !== undefined ? { note: definition.note } : {}),
      ...(definition.externalId !== undefined ? { externalId: definition.externalId } : {}),
    });
    return true;
  };
  for (const suggestion of suggestions) {
    if (suggestion.kind === 'quotation') {
      let speaker: Speaker | undefined;
      if (suggestion.speaker?.actorId && ensureActor(suggestion.speaker.actorId)) speaker = { actor: suggestion.speaker.actorId };
      else if (suggestion.speaker?.text.trim()) {
        // "il" tells a reader of the corpus nothing: a pronoun or description is stored as the name it stands for.
        const words = suggestion.speaker.refersTo ?? suggestion.speaker.text;
        speaker = { text: words.replace(/\s+/gu, ' ').trim() };
      }
      result = ops.attributeQuotation(result, createAnchor(text, suggestion.span), speaker, {
        ...(suggestion.cue ? { cue: createAnchor(text, suggestion.cue) } : {}),
        ...(suggestion.quotationKind ? { kind: suggestion.quotationKind } : {}),
      });
      continue;
    }
    const name = suggestion.text.trim();
    if (suggestion.actorId) {
      const existed = result.actors.some((a) => a.id === suggestion.actorId);
      if (existed || ensureActor(suggestion.actorId)) {
        const actor = result.actors.find((a) => a.id === suggestion.actorId)!;
        const isName = actor.name === name || actor.aliases.includes(name);
        // a copied actor's names, and names not excluded here, are mentions already
        if (isName && (!existed || !actor.excluded.some((x) => x.text === suggestion.text))) continue;
        result = ops.addMention(result, actor.id, createAnchor(text, suggestion.span));
        continue;
      }
    }
    if (result.actors.some((a) => a.name === name || a.aliases.includes(name))) continue;
    result = ops.addActor(result, suggestion.kind, name);
  }
  return result;
}

/** Remembers rejected suggestions in the sidecar's `rejected` list, so they are not proposed again. */
export function rejectSuggestions(annotations: Annotations, text: string, suggestions: readonly PendingSuggestion[]): Annotations {
  let result = annotations;
  for (const s of suggestions) result = ops.rejectSuggestion(result, s.kind === 'quotation' ? 'quotation' : 'actor', createAnchor(text, s.span));
  return result;
}
