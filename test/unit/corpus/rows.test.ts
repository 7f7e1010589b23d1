import { strict as assert } from 'node:assert';
import { createAnchor } from '../../../src/core/anchoring';
import { buildArticleView } from '../../../src/core/article/view';
import { articleRows, quoteKindOf } from '../../../src/core/corpus/rows';
import { EMPTY_ANNOTATIONS } from '../../../src/core/model';
import { ANNOTATIONS, fixtureView, TEXT } from './corpusFixture';

describe('corpus rows', () => {
  const rows = articleRows('brest.txt', fixtureView());

  it('give one row per quotation, in sidecar order, with its speaker, kind, cue, topics and note', () => {
    assert.deepEqual(rows.quotations.map((q) => [q.index, q.speaker, q.actorId, q.actorType, q.quoteKind]), [
      [0, 'Léa Martin', 'lea-martin', 'person', 'direct'],
      [1, 'Cour des comptes', 'cour-des-comptes', 'organization', 'indirect'],
      [2, 'le syndicat', undefined, undefined, 'indirect'],
      [3, undefined, undefined, undefined, 'indirect'],
    ]);
    const [first] = rows.quotations;
    assert.equal(first!.cue, 'déclaré');
    assert.deepEqual(first!.topics, ['budget']);
    assert.equal(first!.note, 'a note, "quoted"');
    assert.equal(first!.externalId, 'Q1');
  });

  it('place each quotation in UTF-16 units and in code points', () => {
    const first = rows.quotations[0]!;
    const start = TEXT.indexOf('« Nous');
    assert.equal(first.offsets?.start, start);
    assert.equal(TEXT.slice(first.offsets!.start, first.offsets!.end), first.text);
    // one astral character (🎉) before the quotation, one (👍) inside it
    assert.equal(first.offsets?.startCodePoint, start - 1);
    assert.equal(first.offsets!.endCodePoint - first.offsets!.startCodePoint, Array.from(first.text).length);
    assert.equal(Array.from(TEXT).slice(first.offsets!.startCodePoint, first.offsets!.endCodePoint).join(''), first.text);
  });

  it('keep a quotation the text no longer holds, with its stored text and anchor and no offsets', () => {
    const lost = rows.quotations[3]!;
    assert.equal(lost.offsets, undefined);
    assert.equal(lost.text, 'une phrase disparue');
    assert.deepEqual(lost.stored, ANNOTATIONS.quotations[3]!.anchor);
  });

  it('give one row per mention in text order, names and aliases alike', () => {
    assert.deepEqual(rows.mentions.map((m) => [m.text, m.actorId, m.actorType, m.source]), [
      ['Léa Martin', 'lea-martin', 'person', 'name'],
      ['Brest', 'brest', 'place', 'name'],
      // "à la Cour des comptes": the leftmost name wins, as in the editor
      ['la Cour', 'cour-des-comptes', 'organization', 'name'],
      ['la Cour', 'cour-des-comptes', 'organization', 'name'],
      ['Paul Durand', 'paul-durand', 'person', 'name'],
      ['Léa Martin', 'lea-martin', 'person', 'name'],
    ]);
    for (const m of rows.mentions) assert.equal(Array.from(TEXT).slice(m.offsets.startCodePoint, m.offsets.endCodePoint).join(''), m.text);
  });

  it('carry the properties the caller knows for an actor, and none otherwise', () => {
    const withProperties = articleRows('brest.txt', fixtureView(), { propertiesOf: (actor) => (actor.type === 'person' ? { gender: actor.id === 'lea-martin' ? 'f' : 'm' } : undefined) });
    assert.deepEqual(withProperties.quotations.map((q) => q.properties), [{ gender: 'f' }, {}, {}, {}]);
    assert.deepEqual(withProperties.mentions.filter((m) => m.actorType === 'person').map((m) => m.properties.gender), ['f', 'm', 'f']);
    assert.deepEqual(rows.quotations[0]!.properties, {});
  });

  it('call a quotation indirect when its sidecar says so, direct otherwise, whatever its marks', () => {
    assert.equal(quoteKindOf({}), 'direct');
    assert.equal(quoteKindOf({ kind: 'indirect' }), 'indirect');
    const view = buildArticleView('Il a dit que tout allait bien. « Oui », a-t-elle répondu.\n', {
      ...EMPTY_ANNOTATIONS,
      quotations: [
        { anchor: createAnchor('Il a dit que tout allait bien. « Oui », a-t-elle répondu.\n', { start: 9, end: 29 }), kind: 'indirect', topics: [] },
        { anchor: createAnchor('Il a dit que tout allait bien. « Oui », a-t-elle répondu.\n', { start: 31, end: 38 }), topics: [] },
      ],
    });
    assert.deepEqual(articleRows('a.txt', view).quotations.map((q) => [q.text, q.quoteKind]), [['que tout allait bien', 'indirect'], ['« Oui »', 'direct']]);
  });
});
