import { strict as assert } from 'node:assert';
import { addActor, addMention, AnnotationError, excludeOccurrence, findActor, removeMention, restoreOccurrence } from '../../../src/core/operations';
import { anchor, deepFreeze, empty } from './fixtures';

const base = deepFreeze(addActor(empty, 'person', 'Francisca Bostyn'));
const directrice = anchor('la directrice', 'a rencontré ', ' de la VSSE');
const occurrence = anchor('Bostyn', 'Francisca ', ' fait suite');
const actor = (a: typeof base) => findActor(a, 'francisca-bostyn');

describe('mention operations', () => {
  it('adds a hand-added mention once, with a plain copy of the anchor', () => {
    const a = addMention(base, 'francisca-bostyn', { ...directrice, extra: 1 } as typeof directrice);
    assert.deepEqual(actor(a)?.added, [directrice]);
    assert.equal(addMention(a, 'francisca-bostyn', directrice), a);
  });

  it('excludes an occurrence, and a later addition lifts the exclusion instead of adding', () => {
    const excluded = excludeOccurrence(base, 'francisca-bostyn', occurrence);
    assert.deepEqual(actor(excluded)?.excluded, [occurrence]);
    const back = addMention(excluded, 'francisca-bostyn', occurrence);
    assert.deepEqual(actor(back)?.excluded, []);
    assert.deepEqual(actor(back)?.added, []);
  });

  it('excluding a hand-added mention removes the addition', () => {
    const a = excludeOccurrence(addMention(base, 'francisca-bostyn', directrice), 'francisca-bostyn', directrice);
    assert.deepEqual(actor(a)?.added, []);
    assert.deepEqual(actor(a)?.excluded, [directrice]);
  });

  it('removes hand-added mentions and restores exclusions, refusing unknown ones', () => {
    const a = removeMention(addMention(base, 'francisca-bostyn', directrice), 'francisca-bostyn', directrice);
    assert.deepEqual(actor(a)?.added, []);
    const r = restoreOccurrence(excludeOccurrence(base, 'francisca-bostyn', occurrence), 'francisca-bostyn', occurrence);
    assert.deepEqual(actor(r)?.excluded, []);
    assert.throws(() => removeMention(base, 'francisca-bostyn', directrice), (e: unknown) => e instanceof AnnotationError && e.code === 'unknown-mention');
    assert.throws(() => restoreOccurrence(base, 'francisca-bostyn', occurrence), (e: unknown) => e instanceof AnnotationError && e.code === 'unknown-exclusion');
    assert.throws(() => addMention(base, 'francisca-bostyn', anchor('')), (e: unknown) => e instanceof AnnotationError && e.code === 'invalid-anchor');
    assert.throws(() => addMention(base, 'nobody', directrice), (e: unknown) => e instanceof AnnotationError && e.code === 'unknown-actor');
  });

  it('gives equal results to two branches adding the same mention', () => {
    assert.deepEqual(addMention(base, 'francisca-bostyn', directrice), addMention(base, 'francisca-bostyn', { ...directrice }));
  });
});
