import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { coMentions, countBy, countByInOrder, dateOfArticle, topWithOthers } from '../../../src/core/corpus/tally';

describe('corpus tallies', () => {
  it('counts by label, most frequent first, ties in label order, missing labels under their own name', () => {
    const speakers = ['Lahbib', undefined, 'Parquet', 'Lahbib', 'Adam', undefined];
    assert.deepEqual(countBy(speakers, (s) => s, '(none)'), [
      { label: '(none)', count: 2 },
      { label: 'Lahbib', count: 2 },
      { label: 'Adam', count: 1 },
      { label: 'Parquet', count: 1 },
    ]);
    assert.deepEqual(countBy(speakers, (s) => s), [
      { label: 'Lahbib', count: 2 },
      { label: 'Adam', count: 1 },
      { label: 'Parquet', count: 1 },
    ]);
  });

  it('counts over time in label order', () => {
    assert.deepEqual(countByInOrder(['2016-03', '2016-01', '2016-03', undefined], (m) => m), [
      { label: '2016-01', count: 1 },
      { label: '2016-03', count: 2 },
    ]);
  });

  it('keeps the top of a tally and sums the rest under "others"', () => {
    const tallies = [5, 4, 3, 2, 1].map((count, i) => ({ label: `s${i}`, count }));
    assert.deepEqual(topWithOthers(tallies, 2, 'others'), [tallies[0], tallies[1], { label: 'others', count: 6 }]);
    assert.deepEqual(topWithOthers(tallies, 5, 'others'), tallies);
  });

  it('does not depend on the order of its input, and loses no item', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined })), (labels) => {
        const reversed = [...labels].reverse();
        assert.deepEqual(countBy(labels, (l) => l, '-'), countBy(reversed, (l) => l, '-'));
        assert.equal(countBy(labels, (l) => l, '-').reduce((sum, t) => sum + t.count, 0), labels.length);
      }),
    );
  });

  it('pairs actors mentioned in the same article once per article, unordered', () => {
    assert.deepEqual(coMentions([['lahbib', 'parquet', 'lahbib'], ['parquet', 'lahbib'], ['adam']]), [
      { first: 'lahbib', second: 'parquet', articles: 2 },
    ]);
    assert.deepEqual(coMentions([['c', 'a', 'b']]).map((p) => `${p.first}-${p.second}`), ['a-b', 'a-c', 'b-c']);
  });

  it('reads the date an article file name carries, in the usual spellings, and no other number', () => {
    assert.equal(dateOfArticle('wikinews-fr/2016_01_14-003.txt'), '2016-01-14');
    assert.equal(dateOfArticle('press/2024-03-12 interview.md'), '2024-03-12');
    assert.equal(dateOfArticle('20240312.txt'), '2024-03-12');
    assert.equal(dateOfArticle('2024/03/article.txt'), undefined, 'the folder is not the file name');
    assert.equal(dateOfArticle('report-12345678.txt'), undefined);
    assert.equal(dateOfArticle('2024-13-01.txt'), undefined, 'no thirteenth month');
    assert.equal(dateOfArticle('bostyn-rabat.txt'), undefined);
  });
});
