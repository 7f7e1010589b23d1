import { strict as assert } from 'node:assert';
import { collectAnchors, replaceAnchor, type StoredSpanRef } from '../../../src/core/article/anchors';
import { buildArticleView, quotationsIn, reannotate, spanOf } from '../../../src/core/article/view';
import { createAnchor } from '../../../src/core/anchoring';
import type { Anchor, Annotations, Span } from '../../../src/core/model';

const TEXT = 'Selon la directrice, «la menace est élevée». Le ministre a dit «rien». La VSSE surveille le Sahel.';
const at = (phrase: string, occurrence = 0): Span => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(phrase, start + 1);
  return { start, end: start + phrase.length };
};
const anchor = (phrase: string): Anchor => createAnchor(TEXT, at(phrase));

const MODEL: Annotations = {
  actors: [{ id: 'vsse', type: 'organization', name: 'VSSE', aliases: [], added: [anchor('la directrice')], excluded: [anchor('Sahel')] }],
  quotations: [
    { anchor: anchor('«la menace est élevée»'), cue: anchor('Selon'), topics: [] },
    { anchor: anchor('«rien»'), topics: [] },
  ],
  topics: [{ id: 'menace', label: 'Menace', passages: [anchor('La VSSE surveille le Sahel.')] }],
  notes: [{ anchor: anchor('ministre'), text: 'lequel ?' }],
  rejected: [{ kind: 'actor', anchor: anchor('Le ministre') }],
};

const REFS: readonly [StoredSpanRef, string][] = [
  [{ kind: 'added', actorId: 'vsse', index: 0 }, 'la directrice'],
  [{ kind: 'excluded', actorId: 'vsse', index: 0 }, 'Sahel'],
  [{ kind: 'quotation', index: 0 }, '«la menace est élevée»'],
  [{ kind: 'cue', index: 0 }, 'Selon'],
  [{ kind: 'quotation', index: 1 }, '«rien»'],
  [{ kind: 'passage', topicId: 'menace', index: 0 }, 'La VSSE surveille le Sahel.'],
  [{ kind: 'note', index: 0 }, 'ministre'],
  [{ kind: 'rejected', index: 0 }, 'Le ministre'],
];

describe('the article functions the editor relies on', () => {
  const view = buildArticleView(TEXT, MODEL);

  it('spanOf places every kind of stored span (mentions, quotations, cues, passages, notes, rejections)', () => {
    for (const [ref, phrase] of REFS) assert.deepEqual(spanOf(view, ref), at(phrase), JSON.stringify(ref));
    assert.equal(spanOf(view, { kind: 'note', index: 7 }), undefined);
    assert.equal(spanOf(view, { kind: 'added', actorId: 'other', index: 0 }), undefined);
  });

  it('spanOf gives nothing for an orphan', () => {
    const orphaned = buildArticleView('Un tout autre texte.', MODEL);
    assert.equal(spanOf(orphaned, { kind: 'quotation', index: 0 }), undefined);
  });

  it('quotationsIn lists the quotations placed in or touching a range, with their entries, in sidecar order', () => {
    const all = quotationsIn(view, { start: 0, end: TEXT.length });
    assert.deepEqual(all.map((q) => [TEXT.slice(q.span.start, q.span.end), q.quotation]), [
      ['«la menace est élevée»', MODEL.quotations[0]], ['«rien»', MODEL.quotations[1]],
    ]);
    const second = at('«rien»');
    assert.deepEqual(quotationsIn(view, { start: second.end, end: second.end + 3 }).map((q) => q.quotation), [MODEL.quotations[1]], 'touching its end');
    assert.deepEqual(quotationsIn(view, { start: second.start - 3, end: second.start - 1 }), []);
    assert.deepEqual(quotationsIn(buildArticleView('Rien.', MODEL), { start: 0, end: 5 }), [], 'orphans are not placed');
  });

  it('replaceAnchor replaces the anchor behind each kind of ref, and nothing else', () => {
    for (const [ref, phrase] of REFS) {
      const moved = createAnchor(TEXT, at('surveille'));
      const updated = replaceAnchor(MODEL, ref, moved);
      const before = collectAnchors(MODEL);
      const after = collectAnchors(updated);
      assert.equal(after.length, before.length);
      after.forEach((stored, i) => {
        const same = JSON.stringify(stored.ref) === JSON.stringify(ref);
        assert.deepEqual(stored.anchor, same ? moved : before[i]!.anchor, `${phrase}: ${JSON.stringify(stored.ref)}`);
      });
      assert.deepEqual(spanOf(buildArticleView(TEXT, updated), ref), at('surveille'));
    }
    assert.equal(replaceAnchor(MODEL, { kind: 'note', index: 5 }, anchor('Sahel')), MODEL, 'no such note: the same model');
    assert.equal(replaceAnchor(MODEL, { kind: 'cue', index: 9 }, anchor('Sahel')), MODEL);
  });

  it('reannotate keeps the text, places the new annotations and uses the old places as hints', () => {
    const twice = 'Le port. Le port.';
    const second = { start: 9, end: 16 };
    // The anchor's context names neither copy: only a hint can tell them apart.
    const loose: Anchor = { text: 'Le port', before: '', after: '.' };
    const base: Annotations = { ...MODEL, actors: [], quotations: [], topics: [], rejected: [], notes: [{ anchor: loose, text: 'second' }] };
    const cold = buildArticleView(twice, base);
    assert.equal(spanOf(cold, { kind: 'note', index: 0 }), undefined, 'ambiguous without a hint');
    const placed = { ...cold, placed: cold.placed.map((p) => ({ ...p, resolution: { kind: 'exact' as const, span: second } })) };
    const next = reannotate(placed, { ...base, notes: [{ anchor: loose, text: 'edited' }] });
    assert.equal(next.text, twice);
    assert.equal(next.annotations.notes[0]!.text, 'edited');
    assert.deepEqual(spanOf(next, { kind: 'note', index: 0 }), second);
  });
});
