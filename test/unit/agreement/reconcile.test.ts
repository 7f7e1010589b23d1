import { strict as assert } from 'node:assert';
import { compareViews, type Disagreement } from '../../../src/core/agreement/disagreements';
import { acceptFromThere, dropHere } from '../../../src/core/agreement/reconcile';
import { createAnchor } from '../../../src/core/anchoring';
import { buildArticleView } from '../../../src/core/article/view';
import { EMPTY_ANNOTATIONS, type Actor, type Annotations } from '../../../src/core/model';

const TEXT = 'Anna Lind parle à Oslo. Elle dit : «Nous avançons». Oslo applaudit.';
const at = (passage: string, from = 0) => {
  const start = TEXT.indexOf(passage, from);
  return createAnchor(TEXT, { start, end: start + passage.length });
};
const spanOf = (passage: string, from = 0) => ({ start: TEXT.indexOf(passage, from), end: TEXT.indexOf(passage, from) + passage.length });
const actor = (id: string, type: string, name: string, fields: Partial<Actor> = {}): Actor => ({ id, type, name, aliases: [], added: [], excluded: [], ...fields });
const view = (fields: Partial<Annotations>) => buildArticleView(TEXT, { ...EMPTY_ANNOTATIONS, ...fields });

// Here: Anna Lind with "Elle" added, Oslo (place), the quotation without speaker.
const here = view({
  actors: [actor('anna-lind', 'person', 'Anna Lind', { added: [at('Elle')] }), actor('oslo', 'place', 'Oslo')],
  quotations: [{ anchor: at('«Nous avançons»'), topics: [] }],
});
// There: Lind (another id), Oslo as an organization, the same quotation said by Lind, and its second Oslo excluded.
const there = view({
  actors: [actor('lind', 'person', 'Anna Lind'), actor('oslo', 'organization', 'Oslo', { excluded: [at('Oslo', 30)] })],
  quotations: [{ anchor: at('«Nous avançons»'), speaker: { actor: 'lind' }, topics: [] }],
});

const label = (d: Disagreement) => d.kind === 'mention' ? `${d.side} ${d.type} ${TEXT.slice(d.span.start, d.span.end)}` : `${d.kind}${d.kind === 'quotation' ? ` ${d.side}` : ''} ${TEXT.slice(d.span.start, d.span.end)}`;

describe('comparing an article with another branch, and settling the disagreements', () => {
  const comparison = compareViews(here, there);

  it('lists what only one side has, and the speakers that differ, in text order', () => {
    assert.deepEqual(comparison.disagreements.map(label), [
      'here place Oslo', 'there organization Oslo', 'here person Elle', 'speaker «Nous avançons»', 'here place Oslo',
    ]);
    assert.deepEqual(comparison.agreed, [spanOf('Anna Lind')]);
  });

  it('accepts the other side’s mention: the actor with its id gets the other’s type', () => {
    const organization = comparison.disagreements.find((d) => d.kind === 'mention' && d.side === 'there')!;
    const accepted = acceptFromThere(here, there, organization);
    assert.equal(accepted.actors.find((a) => a.id === 'oslo')!.type, 'organization');
    assert.deepEqual(accepted.actors.find((a) => a.id === 'oslo')!.added, [], 'the name already makes it a mention');
  });

  it('accepts the other side’s speaker, found here by the actor’s name', () => {
    const speaker = comparison.disagreements.find((d) => d.kind === 'speaker')!;
    const accepted = acceptFromThere(here, there, speaker);
    assert.deepEqual(accepted.quotations[0]!.speaker, { actor: 'anna-lind' });
    assert.equal(compareViews(buildArticleView(TEXT, accepted), there).disagreements.filter((d) => d.kind === 'speaker').length, 0);
  });

  it('copies an actor the other side has and this one lacks', () => {
    const onlyThere = view({ actors: [actor('norway', 'place', 'Norvège', { added: [at('Oslo', 30)] })] });
    const d = compareViews(view({}), onlyThere).disagreements[0]!;
    const accepted = acceptFromThere(view({}), onlyThere, d);
    assert.equal(accepted.actors[0]!.id, 'norway');
    assert.deepEqual(buildArticleView(TEXT, accepted).mentions.map((m) => [m.start, m.end, m.actorId]), [[spanOf('Oslo', 30).start, spanOf('Oslo', 30).end, 'norway']]);
  });

  it('drops a hand-added mention, and excludes a name occurrence', () => {
    const elle = comparison.disagreements.find((d) => d.kind === 'mention' && d.side === 'here' && d.type === 'person')!;
    assert.deepEqual(dropHere(here, elle).actors[0]!.added, []);
    const oslo = comparison.disagreements.find((d) => d.kind === 'mention' && d.side === 'here' && d.span.start > 30)!;
    const dropped = buildArticleView(TEXT, dropHere(here, oslo));
    assert.deepEqual(dropped.mentions.filter((m) => m.actorId === 'oslo').map((m) => m.start), [spanOf('Oslo').start]);
  });

  it('accepts a quotation only the other side has, with its cue and its speaker copied', () => {
    const onlyThere = view({
      actors: [actor('lind', 'person', 'Anna Lind')],
      quotations: [{ anchor: at('«Nous avançons»'), speaker: { actor: 'lind' }, cue: at('dit'), topics: [] }],
    });
    const d = compareViews(view({}), onlyThere).disagreements.find((x) => x.kind === 'quotation')!;
    const accepted = acceptFromThere(view({}), onlyThere, d);
    assert.deepEqual(accepted.actors.map((a) => a.id), ['lind']);
    assert.deepEqual(accepted.quotations.map((q) => [q.anchor.text, q.speaker, q.cue?.text]), [['«Nous avançons»', { actor: 'lind' }, 'dit']]);
    // Dropping it again from this side removes it.
    const after = buildArticleView(TEXT, accepted);
    const back = compareViews(after, view({})).disagreements.find((x) => x.kind === 'quotation')!;
    assert.deepEqual(dropHere(after, back).quotations, []);
  });

  it('changes nothing when asked to accept what only this side has', () => {
    const elle = comparison.disagreements.find((d) => d.kind === 'mention' && d.side === 'here')!;
    assert.equal(acceptFromThere(here, there, elle), here.annotations);
  });
});
