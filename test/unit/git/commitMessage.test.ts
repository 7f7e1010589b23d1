import { strict as assert } from 'node:assert';
import { commitMessage, describeChange, splitSubject } from '../../../src/core/git/commitMessage';
import { actor, anchor, annotations, quotation } from '../merge/builders';

const bostyn = actor('francisca-bostyn', { name: 'Francisca Bostyn' });
const vsse = actor('vsse', { type: 'organization', name: 'VSSE' });
const rabat = actor('rabat', { type: 'place', name: 'Rabat' });
const syrie = quotation(anchor('«ce que la Syrie et l’Irak ont été»', 'deviendrait ', ','));

describe('commitMessage', () => {
  it('names the actors added, counts the quotations and the mentions gained', () => {
    const message = commitMessage([{
      article: 'bostyn-rabat.txt',
      before: annotations({ actors: [rabat] }),
      after: annotations({ actors: [rabat, bostyn, vsse], quotations: [syrie] }),
      mentions: { before: 2, after: 5 },
    }]);
    assert.equal(message, 'annotate bostyn-rabat.txt: +2 actors (Francisca Bostyn, VSSE), +1 quotation, 3 mentions');
  });

  it('treats a new sidecar as everything added, and a deleted one as annotations removed', () => {
    assert.equal(commitMessage([{ article: 'a.txt', after: annotations({ actors: [bostyn] }) }]), 'annotate a.txt: +1 actor (Francisca Bostyn)');
    assert.equal(commitMessage([{ article: 'a.txt', before: annotations({ actors: [bostyn] }) }]), 'unannotate a.txt: annotations removed');
  });

  it('reports removals, changes and lost mentions', () => {
    const renamed = { ...bostyn, name: 'F. Bostyn', aliases: ['la directrice'] };
    const message = commitMessage([{
      article: 'a.txt',
      before: annotations({ actors: [bostyn, vsse], quotations: [syrie] }),
      after: annotations({ actors: [renamed], quotations: [{ ...syrie, speaker: { actor: 'francisca-bostyn' } }] }),
      mentions: { before: 6, after: 5 },
    }]);
    assert.equal(message, 'annotate a.txt: -1 actor (VSSE), 1 actor changed (F. Bostyn), 1 quotation changed, -1 mention');
  });

  it('does not count a quotation whose anchor context was refreshed as added and removed', () => {
    const refreshed = { ...syrie, anchor: { ...syrie.anchor, before: 'deviendrait bientôt ' } };
    const before = annotations({ quotations: [syrie] });
    assert.equal(describeChange({ article: 'a.txt', before, after: annotations({ quotations: [refreshed] }) }), 'anchors refreshed');
    const attributed = { ...refreshed, speaker: { text: 'la partie belge' } };
    assert.equal(describeChange({ article: 'a.txt', before, after: annotations({ quotations: [attributed] }) }), '1 quotation changed');
  });

  it('lists at most three names', () => {
    const many = ['a', 'b', 'c', 'd'].map((id) => actor(id, { name: id.toUpperCase() }));
    assert.equal(describeChange({ article: 'x', before: annotations(), after: annotations({ actors: many }) }), '+4 actors (A, B, C, …)');
  });

  it('counts resolved merge conflicts', () => {
    const conflict = { path: 'actors.vsse.name', section: 'actors' as const, entry: 'vsse', field: 'name', ours: 'VSSE', theirs: 'Sûreté' };
    const change = { article: 'a.txt', before: annotations({ actors: [vsse], conflicts: [conflict] }), after: annotations({ actors: [vsse] }) };
    assert.equal(describeChange(change), '1 merge conflict resolved');
  });

  it('sums several sidecars in the subject and details each in the body', () => {
    const message = commitMessage([
      { article: 'one.txt', before: annotations(), after: annotations({ actors: [bostyn] }), mentions: { before: 0, after: 2 } },
      { article: 'two.txt', before: annotations({ actors: [vsse] }), after: annotations({ actors: [vsse, rabat], quotations: [syrie] }), mentions: { before: 1, after: 2 } },
    ]);
    assert.equal(message, [
      'annotate 2 articles: +2 actors, +1 quotation, 3 mentions',
      '',
      '- one.txt: +1 actor (Francisca Bostyn), 2 mentions',
      '- two.txt: +1 actor (Rabat), +1 quotation, 1 mention',
    ].join('\n'));
    assert.deepEqual(splitSubject(message), {
      subject: 'annotate 2 articles: +2 actors, +1 quotation, 3 mentions',
      body: '\n- one.txt: +1 actor (Francisca Bostyn), 2 mentions\n- two.txt: +1 actor (Rabat), +1 quotation, 1 mention',
    });
  });

  it('says so when only anchors changed', () => {
    assert.equal(commitMessage([{ article: 'a.txt', before: annotations({ actors: [bostyn] }), after: annotations({ actors: [bostyn] }) }]), 'annotate a.txt: anchors refreshed');
  });
  it('tells a shared actors file apart from the articles: in the subject and in its own line', () => {
    const shared = { article: 'marginalia.actors.yaml', before: annotations(), after: annotations({ actors: [bostyn] }), sharedActors: true };
    assert.equal(commitMessage([shared]), 'update shared actors marginalia.actors.yaml: +1 actor (Francisca Bostyn)');
    const promoted = { article: 'a.txt', before: annotations({ actors: [bostyn] }), after: annotations(), mentions: { before: 2, after: 2 } };
    assert.equal(commitMessage([promoted, shared]), [
      'annotate a.txt and the shared actors: +1 actor, -1 actor',
      '',
      '- a.txt: -1 actor (Francisca Bostyn)',
      '- marginalia.actors.yaml: +1 actor (Francisca Bostyn)',
    ].join('\n'));
    const two = { ...promoted, article: 'b.txt' };
    assert.match(commitMessage([promoted, two, shared]), /^annotate 2 articles and the shared actors: /);
  });

  it('compares 20,000 quotations in linear time', function () {
    this.timeout(20_000);
    const many = Array.from({ length: 20_000 }, (_, i) => quotation(anchor(`«phrase ${i}»`, `avant ${i} `, ` après ${i}`)));
    const attributed = many.map((q, i) => (i % 2 === 0 ? { ...q, speaker: { text: 'la partie belge' } } : q));
    const started = performance.now();
    assert.equal(describeChange({ article: 'a.txt', before: annotations({ quotations: many }), after: annotations({ quotations: attributed }) }), '10000 quotations changed');
    assert.ok(performance.now() - started < 5_000, 'a lookup per quotation, not a scan');
  });
});
