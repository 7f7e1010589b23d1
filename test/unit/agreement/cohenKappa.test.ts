import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { binaryTable, kappa, labelTable, tableKey, typeTable } from '../../../src/core/agreement/cohenKappa';
import { arbitraryUnits, LENGTH } from './arbitraries';

describe('Cohen’s kappa over characters', () => {
  it('gives 0.385 on the digitised coders A of Krippendorff (1995): Bertha and Bill', () => {
    // 24 characters; Bertha marks [2,10) and [14,20) (14), Bill [4,8) and [15,17) (6), all inside Bertha's.
    // p_o = (6 + 10) / 24; p_e = (14·6 + 10·18) / 24²; κ = (p_o − p_e) / (1 − p_e) = 0.3846.
    const table = binaryTable(24, [{ start: 2, end: 10 }, { start: 14, end: 20 }], [{ start: 4, end: 8 }, { start: 15, end: 17 }]);
    assert.equal(table.get(tableKey('1', '1')), 6);
    assert.equal(table.get(tableKey('0', '0')), 10);
    const value = kappa(table)!;
    assert.ok(Math.abs(value - 0.3846) < 0.0001, String(value));
  });

  it('labels each character with the set of types over it, so a person against a place disagrees', () => {
    // Ten characters. A: person [0,4), place [6,8); B: person [0,4), person [6,8).
    // p_o = 8/10; A: person 4, place 2, none 4; B: person 6, none 4; p_e = (4·6 + 4·4) / 100 = 0.4; κ = 0.4 / 0.6.
    const a = [{ start: 0, end: 4, type: 'person' }, { start: 6, end: 8, type: 'place' }];
    const b = [{ start: 0, end: 4, type: 'person' }, { start: 6, end: 8, type: 'person' }];
    const table = labelTable(10, a, b);
    assert.equal(table.get(tableKey('place', 'person')), 2);
    assert.ok(Math.abs(kappa(table)! - 2 / 3) < 1e-12);
    // Per type, person: A 4, B 6, both 4 of 10: p_o = 0.8, p_e = 0.24 + 0.24 = 0.48, κ = 0.32 / 0.52.
    assert.ok(Math.abs(kappa(typeTable(10, a, b, 'person'))! - 0.32 / 0.52) < 1e-12);
  });

  it('labels a character covered by two types with both, and hands on between touching spans', () => {
    const a = [{ start: 0, end: 3, type: 'organization' }, { start: 0, end: 6, type: 'place' }, { start: 6, end: 8, type: 'place' }];
    const table = labelTable(10, a, []);
    assert.equal(table.get(tableKey('organization+place', '')), 3);
    assert.equal(table.get(tableKey('place', '')), 5);
    assert.equal(table.get(tableKey('', '')), 2);
  });

  it('has nothing to measure when both annotators label every character alike with one label', () => {
    assert.equal(kappa(binaryTable(10, [], [])), null);
    assert.equal(kappa(new Map()), null);
  });

  it('gives 1 for identical annotations, is symmetric, and lies in [−1, 1]', () => {
    fc.assert(fc.property(arbitraryUnits(), arbitraryUnits(), (a, b) => {
      const same = kappa(labelTable(LENGTH, a, a));
      assert.ok(same === null || Math.abs(same - 1) < 1e-12);
      const ab = kappa(labelTable(LENGTH, a, b));
      const ba = kappa(labelTable(LENGTH, b, a));
      assert.equal(ab === null, ba === null);
      if (ab !== null) {
        assert.ok(Math.abs(ab - ba!) < 1e-12);
        assert.ok(ab >= -1 - 1e-12 && ab <= 1 + 1e-12);
      }
      let total = 0;
      for (const count of labelTable(LENGTH, a, b).values()) total += count;
      assert.equal(total, LENGTH);
    }));
  });
});
