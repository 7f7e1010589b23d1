import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { codePointIndex } from '../../../src/core/corpus/codePoints';

describe('code point offsets', () => {
  it('are the UTF-16 offsets in a text without surrogate pairs', () => {
    const index = codePointIndex('Léa à Brest');
    assert.equal(index.toCodePoint(5), 5);
    assert.equal(index.toUtf16(5), 5);
  });

  it('count an astral character once', () => {
    const text = 'a🎉b👍c';
    const index = codePointIndex(text);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map(index.toCodePoint), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(index.toUtf16), [0, 1, 3, 4, 6, 7]);
  });

  it('agree with iterating the string, both ways, at every code point boundary', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('a', 'é', '🎉', '\uD800', '\uDC00', '𝔘', ' '), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (s) => {
      const index = codePointIndex(s);
      let utf16 = 0;
      const points = Array.from(s);
      for (let cp = 0; cp <= points.length; cp++) {
        assert.equal(index.toCodePoint(utf16), cp);
        assert.equal(index.toUtf16(cp), utf16);
        utf16 += points[cp]?.length ?? 0;
      }
    }));
  });
});
