import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { assignFolds } from '../../eval/folds';

describe('eval folds', () => {
  it('deals each batch round robin over the folds, so that every fold mixes the batches', () => {
    const batch1 = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const batch2 = ['b1', 'b2', 'b3', 'b4', 'b5'];
    const folds = assignFolds([batch1, batch2], 5);
    assert.deepEqual(folds, [['a1', 'a6', 'b5'], ['a2', 'b1'], ['a3', 'b2'], ['a4', 'b3'], ['a5', 'b4']]);
  });

  it('puts every name in exactly one fold, folds differing by one at most, whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 30 }), { maxLength: 3 }), fc.integer({ min: 1, max: 7 }), (batches, n) => {
        const all = batches.flat();
        fc.pre(new Set(all).size === all.length);
        const folds = assignFolds(batches, n);
        assert.deepEqual(folds.flat().sort(), [...all].sort());
        const sizes = folds.map((f) => f.length);
        if (sizes.length > 0) assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1);
        assert.deepEqual(assignFolds(batches.map((b) => [...b].reverse()), n), folds);
      }),
    );
  });
});
