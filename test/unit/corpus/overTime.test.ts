import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dateOfArticle, quotationsPerMonth } from '../../../src/core/corpus/overTime';

describe('quotations over time', () => {
  it('reads the date an article file name carries, in the usual spellings, and no other number', () => {
    assert.equal(dateOfArticle('wikinews-fr/2016_01_14-003.txt'), '2016-01-14');
    assert.equal(dateOfArticle('press/2024-03-12 interview.md'), '2024-03-12');
    assert.equal(dateOfArticle('20240312.txt'), '2024-03-12');
    assert.equal(dateOfArticle('2024/03/article.txt'), undefined, 'the folder is not the file name');
    assert.equal(dateOfArticle('report-12345678.txt'), undefined);
    assert.equal(dateOfArticle('2024-13-01.txt'), undefined, 'no thirteenth month');
    assert.equal(dateOfArticle('bostyn-rabat.txt'), undefined);
  });

  it('counts quotations per month, every month between the first and the last, across a new year', () => {
    const rows = [{ date: '2016-11-30' }, { date: '2017-02-01' }, {}, { date: '2016-11-02' }];
    assert.deepEqual(quotationsPerMonth(rows), [
      { month: '2016-11', quotations: 2 },
      { month: '2016-12', quotations: 0 },
      { month: '2017-01', quotations: 0 },
      { month: '2017-02', quotations: 1 },
    ]);
    assert.deepEqual(quotationsPerMonth([{}]), []);
  });

  it('loses no dated quotation and leaves no month out', () => {
    const date = fc.record({ y: fc.integer({ min: 2000, max: 2003 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => ({ date: `${y}-${String(m).padStart(2, '0')}-15` }));
    fc.assert(
      fc.property(fc.array(date, { maxLength: 30 }), (rows) => {
        const months = quotationsPerMonth(rows);
        assert.equal(months.reduce((sum, m) => sum + m.quotations, 0), rows.length);
        for (let i = 1; i < months.length; i++) assert.ok(months[i - 1]!.month < months[i]!.month);
        if (rows.length > 0) {
          const [first, last] = [months[0]!.month, months[months.length - 1]!.month];
          const span = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5)) - Number(first.slice(5)) + 1;
          assert.equal(months.length, span);
        }
      }),
    );
  });
});
