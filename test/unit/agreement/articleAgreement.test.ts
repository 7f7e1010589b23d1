import { strict as assert } from 'node:assert';
import { agreementOf, ALL_ENTITIES, compareArticle } from '../../../src/core/agreement';
import { createAnchor } from '../../../src/core/anchoring';
import { EMPTY_ANNOTATIONS, type Actor, type Annotations } from '../../../src/core/model';

const TEXT = 'Marie Curie parle à Paris. Selon Curie, «la science avance». Pierre Curie écoute à Paris.';
const at = (text: string, passage: string) => createAnchor(text, { start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
const actor = (id: string, type: string, name: string, fields: Partial<Actor> = {}): Actor => ({ id, type, name, aliases: [], added: [], excluded: [], ...fields });
const annotations = (fields: Partial<Annotations>): Annotations => ({ ...EMPTY_ANNOTATIONS, ...fields });

// A: Marie Curie (person, alias Curie), Paris (place) twice, the quotation said by Marie Curie.
const annotationsA = (text: string) => annotations({
  actors: [actor('marie-curie', 'person', 'Marie Curie', { aliases: ['Curie'] }), actor('paris', 'place', 'Paris')],
  quotations: [{ anchor: at(text, '«la science avance»'), speaker: { actor: 'marie-curie' }, topics: [] }],
});
// B: Marie Curie without the alias, Pierre Curie, Paris as an organization; the quotation without its guillemets, said by "curie".
const annotationsB = (text: string) => annotations({
  actors: [actor('curie', 'person', 'Marie Curie'), actor('pierre-curie', 'person', 'Pierre Curie'), actor('paris', 'organization', 'Paris')],
  quotations: [{ anchor: at(text, 'la science avance'), speaker: { text: 'Curie' }, topics: [] }],
});

describe('agreement of two annotators on an article', () => {
  it('compares actor mentions by type and quotations with their speakers, with exact figures', () => {
    const article = compareArticle({ textA: TEXT, textB: TEXT, annotationsA: annotationsA(TEXT), annotationsB: annotationsB(TEXT) });
    assert.equal(article.reanchored, false);
    const agreement = agreementOf([article]);
    assert.deepEqual(agreement.types.map((t) => t.type), ['organization', 'person', 'place']);
    const person = agreement.types.find((t) => t.type === 'person')!;
    // A: "Marie Curie", "Curie" (after "Selon") and "Curie" (of "Pierre Curie", A's alias matches there).
    // B: "Marie Curie", "Pierre Curie". One exact; overlapping: A's Marie Curie and Pierre's Curie, both of B's.
    assert.deepEqual([person.a, person.b], [3, 2]);
    assert.deepEqual(person.exact, { precision: 1 / 3, recall: 1 / 2, f1: 2 / 5 });
    assert.equal(person.overlap.precision, 2 / 3);
    assert.equal(person.overlap.recall, 1);
    assert.ok(Math.abs(person.overlap.f1! - 0.8) < 1e-12);
    const place = agreement.types.find((t) => t.type === 'place')!;
    assert.deepEqual([place.a, place.b, place.exact.f1], [2, 0, 0]);
    assert.ok(place.alphaU! < 0, 'B marked no place where A marked two');
    // All entities: 5 spans for A, 4 for B, 1 exact match (Paris is typed differently).
    assert.equal(agreement.entities.type, ALL_ENTITIES);
    assert.deepEqual(agreement.entities.exact, { precision: 1 / 5, recall: 1 / 4, f1: 2 / 9 });
    // The quotation spans overlap but differ. A's speaker is known as marie-curie, Marie Curie and Curie;
    // B's free text is "Curie": they share "curie".
    assert.deepEqual(agreement.quotations.exact, { precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(agreement.quotations.overlap, { precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(agreement.speakers, { matched: 1, compared: 1, agreeing: 1, agreement: 1 });
    assert.equal(agreement.characters, TEXT.length);
  });

  it('gives 1 everywhere when both annotators did the same', () => {
    const agreement = agreementOf([compareArticle({ textA: TEXT, textB: TEXT, annotationsA: annotationsA(TEXT), annotationsB: annotationsA(TEXT) })]);
    for (const figures of [...agreement.types, agreement.entities, agreement.quotations]) {
      assert.deepEqual([figures.exact.f1, figures.overlap.f1, figures.kappa, figures.alphaU], [1, 1, 1, 1], figures.type);
    }
    assert.equal(agreement.speakers.agreement, 1);
  });

  it('re-anchors B’s stored spans in A’s text when B annotated another version of it', () => {
    const textB = 'Dépêche. ' + TEXT.replace('écoute', 'écoutait');
    const article = compareArticle({ textA: TEXT, textB, annotationsA: annotationsA(TEXT), annotationsB: annotationsA(textB) });
    assert.equal(article.reanchored, true);
    assert.equal(article.b.orphans, 0);
    assert.deepEqual(article.b.quotations, article.a.quotations);
    assert.equal(agreementOf([article]).quotations.exact.f1, 1);
  });

  it('counts B’s stored spans that A’s text no longer holds as orphans', () => {
    const other = 'Tout autre texte, «une autre citation».';
    const b = annotations({ quotations: [{ anchor: at(other, '«une autre citation»'), topics: [] }] });
    const article = compareArticle({ textA: TEXT, textB: other, annotationsA: EMPTY_ANNOTATIONS, annotationsB: b });
    assert.equal(article.b.orphans, 1);
    assert.equal(article.b.quotations.length, 0);
  });

  it('adds the articles up over a corpus: span counts sum, αu sees one continuum', () => {
    const one = compareArticle({ textA: TEXT, textB: TEXT, annotationsA: annotationsA(TEXT), annotationsB: annotationsB(TEXT) });
    const same = compareArticle({ textA: TEXT, textB: TEXT, annotationsA: annotationsA(TEXT), annotationsB: annotationsA(TEXT) });
    const corpus = agreementOf([one, same]);
    assert.equal(corpus.characters, 2 * TEXT.length);
    const person = corpus.types.find((t) => t.type === 'person')!;
    assert.deepEqual([person.a, person.b], [6, 5]);
    assert.deepEqual(person.exact, { precision: 4 / 6, recall: 4 / 5, f1: 8 / 11 });
    const alone = agreementOf([one]).types.find((t) => t.type === 'person')!;
    assert.ok(person.alphaU! > alone.alphaU!, 'an agreeing article raises αu');
  });
});
