import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildArticleView } from '../../../src/core/article/view';
import { quotationsByProperty, quotationsBySpeaker, quotationsBySpeakerType } from '../../../src/core/corpus/aggregations';
import { articleRows, speakerRows, type QuotationRow, type SpeakerRow } from '../../../src/core/corpus/rows';
import type { Actor, Annotations, Quotation } from '../../../src/core/model';
import { ACTORS, ANNOTATIONS, at, fixtureView, TEXT } from './corpusFixture';

/** The fields of a full row that a speaker row has too. */
function projected(row: QuotationRow): SpeakerRow {
  const { kind, article, index, speaker, actorId, actorName, actorType, externalId, properties, quoteKind } = row;
  const fields = { kind, article, index, speaker, actorId, actorName, actorType, externalId, properties, quoteKind };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as SpeakerRow;
}

const propertiesOf = (actor: Actor) => (actor.type === 'person' ? { gender: actor.id.length % 2 === 0 ? 'f' : 'm' } : undefined);

describe('speaker rows (the light path of stats --by)', () => {
  it('give each quotation of the fixture the speaker fields its full row has, without a view', () => {
    const light = speakerRows('a.txt', ANNOTATIONS, { propertiesOf });
    assert.deepEqual(light, articleRows('a.txt', fixtureView(), { propertiesOf }).quotations.map(projected));
    assert.deepEqual(light.map((row) => [row.speaker, row.actorId, row.actorType, row.externalId, row.quoteKind]), [
      ['Léa Martin', 'lea-martin', 'person', 'Q1', 'direct'],
      ['Cour des comptes', 'cour-des-comptes', 'organization', undefined, 'indirect'],
      ['le syndicat', undefined, undefined, undefined, 'indirect'],
      [undefined, undefined, undefined, undefined, 'indirect'],
    ]);
  });

  it('name an unknown actor by its id, with no type, as the full rows do', () => {
    const quotations: Quotation[] = [{ anchor: at('le budget dérape'), speaker: { actor: 'ghost' }, topics: [] }];
    const annotations = { ...ANNOTATIONS, quotations };
    assert.deepEqual(speakerRows('a.txt', annotations), [{ kind: 'quotation', article: 'a.txt', index: 0, speaker: 'ghost', actorId: 'ghost', properties: {}, quoteKind: 'direct' }]);
    assert.deepEqual(speakerRows('a.txt', annotations), articleRows('a.txt', buildArticleView(TEXT, annotations)).quotations.map(projected));
  });

  it('group into the same counts as the full rows, for any speakers, kinds and properties', () => {
    const speaker = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...ACTORS.map((a) => a.id), 'ghost').map((actor) => ({ actor })),
      fc.constantFrom('la mairie', 'la Mairie', 'Il', 'il').map((text) => ({ text })),
    );
    const quotation = fc.record({
      passage: fc.constantFrom('le budget dérape', 'Léa Martin se trompe', 'un budget', 'absent du texte'),
      speaker,
      kind: fc.constantFrom(undefined, 'indirect' as const),
    });
    const article = fc.array(quotation, { maxLength: 6 }).map((list): Annotations => ({
      ...ANNOTATIONS,
      quotations: list.map(({ passage, speaker: who, kind }) => ({
        anchor: TEXT.includes(passage) ? at(passage) : { text: passage, before: '', after: '' },
        ...(who !== undefined && { speaker: who }), ...(kind !== undefined && { kind }), topics: [],
      })),
    }));
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (articles) => {
      const full = articles.flatMap((annotations, i) => articleRows(`${i}.txt`, buildArticleView(TEXT, annotations), { propertiesOf }).quotations);
      const light = articles.flatMap((annotations, i) => speakerRows(`${i}.txt`, annotations, { propertiesOf }));
      assert.deepEqual(light, full.map(projected));
      assert.deepEqual(quotationsBySpeaker(light), quotationsBySpeaker(full));
      assert.deepEqual(quotationsBySpeakerType(light), quotationsBySpeakerType(full));
      assert.deepEqual(quotationsByProperty(light, 'gender'), quotationsByProperty(full, 'gender'));
    }), { numRuns: 150 });
  });
});
