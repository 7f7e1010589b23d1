import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { anchorKey } from '../../../src/core/equality';
import { mergeAnnotations } from '../../../src/core/merge/mergeAnnotations';
import { resolveConflict, type ConflictSide } from '../../../src/core/merge/resolveConflict';
import type { Actor, Anchor, Annotations, Note, Quotation, Rejection, Topic } from '../../../src/core/model';
import { sidecarCodec } from '../../../src/cli/sidecarAdapter';

const optional = { requiredKeys: [] as never[], noNullPrototype: true };
const plain = { noNullPrototype: true };

// Small alphabets, so that three independent annotations share many entries and fields.
const word = fc.constantFrom('Rabat', 'VSSE', 'la directrice', 'il', '«x»', 'Bostyn');
const context = fc.constantFrom('', 'à ', ' de', ', selon ');
const anchorArb: fc.Arbitrary<Anchor> = fc.record({ text: word, before: context, after: context }, plain);
const anchors = fc.uniqueArray(anchorArb, { selector: anchorKey, maxLength: 3 });
const strings = fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 });
const topicIds = fc.uniqueArray(fc.constantFrom('t1', 't2', 'gone'), { maxLength: 3 });

const actorArb: fc.Arbitrary<Actor> = fc.record({
  id: fc.constantFrom('bostyn', 'vsse', 'rabat'),
  type: fc.constantFrom('person', 'organization'),
  name: fc.constantFrom('Francisca Bostyn', 'F. Bostyn', 'VSSE'),
  aliases: strings,
  added: anchors,
  excluded: anchors,
}, plain).chain((required) => fc.record({ note: fc.constantFrom('n1', 'n2'), externalId: fc.constantFrom('Q1', 'Q2') }, optional)
  .map((extra) => ({ ...required, ...extra })));
const quotationArb: fc.Arbitrary<Quotation> = fc.record({ anchor: anchorArb, topics: topicIds }, plain).chain((required) => fc.record({
  speaker: fc.oneof(fc.record({ actor: fc.constantFrom('bostyn', 'vsse') }, plain), fc.record({ text: fc.constantFrom('la presse') }, plain)),
  cue: anchorArb,
  note: fc.constantFrom('n1', 'n2'),
}, optional).map((extra) => ({ ...required, ...extra })));
const topicArb: fc.Arbitrary<Topic> = fc.record({ id: fc.constantFrom('t1', 't2'), label: fc.constantFrom('L1', 'L2'), passages: anchors }, plain)
  .chain((required) => fc.record({ parent: fc.constantFrom('t1', 't2') }, optional).map((extra) => ({ ...required, ...extra })));
const noteArb: fc.Arbitrary<Note> = fc.record({ anchor: anchorArb, text: fc.constantFrom('n1', 'n2') }, plain);
const rejectionArb: fc.Arbitrary<Rejection> = fc.record({ kind: fc.constantFrom('actor' as const, 'quotation' as const), anchor: anchorArb }, plain);

const annotationsArb: fc.Arbitrary<Annotations> = fc.record({
  actors: fc.uniqueArray(actorArb, { selector: (a) => a.id, maxLength: 3 }),
  quotations: fc.uniqueArray(quotationArb, { selector: (q) => anchorKey(q.anchor), maxLength: 3 }),
  topics: fc.uniqueArray(topicArb, { selector: (t) => t.id, maxLength: 2 }),
  notes: fc.uniqueArray(noteArb, { selector: (n) => anchorKey(n.anchor), maxLength: 2 }),
  rejected: fc.uniqueArray(rejectionArb, { selector: (r) => r.kind + anchorKey(r.anchor), maxLength: 2 }),
}, plain).map(withValidReferences);

/** A side as a sidecar holds it: speakers, topics and parents name entries that exist. */
function withValidReferences(value: Annotations): Annotations {
  const actorIds = new Set(value.actors.map((a) => a.id));
  const topicIds = new Set(value.topics.map((t) => t.id));
  return {
    ...value,
    quotations: value.quotations.map(({ speaker, ...q }) => ({
      ...q,
      ...(speaker !== undefined && !('actor' in speaker && !actorIds.has(speaker.actor)) ? { speaker } : {}),
      topics: q.topics.filter((id) => topicIds.has(id)),
    })),
    topics: value.topics.map(({ parent, ...t }) => ({ ...t, ...(parent !== undefined && parent !== t.id && topicIds.has(parent) ? { parent } : {}) })),
  };
}

