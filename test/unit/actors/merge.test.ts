import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mergeActor, ownAnnotations, propertiesLookup, withSharedActors, type SharedActor, type SharedActors } from '../../../src/core/actors';
import { promoteActor } from '../../../src/core/actors/operations';
import { EMPTY_ANNOTATIONS, type Actor, type Annotations } from '../../../src/core/model';
import { writeSidecar } from '../../../src/core/sidecar';
import { annotations as anyAnnotations } from '../sidecar/helpers';

const minister: SharedActor = {
  id: 'jan-peeters', type: 'person', name: 'Jan Peeters', aliases: ['le ministre'], note: 'Minister of the interior', externalId: 'Q1',
  properties: { role: 'minister', party: 'green' },
};
const shared: SharedActors = { properties: [], actors: [minister] };
const own = (actor: Partial<Actor> & Pick<Actor, 'id'>): Actor => ({ type: 'person', name: actor.id, aliases: [], added: [], excluded: [], ...actor });
const quotedBy = (id: string) => ({ anchor: { text: '«Nous agirons»', before: '', after: '' }, speaker: { actor: id }, topics: [] });

describe('shared actors: merge rule', () => {
  it('a shared actor alone joins every article as it is', () => {
    const merged = withSharedActors(EMPTY_ANNOTATIONS, shared);
    assert.deepEqual(merged.actors, [{ id: 'jan-peeters', type: 'person', name: 'Jan Peeters', aliases: ['le ministre'], note: 'Minister of the interior', externalId: 'Q1', added: [], excluded: [] }]);
  });

  it("the sidecar's type, name, note and external id win; names are united; its mentions are kept", () => {
    const local = own({
      id: 'jan-peeters', type: 'misc', name: 'J. Peeters', aliases: ['Peeters'], note: 'here a witness',
      added: [{ text: 'il', before: 'a dit ', after: '.' }],
    });
    assert.deepEqual(mergeActor(local, minister), {
      id: 'jan-peeters', type: 'misc', name: 'J. Peeters', aliases: ['Peeters', 'Jan Peeters', 'le ministre'], note: 'here a witness', externalId: 'Q1',
      added: [{ text: 'il', before: 'a dit ', after: '.' }], excluded: [],
    });
  });

  it('the merged name is never repeated among the aliases', () => {
    assert.deepEqual(mergeActor(own({ id: 'jan-peeters', name: 'le ministre', aliases: ['le ministre', 'Jan Peeters'] }), minister).aliases, ['Jan Peeters']);
  });

  it("other actors of the sidecar are untouched and keep their order; shared ones follow", () => {
    const article: Annotations = { ...EMPTY_ANNOTATIONS, actors: [own({ id: 'zoe' }), own({ id: 'jan-peeters', name: 'Jan Peeters' }), own({ id: 'abel' })] };
    assert.deepEqual(withSharedActors(article, { properties: [], actors: [{ ...minister, id: 'bea' }, minister] }).actors.map((a) => a.id), ['zoe', 'jan-peeters', 'abel', 'bea']);
  });

  it('properties come from the shared file, by id', () => {
    assert.deepEqual(propertiesLookup(shared)({ id: 'jan-peeters' }), { role: 'minister', party: 'green' });
    assert.equal(propertiesLookup(shared)({ id: 'nobody' }), undefined);
  });
});

