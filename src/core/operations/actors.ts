/**
 * Creating, renaming, retyping and deleting actors. Every function returns new Annotations
 * (or the same object when nothing changes) and throws an {@link AnnotationError} when the
 * request is invalid, leaving its input untouched.
 */
import { message, type Message } from '../messages';
import type { Actor, ActorType, Annotations, Quotation } from '../model';
import { AnnotationError } from './errors';
import { isValidId, slugify, uniqueSlug } from './slug';
import { omit } from './omit';

export function findActor(annotations: Annotations, id: string): Actor | undefined {
  return annotations.actors.find((a) => a.id === id);
}

export function requireActor(annotations: Annotations, id: string): Actor {
  const actor = findActor(annotations, id);
  if (actor === undefined) throw new AnnotationError('unknown-actor', message('There is no actor with id "{0}".', id));
  return actor;
}

/** `annotations` with the actor `id` replaced by `update(actor)`. */
export function updateActor(annotations: Annotations, id: string, update: (actor: Actor) => Actor): Annotations {
  const actor = requireActor(annotations, id);
  const updated = update(actor);
  if (updated === actor) return annotations;
  return { ...annotations, actors: annotations.actors.map((a) => (a === actor ? updated : a)) };
}

export function checkName(name: string, what: Message = message('An actor’s name')): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length === 0) throw new AnnotationError('invalid-name', message('{0} cannot be empty.', what));
  return trimmed;
}

export function checkType(type: ActorType): ActorType {
  if (typeof type !== 'string' || !/^[a-z][a-z0-9-]*$/.test(type)) {
    throw new AnnotationError('invalid-type', message('"{0}" is not an actor type: use a lowercase word such as "person" or "organization".', String(type)));
  }
  return type;
}

function checkNewId(annotations: Annotations, id: string, exceptId?: string): string {
  if (!isValidId(id)) {
    throw new AnnotationError('invalid-id', message('"{0}" is not a valid id: use letters, digits, "-", "_" or ".", starting with a letter or digit.', id));
  }
  if (id !== exceptId && findActor(annotations, id) !== undefined) {
    throw new AnnotationError('duplicate-id', message('An actor with id "{0}" already exists.', id));
  }
  return id;
}

/**
 * The id {@link addActor} gives a new actor named `name`: its slug, made unique with -2, -3…
 * The same name gives the same id on every branch, so concurrent additions merge.
 */
export function newActorId(annotations: Annotations, name: string, exceptId?: string): string {
  const taken = new Set(annotations.actors.map((a) => a.id));
  if (exceptId !== undefined) taken.delete(exceptId);
  return uniqueSlug(slugify(name), taken);
}

export interface NewActorOptions {
  /** An explicit id (must be free); by default {@link newActorId}. */
  readonly id?: string;
  readonly aliases?: readonly string[];
  readonly note?: string;
  readonly externalId?: string;
}

/** Appends an actor. Its id: `options.id`, else a unique slug of its name (see {@link newActorId}). */
export function addActor(annotations: Annotations, type: ActorType, name: string, options: NewActorOptions = {}): Annotations {
  const displayName = checkName(name);
  const id = options.id === undefined ? newActorId(annotations, displayName) : checkNewId(annotations, options.id);
  const aliases: string[] = [];
  for (const alias of options.aliases ?? []) {
    const trimmed = checkName(alias, message('An alias'));
    if (trimmed !== displayName && !aliases.includes(trimmed)) aliases.push(trimmed);
  }
  const actor: Actor = {
    id,
    type: checkType(type),
    name: displayName,
    aliases,
    ...(options.note !== undefined && options.note.trim() !== '' ? { note: options.note } : {}),
    ...(options.externalId !== undefined && options.externalId.trim() !== '' ? { externalId: options.externalId.trim() } : {}),
    added: [],
    excluded: [],
  };
  return { ...annotations, actors: [...annotations.actors, actor] };
}

export function changeType(annotations: Annotations, id: string, type: ActorType): Annotations {
  checkType(type);
  return updateActor(annotations, id, (actor) => (actor.type === type ? actor : { ...actor, type }));
}

/** Sets or clears (empty string or undefined) an actor's note and external id. */
export function setActorDetails(annotations: Annotations, id: string, details: { note?: string; externalId?: string }): Annotations {
  return updateActor(annotations, id, (actor) => {
    let updated: Actor = actor;
    for (const key of ['note', 'externalId'] as const) {
      if (!(key in details)) continue;
      const value = details[key]?.trim() === '' ? undefined : key === 'externalId' ? details[key]?.trim() : details[key];
      if (updated[key] === value) continue;
      const rest = omit(updated, key);
      updated = value === undefined ? rest : { ...rest, [key]: value };
    }
    return updated;
  });
}

export interface RenameOptions {
  /**
   * Also change the id: `true` for a unique slug of the new name, or an explicit free id.
   * Every reference (quotation speakers) follows. By default the id stays: ids are shared
   * with other articles, and changing them is a deliberate act.
   */
  readonly id?: true | string;
  /** Keep the old name as an alias, so its occurrences stay mentions. Default: false. */
  readonly keepOldNameAsAlias?: boolean;
}

/**
 * Changes an actor's display name (an alias equal to the new name is dropped, as the name
 * now matches it), and its id when asked.
 */
export function renameActor(annotations: Annotations, id: string, name: string, options: RenameOptions = {}): Annotations {
  const newName = checkName(name);
  const actor = requireActor(annotations, id);
  const newId =
    options.id === undefined ? id : options.id === true ? newActorId(annotations, newName, id) : checkNewId(annotations, options.id, id);
  let aliases = actor.aliases.filter((a) => a !== newName);
  if (options.keepOldNameAsAlias === true && actor.name !== newName && !aliases.includes(actor.name)) aliases = [...aliases, actor.name];
  const renamed = actor.name === newName && aliases.length === actor.aliases.length ? actor : { ...actor, name: newName, aliases };
  const result = updateActor(annotations, id, () => renamed);
  return newId === id ? result : changeActorId(result, id, newId);
}

/** Changes an actor's id and every reference to it (quotation speakers). */
export function changeActorId(annotations: Annotations, id: string, newId: string): Annotations {
  requireActor(annotations, id);
  if (newId === id) return annotations;
  checkNewId(annotations, newId);
  const withNewId = updateActor(annotations, id, (actor) => ({ ...actor, id: newId }));
  return { ...withNewId, quotations: replaceSpeaker(withNewId.quotations, id, () => ({ actor: newId })) };
}

/**
 * Removes an actor. Quotations it spoke keep their attribution as free text (the actor's
 * name), so deleting an actor never silently loses who said what.
 */
export function deleteActor(annotations: Annotations, id: string): Annotations {
  const actor = requireActor(annotations, id);
  return {
    ...annotations,
    actors: annotations.actors.filter((a) => a !== actor),
    quotations: replaceSpeaker(annotations.quotations, id, () => ({ text: actor.name })),
  };
}

/** Quotations whose speaker is actor `id` get `speaker()` instead; the same array when none. */
export function replaceSpeaker(quotations: readonly Quotation[], id: string, speaker: () => Quotation['speaker']): readonly Quotation[] {
  const speaks = (q: Quotation) => q.speaker !== undefined && 'actor' in q.speaker && q.speaker.actor === id;
  if (!quotations.some(speaks)) return quotations;
  return quotations.map((q) => (speaks(q) ? { ...q, speaker: speaker() } : q));
}
