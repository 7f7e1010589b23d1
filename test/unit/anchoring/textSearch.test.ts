import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { bestSubstringMatch, editDistance, similarity } from '../../../src/core/anchoring/editDistance';
import { LineEndingView } from '../../../src/core/anchoring/normalize';
import { QGramIndex, scanAll } from '../../../src/core/anchoring/qgramIndex';
import { arbitraryText, TOKENS } from './arbitraries';

describe('QGramIndex', () => {
  it('property: finds exactly what a scan finds', () => {
    fc.assert(fc.property(arbitraryText(60), fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...TOKENS), (text, at, length, token) => {
      const index = new QGramIndex(text);
      const start = at % (text.length + 1);
      for (const pattern of [text.slice(start, start + length), token, token + ' ' + token]) {
        assert.deepEqual(index.findAll(pattern), scanAll(text, pattern), JSON.stringify(pattern));
      }
    }), { numRuns: 300 });
  });

  it('stops at the limit', () => {
    const text = 'la directrice, la directrice, la directrice';
    assert.deepEqual(new QGramIndex(text).findAll(' directrice', 2), [2, 17]);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('Bostyn', 'Bostin'), 1);
    assert.equal(editDistance('Bostyn', 'Bostyyn'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(similarity('abcd', 'abcd'), 1);
    assert.equal(similarity('abcd', 'wxyz'), 0);
  });

  it('finds the closest substring of a window', () => {
    const text = 'la directrice Francisca Bostin a effectué';
    assert.deepEqual(bestSubstringMatch('Francisca Bostyn', text, 0, text.length), { start: 14, end: 30, errors: 1 });
    assert.equal(bestSubstringMatch('zzzz', 'abcd', 0, 4), undefined);
  });
});

describe('LineEndingView', () => {
  it('maps offsets between a CRLF text and its LF folding, both ways', () => {
    const view = new LineEndingView('ab\r\ncd\r\n\r\ne');
    assert.equal(view.folded, 'ab\ncd\n\ne');
    assert.deepEqual([0, 2, 3, 4, 6, 8, 10, 11].map((o) => view.toFolded(o)), [0, 2, 2, 3, 5, 6, 7, 8]);
    assert.deepEqual([0, 2, 3, 5, 6, 7, 8].map((o) => view.toOriginal(o)), [0, 2, 4, 6, 8, 10, 11]);
  });
});