describe('shared actors: what a sidecar stores', () => {
  it('a shared actor only mentioned by its names writes nothing', () => {
    const merged = withSharedActors(EMPTY_ANNOTATIONS, shared);
    assert.deepEqual(ownAnnotations(merged, shared, EMPTY_ANNOTATIONS), EMPTY_ANNOTATIONS);
  });

  it('a shared actor named as speaker gets a minimal entry: id, type and name', () => {
    const merged = withSharedActors(EMPTY_ANNOTATIONS, shared);
    const annotated = { ...merged, quotations: [quotedBy('jan-peeters')] };
    const stored = ownAnnotations(annotated, shared, EMPTY_ANNOTATIONS);
    assert.deepEqual(stored.actors, [{ id: 'jan-peeters', type: 'person', name: 'Jan Peeters', aliases: [], added: [], excluded: [] }]);
    assert.doesNotThrow(() => writeSidecar(stored));
  });

  it('a mention added by hand writes the entry with its mention, and no shared name or note', () => {
    const merged = withSharedActors(EMPTY_ANNOTATIONS, shared);
    const added = { text: 'il', before: '', after: '' };
    const annotated = { ...merged, actors: merged.actors.map((a) => ({ ...a, added: [added] })) };
    assert.deepEqual(ownAnnotations(annotated, shared, EMPTY_ANNOTATIONS).actors, [{ id: 'jan-peeters', type: 'person', name: 'Jan Peeters', aliases: [], added: [added], excluded: [] }]);
  });

  it('an actor the change did not touch keeps its previous entry exactly, even one that repeats the shared names', () => {
    const previous: Annotations = { ...EMPTY_ANNOTATIONS, actors: [own({ id: 'jan-peeters', name: 'Jan Peeters', aliases: ['le ministre'], note: 'Minister of the interior' })] };
    const merged = withSharedActors(previous, shared);
    assert.equal(ownAnnotations(merged, shared, previous).actors[0], previous.actors[0]);
  });

  it('a speaker whose entry the change removed keeps a minimal entry, so the sidecar stays valid', () => {
    const previous: Annotations = { ...EMPTY_ANNOTATIONS, actors: [own({ id: 'jan-peeters', name: 'Jan Peeters' })], quotations: [quotedBy('jan-peeters')] };
    const removed = { ...withSharedActors(previous, shared), actors: [] };
    assert.deepEqual(ownAnnotations(removed, shared, previous).actors.map((a) => a.id), ['jan-peeters']);
  });

  it('promoting an actor unites names and keeps the shared properties', () => {
    const promoted = promoteActor(shared, own({ id: 'jan-peeters', name: 'Jan Peeters', aliases: ['Peeters'], type: 'person' }));
    assert.deepEqual(promoted.actors[0].aliases, ['le ministre', 'Peeters']);
    assert.deepEqual(promoted.actors[0].properties, minister.properties);
  });

  it('property: an article read and written back unchanged is the same sidecar, whatever the shared actors', function () {
    this.timeout(60_000);
    const sharedOf = (article: Annotations): SharedActors => ({
      properties: [],
      actors: article.actors.slice(0, 2).map((a, i) => ({ id: i === 0 ? a.id : `shared-${a.id}`, type: 'person', name: `${a.name} (shared)`, aliases: ['x'], properties: {} })),
    });
    fc.assert(fc.property(anyAnnotations, (article) => {
      const workspace = sharedOf(article);
      const merged = withSharedActors(article, workspace);
      assert.deepEqual({ ...ownAnnotations(merged, workspace, article) }, { ...article });
    }), { numRuns: 200 });
  });

  it('property: what is stored, merged again, is what the article saw', function () {
    this.timeout(60_000);
    const workspace = (ids: readonly string[]): SharedActors => ({ properties: [], actors: ids.map((id) => ({ ...minister, id })) });
    fc.assert(fc.property(anyAnnotations, fc.uniqueArray(fc.constantFrom('francisca-bostyn', 'vsse', 'new-one', 'a'), { maxLength: 3 }), (article, ids) => {
      const sharedActors = workspace(ids);
      // The user edits the merged view: every actor gets a mention excluded.
      const merged = withSharedActors(article, sharedActors);
      const edited = { ...merged, actors: merged.actors.map((a) => ({ ...a, excluded: [...a.excluded, { text: 'y', before: '', after: '' }] })) };
      const stored = ownAnnotations(edited, sharedActors, article);
      const seen = withSharedActors(stored, sharedActors);
      const byId = (list: readonly Actor[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
      assert.deepEqual(byId(seen.actors), byId(edited.actors));
    }), { numRuns: 200 });
  });
});
