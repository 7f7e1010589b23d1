import { strict as assert } from 'node:assert';
import { collectAnchors } from '../../../src/core/merge/anchors';
import { mergeAnnotations } from '../../../src/core/merge/mergeAnnotations';
import { reanchorApproximate } from '../../../src/core/merge/reanchor';
import type { CreateAnchor, ResolveAnchors } from '../../../src/core/merge/resolution';
import { spanIdentity } from '../../../src/core/merge/spanIdentity';
import type { Anchor } from '../../../src/core/model';
import { anchor, annotations, quotation } from './builders';

/** A resolver for the tests: exact with context, else approximate on the text alone (first occurrence). */
const resolve: ResolveAnchors = (text, anchors) => anchors.map((a) => {
  const exact = text.indexOf(a.before + a.text + a.after);
  if (exact !== -1) return { kind: 'exact', span: { start: exact + a.before.length, end: exact + a.before.length + a.text.length } };
  const loose = text.indexOf(a.text);
  if (loose !== -1) return { kind: 'approximate', span: { start: loose, end: loose + a.text.length }, score: 0.5 };
  return { kind: 'orphan', reason: 'not found' };
});
const createAnchor: CreateAnchor = (text, span) =>
  ({ text: text.slice(span.start, span.end), before: text.slice(Math.max(0, span.start - 6), span.start), after: text.slice(span.end, span.end + 6) });

const newText = 'La presse marocaine a écrit «il faut coopérer» lundi.';
const quote = '«il faut coopérer»';
const old: Anchor = anchor(quote, ' écrit ', ' hier.');
const refreshed: Anchor = anchor(quote, ' écrit ', ' lundi');

describe('passage identity (one side edited the text, the other annotated)', () => {
  // Ours edited the text and refreshed the anchor; theirs attributed the quotation.
  const base = annotations({ quotations: [quotation(old)] });
  const ours = annotations({ quotations: [quotation(refreshed)] });
  const theirs = annotations({ quotations: [quotation(old, { speaker: { text: 'les médias marocains' } })] });

  it('with the merged text, the refreshed and the old anchor are one quotation: clean merge', () => {
    const identify = spanIdentity(newText, [base, ours, theirs].flatMap(collectAnchors), resolve);
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs, { identify });
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.quotations, [quotation(refreshed, { speaker: { text: 'les médias marocains' } })]);
  });

  it('is symmetric: the refreshed anchor wins whichever side edited the text', () => {
    const identify = spanIdentity(newText, [base, ours, theirs].flatMap(collectAnchors), resolve);
    const { merged, conflicts } = mergeAnnotations(base, theirs, ours, { identify });
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.quotations, [quotation(refreshed, { speaker: { text: 'les médias marocains' } })]);
  });

  it('without the text, anchors are identities: the change and the refresh meet as a conflict, nothing is lost', () => {
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].field, undefined);
    assert.equal(merged.quotations.length, 2);
  });

  it('merges a cue by passage: a refreshed cue is no change, two different new cues conflict', () => {
    const cue = anchor('écrit', 'presse a ', ' «');
    const cueRefreshed = anchor('écrit', 'marocaine a ', ' «');
    const moved = anchor('presse', 'La ', ' maroc');
    const movedElsewhere = anchor('La', '', ' presse');
    const identify = spanIdentity(newText, [old, refreshed, cue, cueRefreshed, moved, movedElsewhere], resolve);
    const withCue = (at: Anchor, c: Anchor) => annotations({ quotations: [quotation(at, { cue: c })] });
    const refreshedOnly = mergeAnnotations(withCue(old, cue), withCue(refreshed, cueRefreshed), withCue(old, cue), { identify });
    assert.deepEqual(refreshedOnly.conflicts, []);
    assert.deepEqual(refreshedOnly.merged.quotations[0].cue, cueRefreshed);
    const movedByTheirs = mergeAnnotations(withCue(old, cue), withCue(refreshed, cueRefreshed), withCue(old, moved), { identify });
    assert.deepEqual(movedByTheirs.conflicts, []);
    assert.deepEqual(movedByTheirs.merged.quotations[0].cue, moved);
    const clash = mergeAnnotations(withCue(old, cue), withCue(refreshed, movedElsewhere), withCue(old, moved), { identify });
    assert.deepEqual(clash.conflicts.map((c) => [c.field, c.ours, c.theirs]), [['cue', movedElsewhere, moved]]);
  });

  it('keeps the refreshed form of a hand-added mention while the other side edits the actor', () => {
    const identify = spanIdentity(newText, [old, refreshed], resolve);
    const press = (added: Anchor[], aliases: string[] = []) =>
      annotations({ actors: [{ id: 'presse', type: 'organization', name: 'la presse', aliases, added, excluded: [] }] });
    const { merged, conflicts } = mergeAnnotations(press([old]), press([refreshed]), press([old], ['les médias']), { identify });
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.actors, press([refreshed], ['les médias']).actors);
  });

  it('honours a deletion when the other side only refreshed the anchor', () => {
    const identify = spanIdentity(newText, [old, refreshed], resolve);
    const { merged, conflicts } = mergeAnnotations(base, annotations(), ours, { identify });
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.quotations, []);
  });

  it('keeps two entries of one side whose anchors land on the same passage', () => {
    const twin = anchor(quote, 'XX', 'YY');
    const both = annotations({ quotations: [quotation(refreshed, { note: 'one' }), quotation(twin, { note: 'two' })] });
    const identify = spanIdentity(newText, [refreshed, twin], resolve);
    assert.equal(identify(twin), identify(refreshed));
    const { merged } = mergeAnnotations(annotations(), both, annotations(), { identify });
    assert.deepEqual(merged.quotations.map((q) => q.note), ['one', 'two']);
  });

  it('falls back to the anchor for passages the text no longer holds', () => {
    const gone = anchor('«disparu»', 'a ', ' .');
    const identify = spanIdentity(newText, [gone, refreshed], resolve);
    assert.equal(identify(gone), undefined);
    assert.equal(identify(refreshed), `${newText.indexOf(quote)}-${newText.indexOf(quote) + quote.length}`);
  });

  it('re-anchors only the spans the merged text matches approximately', () => {
    const other = anchor('presse', 'La ', ' maroc');
    const result = reanchorApproximate(annotations({ quotations: [quotation(old), quotation(other)] }), newText, resolve, createAnchor);
    assert.deepEqual(result.quotations.map((q) => q.anchor), [createAnchor(newText, { start: 28, end: 28 + quote.length }), other]);
    assert.equal(newText.slice(28, 28 + quote.length), quote);
  });
});
