import { strict as assert } from 'node:assert';
import { TreeLoadGate } from '../../../src/editor/outline/treeLoadGate';

/** A gate on a clock the test moves (quiet after 300 ms, a load starts within 1000 ms). */
function gateAt() {
  const clock = { now: 0 };
  const gate = new TreeLoadGate(300, 1000, () => clock.now);
  return { gate, clock };
}

describe('tree load gate (one load of a tree view at a time)', () => {
  it('a hidden view is never busy: it loads nothing until shown', () => {
    const { gate } = gateAt();
    gate.noteCall();
    gate.expectLoad();
    assert.equal(gate.busyFor(), 0);
  });

  it('an opening view is busy until it has asked for its elements and then stayed quiet', () => {
    const { gate, clock } = gateAt();
    gate.setVisible(true);
    assert.equal(gate.busyFor(), 1000, 'waiting for the first call of the load');
    clock.now = 200;
    gate.noteCall();
    assert.equal(gate.busyFor(), 300);
    clock.now = 450;
    gate.noteCall(); // the next level
    clock.now = 700;
    assert.equal(gate.busyFor(), 50);
    clock.now = 750;
    assert.equal(gate.busyFor(), 0);
  });

  it('after a refresh is sent the view is busy even before VS Code calls back', () => {
    const { gate, clock } = gateAt();
    gate.setVisible(true);
    clock.now = 5000;
    assert.equal(gate.busyFor(), 0);
    gate.expectLoad();
    assert.equal(gate.busyFor(), 1000);
    clock.now = 5010;
    gate.noteCall();
    assert.equal(gate.busyFor(), 300);
  });

  it('waits no longer than the start time when no load comes (the tree was already loaded)', () => {
    const { gate, clock } = gateAt();
    gate.setVisible(true);
    clock.now = 1000;
    assert.equal(gate.busyFor(), 0);
  });

  it('idle() resolves once the tree is quiet', async () => {
    const gate = new TreeLoadGate(20, 40);
    gate.setVisible(true);
    const started = Date.now();
    await gate.idle();
    assert.ok(Date.now() - started >= 35, 'waited for the expected load');
    gate.noteCall();
    const again = Date.now();
    await gate.idle();
    assert.ok(Date.now() - again >= 15, 'waited for the quiet time after a call');
  });
});
