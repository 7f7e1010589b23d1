/** Shared test helpers for the sidecar format: random models and a line diff. */
import fc from 'fast-check';
import type { Actor, Anchor, Annotations, MergeConflict, MergeValue, Note, Quotation, Rejection, Topic } from '../../../src/core/model';

/** Characters that stress YAML quoting: indicators, quotes, line breaks, spaces, non-Latin. */
const TRICKY = [
  ' ', '  ', '\n', '\r\n', '\t', ':', ': ', ' #', '#', '"', "'", '«', '»', '“', '’', '- ', '-', '?', '[', ']', '{', '}', ',',
  '&', '*', '!', '|', '>', '%', '@', '`', '\\', 'a', 'É', 'e\u0301', '\u00a0', '\u202f', '😀', 'null', 'true', '1', '0x1',
  '~', '---', '...', 'Al-Qaïda', 'l’État', '\u2028', '\u0085', '\ufeff', '\u0007',
];

/** Any text: tricky fragments, any code points, or plain words. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 6 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ maxLength: 12 }),
);
export const nonEmptyText = anyText.filter((text) => text.length > 0);

export const anchor: fc.Arbitrary<Anchor> = fc.record({ text: nonEmptyText, before: anyText, after: anyText });
/** Anchors from a small pool, so that two models share some entries. */
const pooledAnchor = fc.oneof(anchor, fc.constantFrom<Anchor>(
  { text: '«ce que la Syrie et l’Irak ont été»', before: 'devienne ', after: ' : une' },
  { text: 'la directrice', before: '', after: '' },
  { text: 'x', before: 'a ', after: '\n' },
));

const ACTOR_IDS = ['francisca-bostyn', 'vsse', 'la-libre', 'al-qaida', 'rabat', 'a', 'b-2', 'zz', '2023', 'é-t'];
const TOPIC_IDS = ['counter-terrorism', 'foreign-fighters', 'detainees', 't1', 'null'];

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Random valid models: unique ids, references that resolve, non-empty anchor texts. */
export const annotations: fc.Arbitrary<Annotations> = fc
  .record({
    actorIds: fc.subarray(ACTOR_IDS),
    topicIds: fc.subarray(TOPIC_IDS),
  })
  .chain(({ actorIds, topicIds }) => {
    const actor = (id: string): fc.Arbitrary<Actor> =>
      fc.record({
        type: fc.oneof(fc.constantFrom('person', 'organization', 'place'), nonEmptyText),
        name: nonEmptyText,
        aliases: fc.array(nonEmptyText, { maxLength: 3 }),
        note: optional(anyText),
        externalId: optional(fc.constantFrom('Q31', 'Q42', '')),
        added: fc.array(pooledAnchor, { maxLength: 2 }),
        excluded: fc.array(pooledAnchor, { maxLength: 2 }),
      }).map((fields) => withoutUndefined({ id, ...fields }));
    const topic = (id: string): fc.Arbitrary<Topic> =>
      fc.record({
        label: nonEmptyText,
        parent: optional(fc.constantFrom(...topicIds.filter((other) => other !== id), undefined)),
        passages: fc.array(pooledAnchor, { maxLength: 2 }),
      }).map((fields) => withoutUndefined({ id, ...fields }));
    const speaker = fc.oneof(
      fc.constant(undefined),
      anyText.map((text) => ({ text })),
      ...(actorIds.length > 0 ? [fc.constantFrom(...actorIds).map((actor) => ({ actor }))] : []),
    );
    const quotation: fc.Arbitrary<Quotation> = fc.record({
      anchor: pooledAnchor,
      kind: optional(fc.constant('indirect' as const)),
      speaker,
      cue: optional(anchor),
      topics: topicIds.length > 0 ? fc.uniqueArray(fc.constantFrom(...topicIds), { maxLength: 2 }) : fc.constant([]),
      note: optional(anyText),
    }).map(withoutUndefined);
    const note: fc.Arbitrary<Note> = fc.record({ anchor: pooledAnchor, text: anyText });
    const rejection: fc.Arbitrary<Rejection> = fc.record({ kind: fc.constantFrom('actor' as const, 'quotation' as const), anchor: pooledAnchor });
    return fc.record({
      actors: fc.tuple(...actorIds.map(actor)),
      quotations: fc.array(quotation, { maxLength: 4 }),
      topics: fc.tuple(...topicIds.map(topic)),
      notes: fc.array(note, { maxLength: 3 }),
      rejected: fc.array(rejection, { maxLength: 3 }),
    });
  });