/** The annotations in a canonical order (entries and set fields sorted), to compare up to order. */
function canonical(value: Annotations): unknown {
  const sorted = <T>(list: readonly T[], key: (item: T) => string): T[] => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const anchorsOf = (list: readonly Anchor[]): Anchor[] => sorted(list, anchorKey);
  const strs = (list: readonly string[]): string[] => sorted(list, (s) => s);
  return {
    actors: sorted(value.actors, (a) => a.id).map((a) => ({ ...a, aliases: strs(a.aliases), added: anchorsOf(a.added), excluded: anchorsOf(a.excluded) })),
    quotations: sorted(value.quotations, (q) => anchorKey(q.anchor)).map((q) => ({ ...q, topics: strs(q.topics) })),
    topics: sorted(value.topics, (t) => t.id).map((t) => ({ ...t, passages: anchorsOf(t.passages) })),
    notes: sorted(value.notes, (n) => anchorKey(n.anchor)),
    rejected: sorted(value.rejected, (r) => r.kind + anchorKey(r.anchor)),
  };
}

function resolveAll(value: Annotations, pick: ConflictSide): Annotations {
  let result = value;
  while ((result.conflicts?.length ?? 0) > 0) result = resolveConflict(result, 0, pick);
  return result;
}

describe('mergeAnnotations properties', () => {
  it('merge(base, x, base) = x', () => {
    fc.assert(fc.property(annotationsArb, annotationsArb, (base, x) => {
      const { merged, conflicts } = mergeAnnotations(base, x, base);
      assert.deepStrictEqual(conflicts, []);
      assert.deepStrictEqual(merged, x);
    }));
  });

  it('merge(base, x, x) = x', () => {
    fc.assert(fc.property(annotationsArb, annotationsArb, (base, x) => {
      const { merged, conflicts } = mergeAnnotations(base, x, x);
      assert.deepStrictEqual(conflicts, []);
      assert.deepStrictEqual(merged, x);
    }));
  });

  it('is symmetric up to order and to which side a conflict keeps', () => {
    fc.assert(fc.property(annotationsArb, annotationsArb, annotationsArb, (base, x, y) => {
      const xy = mergeAnnotations(base, x, y);
      const yx = mergeAnnotations(base, y, x);
      assert.deepStrictEqual(xy.conflicts.map((c) => c.path).sort(), yx.conflicts.map((c) => c.path).sort());
      // x's choice in every conflict gives the same annotations, whichever side x was.
      assert.deepStrictEqual(canonical(resolveAll(xy.merged, 'ours')), canonical(resolveAll(yx.merged, 'theirs')));
      assert.deepStrictEqual(canonical(resolveAll(xy.merged, 'theirs')), canonical(resolveAll(yx.merged, 'ours')));
    }));
  });

  it('keeps every entry a side added and the other did not touch', () => {
    fc.assert(fc.property(annotationsArb, annotationsArb, annotationsArb, (base, x, y) => {
      const { merged } = mergeAnnotations(base, x, y);
      const ids = new Set(merged.actors.map((a) => a.id));
      for (const added of [...x.actors, ...y.actors].filter((a) => !base.actors.some((b) => b.id === a.id))) assert.ok(ids.has(added.id));
    }));
  });

  it('always gives annotations the sidecar writes and reads back unchanged', () => {
    fc.assert(fc.property(annotationsArb, annotationsArb, annotationsArb, (base, x, y) => {
      const { merged } = mergeAnnotations(base, x, y);
      const parsed = sidecarCodec.parse(sidecarCodec.write(merged));
      // Each recorded conflict is reported (and nothing else); the file keeps actors and topics sorted by id.
      assert.deepStrictEqual(parsed.problems.map((p) => p.code), (merged.conflicts ?? []).map(() => 'merge-conflict-recorded'));
      const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      assert.deepStrictEqual(parsed.annotations, { ...merged, actors: byId(merged.actors), topics: byId(merged.topics) });
    }), { numRuns: 40 }); // YAML round trips are slow; 40 varied merges are plenty here
  });
});
