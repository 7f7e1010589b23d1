import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  coMentions, FREE_TEXT_SPEAKER, NO_SPEAKER, NO_VALUE, quotationsByProperty, quotationsBySpeaker, quotationsBySpeakerType, quotationsPerArticle, UNKNOWN_ACTOR,
} from '../../../src/core/corpus/aggregations';
import type { MentionRow, QuotationRow } from '../../../src/core/corpus/rows';

const quote = (article: string, speaker?: { id?: string; name: string; type?: string }, properties: Record<string, string> = {}, text = 'que tout va bien'): QuotationRow => ({
  kind: 'quotation', article, index: 0, text, quoteKind: text.startsWith('«') ? 'direct' : 'indirect', topics: [], properties,
  ...(speaker ? { speaker: speaker.name, ...(speaker.id ? { actorId: speaker.id } : {}), ...(speaker.type ? { actorName: speaker.name, actorType: speaker.type } : {}) } : {}),
});
const lea = { id: 'lea', name: 'Léa Martin', type: 'person' };
const cour = { id: 'cour', name: 'Cour des comptes', type: 'organization' };

const mention = (article: string, actorId: string, actorName = actorId): MentionRow => ({
  kind: 'mention', article, text: actorName, offsets: { start: 0, end: 1, startCodePoint: 0, endCodePoint: 1 }, actorId, actorName, actorType: 'person', properties: {}, source: 'name',
});

describe('corpus aggregations', () => {
  const rows = [
    quote('a.txt', lea, { gender: 'f' }, '« oui »'), quote('b.txt', lea, { gender: 'f' }), quote('b.txt', lea, { gender: 'f' }),
    quote('a.txt', cour), quote('c.txt', { name: 'un témoin' }), quote('c.txt'), quote('c.txt', { id: 'ghost', name: 'ghost' }),
  ];

  it('count quotations per speaker across articles: actors by id, free-text speakers by text, then the unattributed', () => {
    assert.deepEqual(quotationsBySpeaker(rows).map((c) => [c.key, c.label, c.quotations, c.articles]), [
      ['actor:lea', 'Léa Martin', 3, 2],
      [NO_SPEAKER, NO_SPEAKER, 1, 1],
      ['actor:cour', 'Cour des comptes', 1, 1],
      ['actor:ghost', 'ghost', 1, 1],
      ['text:un témoin', 'un témoin', 1, 1],
    ]);
    assert.equal(quotationsBySpeaker(rows)[0]!.share, 3 / 7);
  });

  it('count a free-text speaker typed in two cases as one, under the label first seen', () => {
    const typed = [quote('a.txt', { name: 'la mairie' }), quote('b.txt', { name: 'la Mairie' }), quote('b.txt', { name: 'Il' }), quote('c.txt', { name: 'il' })];
    assert.deepEqual(quotationsBySpeaker(typed).map((c) => [c.label, c.quotations, c.articles]), [['Il', 2, 2], ['la mairie', 2, 2]]);
  });

  it('count quotations per speaker type, naming free-text, unknown and missing speakers', () => {
    assert.deepEqual(quotationsBySpeakerType(rows).map((c) => [c.label, c.quotations]), [
      ['person', 3], [FREE_TEXT_SPEAKER, 1], [NO_SPEAKER, 1], [UNKNOWN_ACTOR, 1], ['organization', 1],
    ]);
  });

  it('count quotations per value of a property, the speakers without it under one label', () => {
    assert.deepEqual(quotationsByProperty(rows, 'gender').map((c) => [c.label, c.quotations, c.articles]), [[NO_VALUE, 4, 2], ['f', 3, 2]]);
    assert.deepEqual(quotationsByProperty(rows, 'constructor').map((c) => c.label), [NO_VALUE]);
  });

  it('count quotations per article, the articles without any included', () => {
    assert.deepEqual(quotationsPerArticle(rows, ['a.txt', 'b.txt', 'c.txt', 'd.txt']), [
      { article: 'a.txt', quotations: 2, direct: 1, indirect: 1, attributed: 2 },
      { article: 'b.txt', quotations: 2, direct: 0, indirect: 2, attributed: 2 },
      { article: 'c.txt', quotations: 3, direct: 0, indirect: 3, attributed: 2 },
      { article: 'd.txt', quotations: 0, direct: 0, indirect: 0, attributed: 0 },
    ]);
  });

  it('pair the actors mentioned in the same articles, counting each article once', () => {
    const mentions = [
      mention('a.txt', 'lea', 'Léa Martin'), mention('a.txt', 'cour', 'Cour des comptes'), mention('a.txt', 'lea', 'Léa'),
      mention('b.txt', 'cour'), mention('b.txt', 'lea'), mention('b.txt', 'brest', 'Brest'),
      mention('c.txt', 'brest'),
    ];
    assert.deepEqual(coMentions(mentions).map((p) => [p.a.label, p.b.label, p.articles]), [
      ['Cour des comptes', 'Léa Martin', 2], ['Brest', 'Cour des comptes', 1], ['Brest', 'Léa Martin', 1],
    ]);
    assert.deepEqual(coMentions(mentions, 2).map((p) => [p.a.id, p.b.id]), [['cour', 'lea']]);
  });

  it('give groups whose counts add up to the quotations, shares to one', () => {
    const arbitraryRow = fc.record({ article: fc.constantFrom('a', 'b', 'c'), who: fc.constantFrom(lea, cour, { name: 'x' }, undefined) })
      .map(({ article, who }) => quote(article, who, who === lea ? { gender: 'f' } : {}));
    fc.assert(fc.property(fc.array(arbitraryRow, { maxLength: 40 }), (sample) => {
      for (const counts of [quotationsBySpeaker(sample), quotationsBySpeakerType(sample), quotationsByProperty(sample, 'gender')]) {
        assert.equal(counts.reduce((sum, c) => sum + c.quotations, 0), sample.length);
        if (sample.length > 0) assert.ok(Math.abs(counts.reduce((sum, c) => sum + c.share, 0) - 1) < 1e-9);
        for (let i = 1; i < counts.length; i++) assert.ok(counts[i - 1]!.quotations >= counts[i]!.quotations);
      }
    }));
  });
});