/** The values a merge records for a side: each of the shape of its field (or a whole entry of the section). */
const actorEntry = (id: string): fc.Arbitrary<Actor> => fc.record({
  type: nonEmptyText, name: nonEmptyText, aliases: fc.array(nonEmptyText, { maxLength: 3 }), note: optional(anyText),
  added: fc.array(anchor, { maxLength: 2 }), excluded: fc.array(anchor, { maxLength: 1 }),
}).map((fields) => withoutUndefined({ id, ...fields }));
const quotationEntry: fc.Arbitrary<Quotation> = fc.record({
  anchor, kind: optional(fc.constant('indirect' as const)), speaker: optional(anyText.map((text) => ({ text }))), cue: optional(anchor), topics: fc.array(nonEmptyText, { maxLength: 2 }), note: optional(anyText),
}).map(withoutUndefined);
const ACTOR_FIELD_VALUES: Record<string, fc.Arbitrary<MergeValue>> = {
  name: nonEmptyText, type: nonEmptyText, note: anyText, externalId: anyText, aliases: fc.array(nonEmptyText, { maxLength: 3 }),
};
const QUOTATION_FIELD_VALUES: Record<string, fc.Arbitrary<MergeValue>> = {
  speaker: fc.oneof(anyText.map((text) => ({ text })), fc.constantFrom(...ACTOR_IDS).map((actor) => ({ actor }))), cue: anchor, note: anyText, kind: fc.constant('indirect'),
};
const sidesOf = (value: fc.Arbitrary<MergeValue>) => fc.record({ base: optional(value), ours: optional(value), theirs: optional(value) });

/** A merge conflict on an actor (by id, a field or the whole entry) or on a quotation (by anchor). */
export const conflict: fc.Arbitrary<MergeConflict> = fc.oneof(
  fc.record({ id: fc.constantFrom(...ACTOR_IDS), field: optional(fc.constantFrom(...Object.keys(ACTOR_FIELD_VALUES))) })
    .chain(({ id, field }) => sidesOf(field === undefined ? actorEntry(id) : ACTOR_FIELD_VALUES[field]).map((values) => withoutUndefined({
      path: `actors.${id}${field === undefined ? '' : '.' + field}`, section: 'actors' as const, entry: id, field, ...values,
    }))),
  fc.record({ at: anchor, field: optional(fc.constantFrom(...Object.keys(QUOTATION_FIELD_VALUES))) })
    .chain(({ at, field }) => sidesOf(field === undefined ? quotationEntry : QUOTATION_FIELD_VALUES[field]).map((values) => withoutUndefined({
      path: `quotations[${JSON.stringify(at.text)}]${field === undefined ? '' : '.' + field}`, section: 'quotations' as const, entry: at, field, ...values,
    }))),
);

/** Random valid models that may also hold merge conflicts. */
export const annotationsWithConflicts: fc.Arbitrary<Annotations> = fc
  .tuple(annotations, fc.array(conflict, { maxLength: 3 }))
  .map(([model, conflicts]) => (conflicts.length > 0 ? { ...model, conflicts } : model));

/** The model as the reader returns it from a written file: actors and topics sorted by id. */
export function inFileOrder(model: Annotations): Annotations {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...model, actors: byId(model.actors), topics: byId(model.topics) };
}

/** The model with lists sorted too: for comparisons where file order of lists may differ. */
export function canonical(model: Annotations): unknown {
  const sorted = <T>(items: readonly T[]) => items.map((item) => JSON.stringify(item, Object.keys(flatKeys(item)).sort())).sort();
  const ordered = inFileOrder(model);
  return {
    actors: sorted(ordered.actors), topics: sorted(ordered.topics),
    quotations: sorted(model.quotations), notes: sorted(model.notes), rejected: sorted(model.rejected),
    conflicts: sorted(model.conflicts ?? []),
  };
}

function flatKeys(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!Array.isArray(value)) keys[key] = true;
      flatKeys(inner, keys);
    }
  }
  return keys;
}

/** The one contiguous block of lines that differs between two texts (common prefix and suffix removed). */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { removed: a.slice(prefix, a.length - suffix), added: b.slice(prefix, b.length - suffix) };
}
