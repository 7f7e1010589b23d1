import { strict as assert } from 'node:assert';
import { mergeAnnotations } from '../../../src/core/merge/mergeAnnotations';
import type { Actor } from '../../../src/core/model';
import { actor, anchor, annotations, quotation } from './builders';

const bostyn = actor('francisca-bostyn', { name: 'Francisca Bostyn' });

describe('mergeAnnotations', () => {
  it('keeps the actors each side added, ours first then theirs', () => {
    const base = annotations({ actors: [bostyn] });
    const ours = annotations({ actors: [bostyn, actor('vsse', { type: 'organization', name: 'VSSE' })] });
    const theirs = annotations({ actors: [bostyn, actor('rabat', { type: 'place', name: 'Rabat' })] });
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.actors.map((a) => a.id), ['francisca-bostyn', 'vsse', 'rabat']);
    assert.equal(merged.conflicts, undefined);
  });

  it('records a true conflict when both sides rename the same actor, keeping ours', () => {
    const base = annotations({ actors: [bostyn] });
    const ours = annotations({ actors: [{ ...bostyn, name: 'F. Bostyn' }] });
    const theirs = annotations({ actors: [{ ...bostyn, name: 'Francisca Bostijn' }] });
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(conflicts, [{
      path: 'actors.francisca-bostyn.name', section: 'actors', entry: 'francisca-bostyn', field: 'name',
      base: 'Francisca Bostyn', ours: 'F. Bostyn', theirs: 'Francisca Bostijn',
    }]);
    assert.equal(merged.actors[0].name, 'F. Bostyn');
    assert.deepEqual(merged.conflicts, conflicts);
  });

  it('keeps an actor one side deleted while the other attributes a new quotation to it, and records the deletion', () => {
    const said = quotation(anchor('«oui»'), { speaker: { actor: 'francisca-bostyn' } });
    const base = annotations({ actors: [bostyn] });
    const ours = annotations();
    const theirs = annotations({ actors: [bostyn], quotations: [said] });
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(merged.actors, [bostyn]);
    assert.deepEqual(merged.quotations, [said]);
    assert.deepEqual(conflicts, [{ path: 'actors.francisca-bostyn', section: 'actors', entry: 'francisca-bostyn', base: bostyn, theirs: bostyn }]);
  });

  it('keeps a topic and its parent that one side deleted while the other still tags with the topic', () => {
    const parent = { id: 'security', label: 'Security', passages: [] };
    const child = { id: 'terrorism', label: 'Terrorism', parent: 'security', passages: [] };
    const tagged = quotation(anchor('«oui»'), { topics: ['terrorism'] });
    const base = annotations({ topics: [parent, child] });
    const { merged, conflicts } = mergeAnnotations(base, annotations({ quotations: [tagged], topics: [parent, child] }), annotations());
    assert.deepEqual(merged.topics, [child, parent]);
    assert.deepEqual(conflicts.map((c) => c.path), ['topics.terrorism', 'topics.security']);
  });

  it('combines changes to different fields of the same actor', () => {
    const base = annotations({ actors: [bostyn] });
    const ours = annotations({ actors: [{ ...bostyn, note: 'head of the VSSE' }] });
    const theirs = annotations({ actors: [{ ...bostyn, externalId: 'Q123' }] });
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.actors, [{ ...bostyn, note: 'head of the VSSE', externalId: 'Q123' }]);
  });

  it('merges aliases and hand-added mentions as sets, honouring a removal on one side', () => {
    const directrice = anchor('la directrice', 'selon ', ' de la');
    const il = anchor('il', '. ', ' a dit');
    const base = annotations({ actors: [{ ...bostyn, aliases: ['Bostyn', 'la patronne'], added: [il] }] });
    const ours = annotations({ actors: [{ ...bostyn, aliases: ['Bostyn', 'la patronne', 'Mme Bostyn'], added: [] }] });
    const theirs = annotations({ actors: [{ ...bostyn, aliases: ['Bostyn'], added: [il, directrice] }] });
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.actors[0].aliases, ['Bostyn', 'Mme Bostyn']);
    assert.deepEqual(merged.actors[0].added, [directrice]);
  });

  it('removes an entry deleted on one side and untouched on the other', () => {
    const vsse = actor('vsse', { type: 'organization' });
    const base = annotations({ actors: [bostyn, vsse] });
    const { merged } = mergeAnnotations(base, annotations({ actors: [bostyn] }), base);
    assert.deepEqual(merged.actors, [bostyn]);
  });

  it('keeps an entry deleted on one side and changed on the other, and records the conflict', () => {
    const base = annotations({ actors: [bostyn] });
    const changed: Actor = { ...bostyn, aliases: ['la directrice'] };
    const { merged, conflicts } = mergeAnnotations(base, annotations(), annotations({ actors: [changed] }));
    assert.deepEqual(merged.actors, [changed]);
    assert.deepEqual(conflicts, [{
      path: 'actors.francisca-bostyn', section: 'actors', entry: 'francisca-bostyn', base: bostyn, theirs: changed,
    }]);
  });

  it('unites the same actor added on both sides, and reports fields they set differently', () => {
    const ours = annotations({ actors: [actor('vsse', { type: 'organization', aliases: ['Sûreté'] })] });
    const theirs = annotations({ actors: [actor('vsse', { type: 'misc', aliases: ['Sûreté de l’État'] })] });
    const { merged, conflicts } = mergeAnnotations(annotations(), ours, theirs);
    assert.deepEqual(merged.actors, [actor('vsse', { type: 'organization', aliases: ['Sûreté', 'Sûreté de l’État'] })]);
    assert.deepEqual(conflicts.map((c) => [c.path, c.base, c.ours, c.theirs]), [['actors.vsse.type', undefined, 'organization', 'misc']]);
  });

  it('identifies quotations by anchor: a speaker set on one side and a topic on the other combine', () => {
    const syrie = anchor('«ce que la Syrie et l’Irak ont été»', 'devienne ', ' pour');
    const base = annotations({ quotations: [quotation(syrie)] });
    const ours = annotations({ quotations: [quotation(syrie, { speaker: { text: 'the Belgian side, per La Libre' } })] });
    const theirs = annotations({ quotations: [quotation(syrie, { topics: ['foreign-fighters'] })] });
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.quotations, [quotation(syrie, { speaker: { text: 'the Belgian side, per La Libre' }, topics: ['foreign-fighters'] })]);
  });

  it('reports two different speakers for one quotation with a readable path', () => {
    const syrie = anchor('«ce que la Syrie et l’Irak ont été»', 'devienne ', ' pour');
    const base = annotations({ quotations: [quotation(syrie)] });
    const ours = annotations({ quotations: [quotation(syrie, { speaker: { actor: 'la-libre' } })] });
    const theirs = annotations({ quotations: [quotation(syrie, { speaker: { text: 'the Belgian side' } })] });
    const { conflicts } = mergeAnnotations(base, ours, theirs);
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].path, 'quotations["«ce que la Syrie et l’Irak ont été»"].speaker');
    assert.deepEqual(conflicts[0].entry, syrie);
  });

  it('keeps notes, topics, passages and rejections both sides added', () => {
    const a = anchor('Rabat', 'à ', ',');
    const b = anchor('Sahel', 'le ', ' ');
    const ours = annotations({
      notes: [{ anchor: a, text: 'capital' }],
      topics: [{ id: 'cooperation', label: 'Cooperation', passages: [a] }],
      rejected: [{ kind: 'actor', anchor: a }],
    });
    const theirs = annotations({
      notes: [{ anchor: b, text: 'region' }],
      topics: [{ id: 'cooperation', label: 'Cooperation', passages: [b] }],
      rejected: [{ kind: 'quotation', anchor: a }],
    });
    const { merged, conflicts } = mergeAnnotations(annotations(), ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.notes.map((n) => n.text), ['capital', 'region']);
    assert.deepEqual(merged.topics, [{ id: 'cooperation', label: 'Cooperation', passages: [a, b] }]);
    assert.deepEqual(merged.rejected.map((r) => r.kind), ['actor', 'quotation']);
  });

  it('carries conflicts an earlier merge recorded, dropping those a side resolved', () => {
    const old = { path: 'actors.x.name', section: 'actors' as const, entry: 'x', field: 'name', ours: 'A', theirs: 'B' };
    const base = annotations({ conflicts: [old] });
    assert.deepEqual(mergeAnnotations(base, base, annotations({ actors: [bostyn], conflicts: [old] })).merged.conflicts, [old]);
    assert.equal(mergeAnnotations(base, annotations(), base).merged.conflicts, undefined);
  });

  it('recognises a carried conflict whatever the order of its keys (as read back from YAML)', () => {
    const old = { path: 'actors.x.name', section: 'actors' as const, entry: 'x', field: 'name', ours: 'A', theirs: 'B' };
    const reordered = { theirs: 'B', ours: 'A', field: 'name', entry: 'x', section: 'actors' as const, path: 'actors.x.name' };
    const merged = mergeAnnotations(annotations(), annotations({ conflicts: [old] }), annotations({ conflicts: [reordered] })).merged;
    assert.equal(merged.conflicts?.length, 1);
  });
});
