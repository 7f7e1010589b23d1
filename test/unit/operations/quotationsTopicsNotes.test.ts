import { strict as assert } from 'node:assert';
import {
  addActor,
  addNote,
  addQuotation,
  addTopic,
  AnnotationError,
  attributeQuotation,
  findQuotation,
  rejectSuggestion,
  removeNote,
  removeQuotation,
  removeTopic,
  setQuotationKind,
  tagPassage,
  tagQuotation,
  unrejectSuggestion,
  untag,
  untagQuotation,
} from '../../../src/core/operations';
import { anchor, deepFreeze, empty } from './fixtures';

const code = (c: string) => (e: unknown) => e instanceof AnnotationError && e.code === c;
const necessite = anchor('«la nécessité d’élargir…»', 'discuter de ', ' Les discussions');
const cue = anchor('Selon', '\n', ' les médias');
const base = deepFreeze(addActor(empty, 'organization', 'La Libre'));

describe('quotation operations', () => {
  it('marks a quotation as indirect speech and back, creating it when the passage is not stored yet', () => {
    const clause = anchor('que la coopération serait renforcée', 'a déclaré ', '.');
    const marked = setQuotationKind(base, clause, 'indirect');
    assert.deepEqual(marked.quotations, [{ anchor: clause, kind: 'indirect', topics: [] }]);
    const attributed = deepFreeze(attributeQuotation(marked, clause, { actor: 'la-libre' }));
    const direct = setQuotationKind(attributed, clause, undefined);
    assert.deepEqual(direct.quotations, [{ anchor: clause, speaker: { actor: 'la-libre' }, topics: [] }], 'the speaker stays');
    assert.equal(setQuotationKind(direct, clause, undefined), direct, 'no change, same object');
    assert.deepEqual(setQuotationKind(direct, clause, 'indirect').quotations[0]?.kind, 'indirect');
  });

  it('attributes to an actor, creating the quotation', () => {
    const a = attributeQuotation(base, necessite, { actor: 'la-libre' }, { cue });
    assert.deepEqual(a.quotations, [{ anchor: necessite, cue, speaker: { actor: 'la-libre' }, topics: [] }]);
  });

  it('attributes to free text, changes and clears the speaker', () => {
    const a = attributeQuotation(base, necessite, { text: ' les médias marocains ' });
    assert.deepEqual(findQuotation(a, necessite)?.speaker, { text: 'les médias marocains' });
    assert.equal(attributeQuotation(a, necessite, { text: 'les médias marocains' }), a);
    const b = attributeQuotation(a, necessite, { actor: 'la-libre' });
    assert.deepEqual(findQuotation(b, necessite)?.speaker, { actor: 'la-libre' });
    const cleared = attributeQuotation(b, necessite, undefined);
    assert.ok(!('speaker' in (findQuotation(cleared, necessite) ?? {})));
    assert.equal(cleared.quotations.length, 1);
  });

  it('refuses unknown speakers and empty free text', () => {
    assert.throws(() => attributeQuotation(base, necessite, { actor: 'nobody' }), code('unknown-actor'));
    assert.throws(() => attributeQuotation(base, necessite, { text: '  ' }), code('invalid-speaker'));
  });

  it('adds without speaker idempotently, removes, and refuses unknown quotations', () => {
    const a = addQuotation(base, necessite);
    assert.equal(addQuotation(a, necessite), a);
    assert.deepEqual(removeQuotation(a, necessite).quotations, []);
    assert.throws(() => removeQuotation(base, necessite), code('unknown-quotation'));
  });

  it('tags and untags a quotation with a topic', () => {
    let a = addTopic(addQuotation(base, necessite), 'Coopération antiterroriste');
    a = tagQuotation(a, necessite, 'cooperation-antiterroriste');
    assert.deepEqual(findQuotation(a, necessite)?.topics, ['cooperation-antiterroriste']);
    assert.deepEqual(findQuotation(untagQuotation(a, necessite, 'cooperation-antiterroriste'), necessite)?.topics, []);
    assert.throws(() => tagQuotation(a, necessite, 'nope'), code('unknown-topic'));
  });
});

describe('topic operations', () => {
  const passage = anchor('transfert de détenus belgo-marocains', 'question du ', ' vers le Maroc');

  it('adds topics with slug ids and parents', () => {
    let a = addTopic(empty, 'Terrorisme');
    a = addTopic(a, 'Foreign Fighters', { parent: 'terrorisme' });
    a = addTopic(a, 'Terrorisme');
    assert.deepEqual(
      a.topics.map((t) => [t.id, t.parent]),
      [
        ['terrorisme', undefined],
        ['foreign-fighters', 'terrorisme'],
        ['terrorisme-2', undefined],
      ],
    );
    assert.throws(() => addTopic(a, 'X', { parent: 'nope' }), code('unknown-topic'));
    assert.throws(() => addTopic(a, 'X', { id: 'terrorisme' }), code('duplicate-id'));
  });

  it('tags and untags passages', () => {
    const a = tagPassage(addTopic(empty, 'Détenus'), 'detenus', passage);
    assert.deepEqual(a.topics[0].passages, [passage]);
    assert.equal(tagPassage(a, 'detenus', passage), a);
    assert.deepEqual(untag(a, 'detenus', passage).topics[0].passages, []);
    assert.throws(() => untag(untag(a, 'detenus', passage), 'detenus', passage), code('unknown-passage'));
  });

  it('removes a topic: children move up, quotations lose the tag', () => {
    let a = addTopic(addTopic(addTopic(empty, 'Sécurité'), 'Terrorisme', { parent: 'securite' }), 'Foreign Fighters', { parent: 'terrorisme' });
    a = tagQuotation(addQuotation(a, necessite), necessite, 'terrorisme');
    const r = removeTopic(a, 'terrorisme');
    assert.deepEqual(
      r.topics.map((t) => [t.id, t.parent]),
      [
        ['securite', undefined],
        ['foreign-fighters', 'securite'],
      ],
    );
    assert.deepEqual(r.quotations[0].topics, []);
  });
});

describe('notes and rejections', () => {
  const span = anchor('Paul Van Tigchelt', 'Justice, ', '. Cette');

  it('adds, replaces and removes a note', () => {
    const a = addNote(empty, span, 'ministre de la Justice');
    assert.deepEqual(a.notes, [{ anchor: span, text: 'ministre de la Justice' }]);
    assert.equal(addNote(a, span, 'ministre de la Justice'), a);
    assert.deepEqual(addNote(a, span, 'ancien ministre').notes, [{ anchor: span, text: 'ancien ministre' }]);
    assert.deepEqual(removeNote(a, span).notes, []);
    assert.throws(() => removeNote(empty, span), code('unknown-note'));
    assert.throws(() => addNote(empty, span, ' '), code('invalid-note'));
  });

  it('remembers and forgets rejected suggestions', () => {
    const a = rejectSuggestion(empty, 'actor', span);
    assert.deepEqual(a.rejected, [{ kind: 'actor', anchor: span }]);
    assert.equal(rejectSuggestion(a, 'actor', span), a);
    assert.equal(rejectSuggestion(a, 'quotation', span).rejected.length, 2);
    assert.deepEqual(unrejectSuggestion(a, 'actor', span).rejected, []);
    assert.throws(() => unrejectSuggestion(a, 'quotation', span), code('unknown-rejection'));
  });
});
