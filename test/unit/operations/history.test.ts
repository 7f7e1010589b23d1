import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { History } from '../../../src/core/operations/history';

describe('History', () => {
  it('undoes and redoes labelled steps', () => {
    const h = new History('a');
    h.record('add b', 'ab');
    h.record('add c', 'abc');
    assert.equal(h.undoLabel, 'add c');
    assert.equal(h.undo(), 'ab');
    assert.equal(h.redoLabel, 'add c');
    assert.equal(h.undo(), 'a');
    assert.equal(h.undo(), undefined);
    assert.equal(h.present, 'a');
    assert.equal(h.redo(), 'ab');
    assert.equal(h.undoLabel, 'add b');
  });

  it('drops the redo steps on a new record, and ignores unchanged states', () => {
    const h = new History(1);
    h.record('two', 2);
    h.undo();
    h.record('three', 3);
    assert.equal(h.canRedo, false);
    h.record('same', 3);
    assert.equal(h.undoLabel, 'three');
  });

  it('keeps at most `cap` undo steps', () => {
    const h = new History(0, { cap: 3 });
    for (let i = 1; i <= 10; i++) h.record(`set ${i}`, i);
    let steps = 0;
    while (h.undo() !== undefined) steps++;
    assert.equal(steps, 3);
    assert.equal(h.present, 7);
  });

  it('undoing everything then redoing everything returns to the same state', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), (values) => {
        const h = new History<number>(-1, { cap: 1000 });
        values.forEach((v, i) => h.record(`step ${i}`, v));
        const end = h.present;
        while (h.canUndo) h.undo();
        assert.equal(h.present, -1);
        while (h.canRedo) h.redo();
        assert.equal(h.present, end);
      }),
    );
  });

  it('reset clears both stacks', () => {
    const h = new History('x');
    h.record('y', 'y');
    h.reset('z');
    assert.equal(h.present, 'z');
    assert.equal(h.canUndo || h.canRedo, false);
  });
});
