import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { countSpans, exactAgreement, overlapAgreement } from '../../../src/core/agreement/spanAgreement';
import { distinctUnits } from '../../../src/core/agreement/units';
import { arbitraryUnits } from './arbitraries';

const span = (start: number, end: number) => ({ start, end, type: 'person' });

describe('span agreement (precision, recall, F1 of A against B)', () => {
  it('counts exact and overlapping spans, B being the reference', () => {
    // A: [0,5) exact, [10,15) overlaps B's [12,20), [30,35) matches nothing. B: [0,5), [12,20), [13,14), [40,45).
    const counts = countSpans([span(0, 5), span(10, 15), span(30, 35)], [span(0, 5), span(12, 20), span(13, 14), span(40, 45)]);
    assert.deepEqual(counts, { a: 3, b: 4, exact: 1, overlapA: 2, overlapB: 3 });
    assert.deepEqual(exactAgreement(counts), { precision: 1 / 3, recall: 1 / 4, f1: 2 / 7 });
    const overlap = overlapAgreement(counts);
    assert.equal(overlap.precision, 2 / 3);
    assert.equal(overlap.recall, 3 / 4);
    assert.ok(Math.abs(overlap.f1! - (2 * (2 / 3) * (3 / 4)) / (2 / 3 + 3 / 4)) < 1e-12);
  });

  it('does not count spans that only touch as overlapping', () => {
    assert.deepEqual(countSpans([span(0, 5)], [span(5, 9)]), { a: 1, b: 1, exact: 0, overlapA: 0, overlapB: 0 });
  });

  it('has no precision when A has no span, and F1 0 when only one side has spans', () => {
    const counts = countSpans([], [span(0, 5)]);
    assert.deepEqual(exactAgreement(counts), { precision: null, recall: 0, f1: 0 });
    assert.deepEqual(overlapAgreement(counts), { precision: null, recall: 0, f1: 0 });
    assert.deepEqual(exactAgreement(countSpans([], [])), { precision: null, recall: null, f1: null });
  });

  it('gives 1 for identical spans; swapping A and B swaps precision and recall and keeps F1; all in [0, 1]', () => {
    fc.assert(fc.property(arbitraryUnits(['person']), arbitraryUnits(['person']), (rawA, rawB) => {
      const a = distinctUnits(rawA);
      const b = distinctUnits(rawB);
      if (a.length > 0) {
        assert.deepEqual(exactAgreement(countSpans(a, a)), { precision: 1, recall: 1, f1: 1 });
        assert.deepEqual(overlapAgreement(countSpans(a, a)), { precision: 1, recall: 1, f1: 1 });
      }
      for (const measure of [exactAgreement, overlapAgreement]) {
        const ab = measure(countSpans(a, b));
        const ba = measure(countSpans(b, a));
        assert.equal(ab.precision, ba.recall);
        assert.equal(ab.recall, ba.precision);
        assert.equal(ab.f1, ba.f1);
        for (const value of [ab.precision, ab.recall, ab.f1]) assert.ok(value === null || (value >= 0 && value <= 1));
      }
      // Overlap never counts fewer than exact.
      const counts = countSpans(a, b);
      assert.ok(counts.overlapA >= counts.exact && counts.overlapB >= counts.exact);
    }));
  });
});
