import { strict as assert } from 'node:assert';
import { contentOverlap, overlapScores } from '../../eval/contentOverlap';

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const text = 'He said that the plan would fail, and she said it works.';
const content1 = [{ start: 8, end: 32 }]; // that the plan would fail (5 tokens)
const content2 = [{ start: 47, end: 55 }]; // it works (2 tokens)

describe('eval: content overlap of attributions', () => {
  it('scores an exact content 1 on both sides and a missed one 0 in recall', () => {
    const o = contentOverlap(text, [content1, content2], [content1]);
    assert.deepEqual(overlapScores(o), { precision: 1, recall: 0.5, f1: 0.6667 });
  });

  it('credits a partial content by the tokens it shares, pairing each content once', () => {
    // "the plan would fail" (4 tokens, all gold) and a second suggestion on the same gold content
    const o = contentOverlap(text, [content1], [[{ start: 13, end: 32 }], [{ start: 8, end: 16 }]]);
    const s = overlapScores(o);
    assert.equal(s.recall, 0.8); // 4 of 5 gold tokens
    assert.equal(s.precision, 0.5); // 1 for the pair, 0 for the unpaired suggestion
  });

  it('counts only the fragments of a discontinuous gold content', () => {
    const o = contentOverlap(text, [[{ start: 8, end: 12 }, { start: 47, end: 55 }]], [[{ start: 0, end: 55 }]]);
    const s = overlapScores(o);
    assert.equal(s.recall, 1);
    assert.equal(s.precision, 0.25); // 3 of the 12 tokens of the whole sentence
  });
});
