import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { CorpusQuotation } from '../../../src/editor/corpus/corpusProtocol';
import { applyFilters, propertyNames, sortQuotations } from '../../../src/webviews/corpusView/filtering';

function at(start: number) {
  return { start, end: start + 1, startCodePoint: start, endCodePoint: start + 1 };
}

function quotation(id: string, fields: Partial<CorpusQuotation>): CorpusQuotation {
  return { kind: 'quotation', index: 0, id, article: 'a.txt', uri: `file:///a.txt`, text: '« … »', quoteKind: 'direct', topics: [], properties: {}, ...fields };
}

const ROWS = [
  quotation('1', { speaker: 'Hadja Lahbib', actorType: 'person', text: '« Nous restons vigilants. »', article: 'b/2024-03-03-ministre.txt', offsets: at(10), properties: { gender: 'female' } }),
  quotation('2', { speaker: 'parquet fédéral', actorType: 'organization', text: '« l’enquête se poursuit »', article: 'b/2024-04-11-parquet.txt', offsets: at(5) }),
  quotation('3', { text: 'a déclaré que tout allait bien', quoteKind: 'indirect', article: 'b/2024-04-11-parquet.txt', offsets: at(40) }),
  quotation('4', { speaker: 'État islamique', actorType: 'organization', text: '« Revendiqué »', article: 'a.txt', offsets: at(1), properties: { role: 'group' } }),
];

describe('the corpus view filters', () => {
  it('keeps the quotations where every searched word occurs, ignoring case and accents', () => {
    assert.deepEqual(applyFilters(ROWS, { text: 'PARQUET federal', speakerType: '', kind: '' }).map((q) => q.id), ['2']);
    assert.deepEqual(applyFilters(ROWS, { text: 'etat', speakerType: '', kind: '' }).map((q) => q.id), ['4']);
    assert.deepEqual(applyFilters(ROWS, { text: 'parquet', speakerType: '', kind: '' }).map((q) => q.id), ['2', '3'], 'the article name counts');
    assert.deepEqual(applyFilters(ROWS, { text: 'female', speakerType: '', kind: '' }).map((q) => q.id), ['1'], 'properties count');
  });

  it('filters by speaker type and by kind', () => {
    assert.deepEqual(applyFilters(ROWS, { text: '', speakerType: 'organization', kind: '' }).map((q) => q.id), ['2', '4']);
    assert.deepEqual(applyFilters(ROWS, { text: '', speakerType: '', kind: 'indirect' }).map((q) => q.id), ['3']);
  });

  it('never keeps more than it was given, and an empty filter keeps everything', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('', 'person', 'organization'), fc.constantFrom('' as const, 'direct' as const, 'indirect' as const), (text, speakerType, kind) => {
        const kept = applyFilters(ROWS, { text, speakerType, kind });
        assert.ok(kept.every((q) => ROWS.includes(q)));
      }),
    );
    assert.equal(applyFilters(ROWS, { text: '  ', speakerType: '', kind: '' }).length, ROWS.length);
  });

  it('sorts by a column with empty values last either way, ties in article order', () => {
    assert.deepEqual(sortQuotations(ROWS, 'speaker', false).map((q) => q.id), ['4', '1', '2', '3']);
    assert.deepEqual(sortQuotations(ROWS, 'speaker', true).map((q) => q.id), ['2', '1', '4', '3']);
    assert.deepEqual(sortQuotations(ROWS, 'article', false).map((q) => q.id), ['4', '1', '2', '3']);
  });

  it('lists the property names of the speakers', () => {
    assert.deepEqual(propertyNames(ROWS), ['gender', 'role']);
  });
});
