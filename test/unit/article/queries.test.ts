import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createAnchor } from '../../../src/core/anchoring';
import { placedAt, placedExactly, storedAnchorFor } from '../../../src/core/article/queries';
import { buildArticleView } from '../../../src/core/article/view';
import type { Annotations } from '../../../src/core/model';
import { tagWithTopic } from '../../../src/core/operations';

const text = 'Le ministre Paul Martin a dit : « Nous partirons demain. » Puis Paul Martin est parti.';
const span = (needle: string, from = 0) => ({ start: text.indexOf(needle, from), end: text.indexOf(needle, from) + needle.length });
const quote = span('« Nous partirons demain. »');
const second = span('Paul Martin', 20);
const annotations: Annotations = {
  actors: [{ id: 'paul', type: 'person', name: 'Paul M.', aliases: [], added: [createAnchor(text, second)], excluded: [] }],
  quotations: [{ anchor: createAnchor(text, quote), speaker: { actor: 'paul' } } as Annotations['quotations'][number]],
  topics: [],
  notes: [],
  rejected: [],
};
const view = buildArticleView(text, annotations);

describe('view queries', () => {
  it('placedAt gives the stored spans of the asked kinds over an offset, ends included', () => {
    assert.deepEqual(placedAt(view, quote.start, ['quotation']).map((p) => p.ref.kind), ['quotation']);
    assert.deepEqual(placedAt(view, quote.end, ['quotation', 'added']).map((p) => p.ref.kind), ['quotation']);
    assert.deepEqual(placedAt(view, quote.start, ['added']), []);
    assert.deepEqual(placedAt(view, second.start + 2, ['quotation', 'added']).map((p) => p.ref.kind), ['added']);
  });

  it('placedExactly and storedAnchorFor find only the entry at exactly that span', () => {
    assert.equal(placedExactly(view, quote, 'quotation')?.anchor.text, text.slice(quote.start, quote.end));
    assert.equal(placedExactly(view, { start: quote.start + 1, end: quote.end }, 'quotation'), undefined);
    assert.equal(storedAnchorFor(view, second), annotations.actors[0]!.added[0]);
    assert.equal(storedAnchorFor(view, span('Paul Martin')), undefined, 'the first Paul Martin is not a stored mention');
  });

  it('placedAt agrees with a scan of every placed span, at every offset', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length }), (offset) => {
      const expected = view.placed.filter((p) => p.resolution.kind !== 'orphan' && p.resolution.span.start <= offset && offset <= p.resolution.span.end);
      assert.deepEqual(placedAt(view, offset, ['quotation', 'added']), expected);
    }));
  });
});

describe('tagWithTopic', () => {
  const passage = createAnchor(text, quote);
  it('creates the topic when none has that label, then tags the passage', () => {
    const tagged = tagWithTopic(annotations, 'Départ', passage);
    assert.equal(tagged.topics.length, 1);
    assert.equal(tagged.topics[0]!.label, 'Départ');
    assert.deepEqual(tagged.topics[0]!.passages, [passage]);
  });

  it('reuses a topic found by label or by id', () => {
    const once = tagWithTopic(annotations, 'Départ', passage);
    const other = createAnchor(text, second);
    for (const name of ['Départ', once.topics[0]!.id]) {
      const twice = tagWithTopic(once, name, other);
      assert.equal(twice.topics.length, 1);
      assert.equal(twice.topics[0]!.passages.length, 2);
    }
  });
});
