import { strict as assert } from 'node:assert';
import {
  addActor,
  addAlias,
  AnnotationError,
  attributeQuotation,
  changeActorId,
  changeType,
  deleteActor,
  findActor,
  mergeActors,
  newActorId,
  removeAlias,
  renameActor,
  setActorDetails,
} from '../../../src/core/operations';
import type { Annotations } from '../../../src/core/model';
import { anchor, deepFreeze, empty } from './fixtures';

const throwsCode = (fn: () => unknown, code: string) =>
  assert.throws(fn, (e: unknown) => e instanceof AnnotationError && e.code === code && e.message.length > 0);

const quote = anchor('«ce que la Syrie et l’Irak ont été»', 'le Sahel devienne ', ' : une base');

function sample(): Annotations {
  let a = addActor(empty, 'person', 'Francisca Bostyn', { aliases: ['Bostyn'] });
  a = addActor(a, 'organization', 'VSSE', { note: 'sûreté de l’État' });
  a = attributeQuotation(a, quote, { actor: 'francisca-bostyn' });
  return deepFreeze(a);
}

describe('actor operations', () => {
  it('adds an actor with a readable unique id, without touching the input', () => {
    const a = addActor(empty, 'person', '  Francisca Bostyn ');
    assert.deepEqual(a.actors, [{ id: 'francisca-bostyn', type: 'person', name: 'Francisca Bostyn', aliases: [], added: [], excluded: [] }]);
    assert.equal(empty.actors.length, 0);
    const b = addActor(a, 'person', 'Francisca  Bostyn');
    assert.equal(b.actors[1].id, 'francisca-bostyn-2');
    assert.equal(newActorId(b, 'Francisca Bostyn'), 'francisca-bostyn-3');
  });

  it('gives equal entries to two branches adding the same actor', () => {
    const left = addActor(sample(), 'organization', 'l’État islamique');
    const right = addActor(sample(), 'organization', 'l’État islamique');
    assert.deepEqual(left, right);
    assert.equal(findActor(left, 'etat-islamique')?.name, 'l’État islamique');
  });

  it('refuses invalid requests with typed errors', () => {
    const a = sample();
    throwsCode(() => addActor(a, 'person', '   '), 'invalid-name');
    throwsCode(() => addActor(a, 'Person!', 'X'), 'invalid-type');
    throwsCode(() => addActor(a, 'person', 'X', { id: 'vsse' }), 'duplicate-id');
    throwsCode(() => addActor(a, 'person', 'X', { id: 'has space' }), 'invalid-id');
    throwsCode(() => changeType(a, 'nobody', 'person'), 'unknown-actor');
    throwsCode(() => removeAlias(a, 'vsse', 'Sûreté'), 'unknown-alias');
  });

  it('adds and removes aliases, idempotently', () => {
    const a = addAlias(sample(), 'francisca-bostyn', 'la directrice');
    assert.deepEqual(findActor(a, 'francisca-bostyn')?.aliases, ['Bostyn', 'la directrice']);
    assert.equal(addAlias(a, 'francisca-bostyn', 'Bostyn'), a);
    assert.equal(addAlias(a, 'francisca-bostyn', 'Francisca Bostyn'), a);
    assert.deepEqual(findActor(removeAlias(a, 'francisca-bostyn', 'Bostyn'), 'francisca-bostyn')?.aliases, ['la directrice']);
  });

  it('changes the type, and returns the same object when nothing changes', () => {
    const a = sample();
    assert.equal(findActor(changeType(a, 'vsse', 'misc'), 'vsse')?.type, 'misc');
    assert.equal(changeType(a, 'vsse', 'organization'), a);
  });

  it('sets and clears the note and external id', () => {
    const a = setActorDetails(sample(), 'vsse', { externalId: ' Q2632422 ', note: '' });
    assert.equal(findActor(a, 'vsse')?.externalId, 'Q2632422');
    assert.ok(!('note' in (findActor(a, 'vsse') ?? {})));
  });

  it('renames without changing the id by default', () => {
    const a = renameActor(sample(), 'francisca-bostyn', 'F. Bostyn');
    const actor = findActor(a, 'francisca-bostyn');
    assert.equal(actor?.name, 'F. Bostyn');
    assert.deepEqual(actor?.aliases, ['Bostyn']);
    assert.deepEqual(a.quotations[0].speaker, { actor: 'francisca-bostyn' });
    const kept = renameActor(sample(), 'francisca-bostyn', 'Bostyn', { keepOldNameAsAlias: true });
    assert.deepEqual(findActor(kept, 'francisca-bostyn')?.aliases, ['Francisca Bostyn']);
  });

  it('renames with the id when asked, updating quotation speakers', () => {
    const a = renameActor(sample(), 'francisca-bostyn', 'Francisca Bostyn-Verhaegen', { id: true });
    assert.equal(findActor(a, 'francisca-bostyn'), undefined);
    assert.equal(findActor(a, 'francisca-bostyn-verhaegen')?.name, 'Francisca Bostyn-Verhaegen');
    assert.deepEqual(a.quotations[0].speaker, { actor: 'francisca-bostyn-verhaegen' });
    const explicit = changeActorId(sample(), 'francisca-bostyn', 'bostyn');
    assert.deepEqual(explicit.quotations[0].speaker, { actor: 'bostyn' });
    throwsCode(() => renameActor(sample(), 'francisca-bostyn', 'X', { id: 'vsse' }), 'duplicate-id');
  });

  it('deletes an actor, keeping its quotations’ attribution as free text', () => {
    const a = deleteActor(sample(), 'francisca-bostyn');
    assert.deepEqual(
      a.actors.map((x) => x.id),
      ['vsse'],
    );
    assert.deepEqual(a.quotations[0].speaker, { text: 'Francisca Bostyn' });
  });

  it('merges: names become aliases, mentions and speakers move over', () => {
    let a = addActor(sample(), 'person', 'la directrice', { note: 'seen once', externalId: 'Q1' });
    a = {
      ...a,
      actors: a.actors.map((x) =>
        x.id === 'directrice' ? { ...x, added: [anchor('elle', 'dit ', ' hier')], excluded: [anchor('la directrice', 'pas ', ' du')] } : x,
      ),
    };
    a = attributeQuotation(a, anchor('«oui»'), { actor: 'directrice' });
    const merged = mergeActors(deepFreeze(a), 'directrice', 'francisca-bostyn');
    const actor = findActor(merged, 'francisca-bostyn');
    assert.equal(findActor(merged, 'directrice'), undefined);
    assert.deepEqual(actor?.aliases, ['Bostyn', 'la directrice']);
    assert.deepEqual(actor?.added, [anchor('elle', 'dit ', ' hier')]);
    assert.deepEqual(actor?.excluded, [anchor('la directrice', 'pas ', ' du')]);
    assert.equal(actor?.note, 'seen once');
    assert.equal(actor?.externalId, 'Q1');
    assert.deepEqual(
      merged.quotations.map((q) => q.speaker),
      [{ actor: 'francisca-bostyn' }, { actor: 'francisca-bostyn' }],
    );
    throwsCode(() => mergeActors(merged, 'vsse', 'vsse'), 'merge-into-itself');
    throwsCode(() => mergeActors(merged, 'directrice', 'vsse'), 'unknown-actor');
  });
});
