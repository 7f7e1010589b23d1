import { strict as assert } from 'node:assert';
import { countSpeakers, pairQuotations, speakerAgreement, speakerName } from '../../../src/core/agreement/speakerAgreement';

const quote = (start: number, end: number, ...speaker: string[]) => ({ start, end, speaker });

describe('speaker agreement on matched quotations', () => {
  it('pairs identical spans first, then the largest overlaps, one to one', () => {
    const a = [quote(0, 10), quote(20, 40), quote(50, 60)];
    const b = [quote(0, 10), quote(5, 30), quote(25, 45), quote(70, 80)];
    const pairs = pairQuotations(a, b).map(({ a: x, b: y }) => `${x.start}-${x.end}/${y.start}-${y.end}`);
    // [0,10) is taken by its identical twin, so [5,30) is left for nobody; [20,40) shares 15 with [25,45), 10 with [5,30).
    assert.deepEqual(pairs, ['0-10/0-10', '20-40/25-45']);
  });

  it('compares the pairs where a speaker is named, by any of its names', () => {
    const a = [quote(0, 10, 'macron', 'emmanuel macron'), quote(20, 30, 'la presse'), quote(40, 50), quote(60, 70)];
    const b = [quote(0, 12, 'emmanuel-macron', 'emmanuel macron'), quote(20, 30, 'le ministre'), quote(40, 50, 'le ministre'), quote(60, 70)];
    const counts = countSpeakers(a, b);
    // Four pairs; the last names nobody; of three compared, only the first agrees.
    assert.deepEqual(counts, { matched: 4, compared: 3, agreeing: 1 });
    assert.equal(speakerAgreement(counts), 1 / 3);
    assert.equal(speakerAgreement(countSpeakers([quote(0, 5)], [quote(0, 5)])), null);
  });

  it('compares names without case, accents composition or extra spaces', () => {
    assert.equal(speakerName('  Ségolène\u00a0 Royal '), speakerName('se\u0301gole\u0300ne royal'));
  });
});
