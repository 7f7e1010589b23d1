import { strict as assert } from 'node:assert';
import { isKindOneCandidate } from '../../eval/speakerKind';

const speaker = (text: string, start = 100) => ({ text, span: { start, end: start + text.length } });

describe('eval: is a suggested speaker a candidate that can speak', () => {
  it('accepts an annotated mention, a pronoun and a phrase headed by a role noun', () => {
    assert.ok(isKindOneCandidate(speaker('Jean Dupont', 10), [{ start: 10, end: 21 }], 'fr'));
    assert.ok(isKindOneCandidate(speaker('elle'), [], 'fr'));
    assert.ok(isKindOneCandidate(speaker('le porte-parole des marins-pompiers'), [], 'fr'));
    assert.ok(isKindOneCandidate(speaker("l'entraîneur"), [], 'fr'));
    assert.ok(isKindOneCandidate(speaker('les ministres'), [], 'fr'));
    assert.ok(isKindOneCandidate(speaker('sa famille'), [], 'fr'));
    assert.ok(isKindOneCandidate(speaker('Die Sprecherin der Polizei'), [], 'de'));
    assert.ok(isKindOneCandidate(speaker('a spokesman for the ministry'), [], 'en'));
    assert.ok(isKindOneCandidate(speaker('officials'), [], 'en'));
  });

  it('rejects adverbs, prepositions, phrases of another clause and pieces of the cue', () => {
    for (const text of ['Or', 'De', "L'escalade", 'le parcours de Trump', 'le monde', "qu'il le dit", "ajoutant qu'il le"]) {
      assert.equal(isKindOneCandidate(speaker(text), [{ start: 0, end: 50 }], 'fr'), false, text);
    }
    assert.equal(isKindOneCandidate(speaker('the weather'), [], 'en'), false);
  });
});
