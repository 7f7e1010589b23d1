import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { matchGazetteer } from '../../../src/core/suggestions';

describe('gazetteer matching (propagation of a name to its other mentions)', () => {
  it('matches whole words only, leftmost-longest across names', () => {
    const text = 'Le Stade de France accueille la France ; la Francophonie aussi.';
    const matches = matchGazetteer(text, [{ name: 'France', value: 'place' }, { name: 'Stade de France', value: 'place' }]);
    assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['Stade de France', 'France']);
  });
  it("treats elisions and hyphens as word boundaries: l'État, Al-Qaïda", () => {
    const text = "l'État et Al-Qaïda, mais pas Étatique ni Al-Qaïdas";
    const matches = matchGazetteer(text, [{ name: 'État', value: 1 }, { name: 'Al-Qaïda', value: 2 }]);
    assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['État', 'Al-Qaïda']);
  });
  it('never returns overlapping matches, and each covers its name', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Paris', 'Saint', 'Germain', 'Paris Saint-Germain', 'de', ' ', ', '), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const matches = matchGazetteer(text, [{ name: 'Paris', value: 0 }, { name: 'Paris Saint-Germain', value: 1 }, { name: 'Germain', value: 2 }]);
        matches.forEach((m, i) => {
          assert.equal(text.slice(m.start, m.end), m.name);
          if (i > 0) assert.ok(matches[i - 1]!.end <= m.start);
        });
      }),
    );
  });
});
