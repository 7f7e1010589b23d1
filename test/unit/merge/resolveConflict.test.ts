import { strict as assert } from 'node:assert';
import { mergeAnnotations } from '../../../src/core/merge/mergeAnnotations';
import { resolveConflict } from '../../../src/core/merge/resolveConflict';
import { actor, anchor, annotations, quotation } from './builders';

const bostyn = actor('francisca-bostyn', { name: 'Francisca Bostyn', note: 'VSSE' });

describe('resolveConflict', () => {
  const base = annotations({ actors: [bostyn] });
  const ours = annotations({ actors: [{ ...bostyn, name: 'F. Bostyn', note: 'ours' }] });
  // Theirs renames her too, and removes the note ours changed.
  const theirs = annotations({ actors: [actor('francisca-bostyn', { name: 'Francisca Bostijn' })] });
  const { merged } = mergeAnnotations(base, ours, theirs);

  it('sets the field to the picked side and removes only that conflict', () => {
    assert.equal(merged.conflicts?.length, 2);
    const resolved = resolveConflict(merged, 0, 'theirs');
    assert.equal(resolved.actors[0].name, 'Francisca Bostijn');
    assert.deepEqual(resolved.conflicts, [merged.conflicts?.[1]]);
  });

  it('removes a field whose picked value is absent, and the conflicts section with the last one', () => {
    const once = resolveConflict(merged, 1, 'theirs');
    assert.equal(once.actors[0].note, undefined);
    assert.ok(!('note' in once.actors[0]));
    const twice = resolveConflict(once, 0, 'base');
    assert.equal(twice.actors[0].name, 'Francisca Bostyn');
    assert.ok(!('conflicts' in twice));
  });

  it('removes or restores a whole entry deleted on one side and changed on the other', () => {
    const syrie = anchor('«ce que la Syrie et l’Irak ont été»', 'devienne ', ' pour');
    const q = quotation(syrie);
    const withSpeaker = quotation(syrie, { speaker: { actor: 'la-libre' } });
    const result = mergeAnnotations(annotations({ quotations: [q] }), annotations(), annotations({ quotations: [withSpeaker] })).merged;
    assert.deepEqual(result.quotations, [withSpeaker]);
    assert.deepEqual(resolveConflict(result, 0, 'ours').quotations, []);
    assert.deepEqual(resolveConflict(result, 0, 'base').quotations, [q]);
    assert.deepEqual(resolveConflict(result, 0, 'theirs').quotations, [withSpeaker]);
  });

  it('refuses an index with no conflict', () => {
    assert.throws(() => resolveConflict(merged, 5, 'ours'), RangeError);
  });
});
