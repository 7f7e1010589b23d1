import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unitizingAlpha, unitizingDisagreement } from '../../../src/core/agreement/unitizingAlpha';
import { coverage } from '../../../src/core/agreement/units';
import { arbitraryUnits, LENGTH } from './arbitraries';

/** A unit as Krippendorff writes it: its beginning and its length. */
const unit = (begin: number, length: number) => ({ start: begin, end: begin + length });
const close = (actual: number | null, expected: number, tolerance: number, what: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) <= tolerance, `${what}: ${actual} ≠ ${expected} ± ${tolerance}`);

describe('Krippendorff’s unitizing alpha', () => {
  describe('the worked example of Content Analysis (2004, p. 254): a continuum of 300 from 150', () => {
    // Category c: i has [225, +70) and [370, +30); j has [220, +80), [355, +20), [400, +20).
    // Category k: both have [180, +60) and [300, +50). Shifted so the continuum starts at 0.
    const at = (begin: number, length: number) => unit(begin - 150, length);
    const c = unitizingDisagreement(300, [at(225, 70), at(370, 30)], [at(220, 80), at(355, 20), at(400, 20)]);
    const k = unitizingDisagreement(300, [at(180, 60), at(300, 50)], [at(180, 60), at(300, 50)]);

    it('gives the book’s observed and expected disagreements and αu for c', () => {
      // Σδ² = 50 (225+70 vs 220+80) + 850 (370+30 vs 355+20) + 400 (gap 400–450 holds 400+20) = 1300; 1300 / 300².
      assert.equal(c.observed, 1300 / 90000);
      close(c.expected, 0.0532, 0.00005, 'uDe(c)');
      close(unitizingAlpha([c]), 0.7286, 0.00005, 'αu(c)');
    });

    it('gives αu = 1 for k, where both coders agree, and the book’s 0.859 over both categories', () => {
      assert.equal(k.observed, 0);
      close(k.expected, 0.0490, 0.00005, 'uDe(k)');
      assert.equal(unitizingAlpha([k]), 1);
      // The book prints 0.8591; exact arithmetic gives 0.8587 (DKPro Statistics checks it to ± 0.0005 too).
      close(unitizingAlpha([c, k]), 0.8591, 0.0005, 'αu');
    });
  });

  it('gives the observed disagreements of the four pairs of coders of Krippendorff (1995, p. 57)', () => {
    // Continuum of 24; A: Bertha / Bill, B: John / Jill (adjacent units), C: Gerret / Gill, D: Heather / Hill.
    assert.equal(unitizingDisagreement(24, [unit(2, 8), unit(14, 6)], [unit(4, 4), unit(15, 2)]).observed, 0.03125);
    close(unitizingDisagreement(24, [unit(0, 18)], [unit(0, 2), unit(2, 1), unit(3, 1), unit(4, 1), unit(5, 1), unit(6, 3), unit(9, 1)]).observed, 2.26736, 0.00001, 'B');
    close(unitizingDisagreement(24, [unit(2, 6), unit(10, 2), unit(14, 4), unit(20, 2)], [unit(0, 2), unit(4, 4), unit(10, 4), unit(16, 2), unit(20, 2)]).observed, 0.02777, 0.00001, 'C');
    close(unitizingDisagreement(24, [unit(0, 2), unit(2, 8), unit(10, 4), unit(14, 6), unit(20, 4)], [unit(0, 4), unit(4, 4), unit(8, 7), unit(15, 2), unit(17, 7)]).observed, 0.38715, 0.00001, 'D');
  });

  it('counts a unit inside the other coder’s gap by its squared length, and a unit only partly in a gap not at all', () => {
    // A: [2, 5); B: nothing. The gap [0, 10) of B holds A's unit: 3² / 10².
    assert.equal(unitizingDisagreement(10, [unit(2, 3)], []).observed, 9 / 100);
    // A: [2, 6); B: [4, 8). Units overlap: (2−4)² + (6−8)² = 8; A's gap [6,10) vs B's unit [4,8): not inside, 0.
    assert.equal(unitizingDisagreement(10, [unit(2, 4)], [unit(4, 4)]).observed, 8 / 100);
  });

  it('has nothing to measure when neither coder marked anything', () => {
    assert.equal(unitizingAlpha([unitizingDisagreement(50, [], [])]), null);
  });

  it('gives 1 for identical unitizations, is symmetric, and never exceeds 1', () => {
    fc.assert(fc.property(arbitraryUnits(['x']), arbitraryUnits(['x']), (a, b) => {
      const spansA = coverage(a, 'x');
      const spansB = coverage(b, 'x');
      if (spansA.length > 0) assert.equal(unitizingAlpha([unitizingDisagreement(LENGTH, spansA, spansA)]), 1);
      const ab = unitizingDisagreement(LENGTH, spansA, spansB);
      const ba = unitizingDisagreement(LENGTH, spansB, spansA);
      assert.ok(Math.abs(ab.observed - ba.observed) < 1e-12);
      assert.ok(Math.abs(ab.expected - ba.expected) < 1e-12);
      const alpha = unitizingAlpha([ab]);
      assert.ok(alpha === null || alpha <= 1);
    }));
  });
});
