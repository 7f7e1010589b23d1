import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyTextChange } from '../../../src/core/article/edit';
import { buildArticleView, type ArticleView } from '../../../src/core/article/view';
import { EMPTY_ANNOTATIONS, type Annotations } from '../../../src/core/model';
import * as ops from '../../../src/core/operations';
import { indexOutline } from '../../../src/core/outline/outlineIndex';
import { buildOutline, type OutlineArticle, type OutlineNode, type OutlineOptions } from '../../../src/core/outline/outlineModel';
import { parseSidecar } from '../../../src/core/sidecar';

const samples = path.join(__dirname, '../../fixtures/samples');
const text = readFileSync(path.join(samples, 'bostyn-rabat.txt'), 'utf8');
const annotations = parseSidecar(readFileSync(path.join(samples, 'bostyn-rabat.txt.ann.yaml'), 'utf8')).annotations;
const sample = (): OutlineArticle => ({ key: 'file:///w/bostyn-rabat.txt', label: 'bostyn-rabat.txt', view: buildArticleView(text, annotations) });
const OPTIONS: OutlineOptions = { sort: 'appearance', typeOrder: ['person', 'organization', 'place'] };

const find = (nodes: readonly OutlineNode[], id: string): OutlineNode => {
  const found = indexOutline(nodes).get(id)?.node;
  assert.ok(found, `no node ${id}`);
  return found;
};
const labels = (nodes: readonly OutlineNode[]) => nodes.map((n) => n.label);
const summary = (nodes: readonly OutlineNode[]) => nodes.map((n) => `${n.label} (${n.description})`);

describe('outline model', () => {
  it('lists the sample article: groups, types in the given order, actors in order of appearance with counts', () => {
    const outline = buildOutline([sample()], OPTIONS);
    assert.deepEqual(summary(outline), ['Actors (10)', 'Quotations (2)', 'Topics (3)']);
    const types = outline[0]!.children;
    assert.deepEqual(summary(types), ['person (2)', 'organization (5)', 'place (3)']);
    assert.deepEqual(summary(types[0]!.children), ['Francisca Bostyn (3)', 'Paul Van Tigchelt (1)']);
    // The counts are the article's mentions, actor by actor.
    const view = sample().view;
    for (const type of types) {
      for (const actor of type.children) {
        assert.equal(actor.kind, 'actor');
        if (actor.kind !== 'actor') continue;
        assert.equal(actor.mentionCount, view.mentions.filter((m) => m.actorId === actor.actorId).length, actor.label);
        assert.equal(actor.children.length, actor.mentionCount);
      }
    }
  });

  it('gives each mention its line, an excerpt around it, its span and where it comes from', () => {
    const outline = buildOutline([sample()], OPTIONS);
    const bostyn = find(outline, 'actor:francisca-bostyn');
    const mentions = bostyn.children.map((m) => (m.kind === 'mention' ? m : assert.fail(m.kind)));
    assert.deepEqual(mentions.map((m) => text.slice(m.span!.start, m.span!.end)), ['Francisca Bostyn', 'directrice', 'Francisca Bostyn']);
    assert.deepEqual(mentions.map((m) => m.source), ['name', 'added', 'name']);
    assert.deepEqual(mentions.map((m) => m.line), [0, 0, 6]);
    assert.match(mentions[1]!.label, /^Francisca Bostyn, directrice de la sûreté .*…$/);
    assert.match(mentions[2]!.label, /^Cette visite de Francisca Bostyn fait .*…$/); // the line starts there: no ellipsis before
  });

  it('groups quotations by speaker, unattributed last, with the whole text and the speaker', () => {
    const outline = buildOutline([sample()], OPTIONS);
    const quotations = find(outline, 'group:quotations');
    assert.deepEqual(summary(quotations.children), ['médias marocains (1)', 'the Belgian side, per La Libre (1)']);
    const first = quotations.children[0]!.children[0]!;
    assert.ok(first.kind === 'quotation');
    assert.equal(first.speaker, 'médias marocains');
    assert.ok(first.text?.startsWith('«la nécessité'));
    assert.ok(first.label.length <= 60 && first.label.endsWith('…'));
  });

  it('marks the quotations that are indirect speech, and only them', () => {
    const [first, ...rest] = annotations.quotations;
    const withIndirect: Annotations = { ...annotations, quotations: [{ ...first!, kind: 'indirect' }, ...rest] };
    const outline = buildOutline([{ ...sample(), view: buildArticleView(text, withIndirect) }], OPTIONS);
    const quotes = find(outline, 'group:quotations').children.flatMap((speaker) => speaker.children);
    assert.deepEqual(quotes.map((q) => q.kind === 'quotation' && q.indirect === true), [true, false]);
  });

  it('puts unattributed quotations in their own group, after the speakers', () => {
    const withUnattributed: Annotations = {
      ...annotations,
      quotations: [...annotations.quotations, { anchor: { text: '«ce que la Syrie et l’Irak ont été»', before: 'devienne ', after: '' }, topics: [] }].reverse(),
    };
    const outline = buildOutline([{ ...sample(), view: buildArticleView(text, withUnattributed) }], OPTIONS);
    const speakers = find(outline, 'group:quotations').children;
    const last = speakers.at(-1);
    assert.ok(last?.kind === 'speaker' && last.unattributed);
    assert.equal(last.label, 'Unattributed');
    assert.equal(last.children.length, 1);
  });

  it('nests subtopics under their parent, and shows a topic on a cycle of parents once', () => {
    const outline = buildOutline([sample()], OPTIONS);
    const topics = find(outline, 'group:topics').children;
    assert.deepEqual(labels(topics), ['Counter-terrorism cooperation']);
    assert.deepEqual(labels(topics[0]!.children.filter((c) => c.kind === 'topic')), ['Foreign Fighters', 'Transfer of detainees']);
    const cyclic: Annotations = {
      ...EMPTY_ANNOTATIONS,
      topics: [
        { id: 'a', label: 'A', parent: 'b', passages: [] },
        { id: 'b', label: 'B', parent: 'a', passages: [] },
      ],
    };
    const ids = [...indexOutline(buildOutline([{ key: 'k', label: 'k', view: buildArticleView('x', cyclic) }], OPTIONS)).keys()];
    assert.deepEqual(ids.filter((id) => id.startsWith('topic:')).sort(), ['topic:a', 'topic:b']);
  });

  it('sorts actors by mention count on request', () => {
    const outline = buildOutline([sample()], { ...OPTIONS, sort: 'count' });
    for (const type of find(outline, 'group:actors').children) {
      const counts = type.children.map((a) => (a.kind === 'actor' ? a.mentionCount : -1));
      assert.deepEqual(counts, [...counts].sort((a, b) => b - a), type.label);
    }
  });

  it('filters actors by name or alias, speakers and topics by label, ignoring case and accents', () => {
    const actors = (filter: string) => {
      const outline = buildOutline([sample()], { ...OPTIONS, filter });
      return outline.find((g) => g.id === 'group:actors')?.children.flatMap((t) => labels(t.children)) ?? [];
    };
    assert.deepEqual(actors('etat'), ['VSSE', 'État islamique']); // VSSE by its alias "sûreté de l’État"
    assert.deepEqual(actors('BOSTYN'), ['Francisca Bostyn']);
    const outline = buildOutline([sample()], { ...OPTIONS, filter: 'fighters' });
    assert.deepEqual(labels(outline), ['Topics']);
    assert.deepEqual(labels(outline[0]!.children), ['Counter-terrorism cooperation']); // kept for its matching subtopic
    assert.deepEqual(labels(outline[0]!.children[0]!.children.filter((c) => c.kind === 'topic')), ['Foreign Fighters']);
    assert.deepEqual(buildOutline([sample()], { ...OPTIONS, filter: 'nobody at all' }), []);
  });

  it('is empty for an article without annotations', () => {
    assert.deepEqual(buildOutline([{ key: 'k', label: 'k', view: buildArticleView(text, EMPTY_ANNOTATIONS) }], OPTIONS), []);
  });

  it('unites an actor annotated in two articles into one node, its mentions grouped by file', () => {
    const second = 'Rabat a reçu Francisca Bostyn. Bostyn est repartie.\n';
    const secondAnnotations = ops.addActor(ops.addActor(EMPTY_ANNOTATIONS, 'person', 'Francisca Bostyn'), 'place', 'Rabat');
    const other: OutlineArticle = { key: 'file:///w/b.txt', label: 'b.txt', view: buildArticleView(second, secondAnnotations) };
    const outline = buildOutline([sample(), other], OPTIONS);
    const bostyn = find(outline, 'actor:francisca-bostyn');
    assert.equal(bostyn.description, '4');
    assert.ok(bostyn.kind === 'actor');
    assert.deepEqual(bostyn.articles, ['file:///w/bostyn-rabat.txt', 'file:///w/b.txt']);
    assert.deepEqual(summary(bostyn.children), ['bostyn-rabat.txt (3)', 'b.txt (1)']);
    const mention = bostyn.children[1]!.children[0]!;
    assert.ok(mention.kind === 'mention');
    assert.equal(mention.article, 'file:///w/b.txt');
    assert.equal(second.slice(mention.span!.start, mention.span!.end), 'Francisca Bostyn');
    // One node for Rabat too, not one per article.
    assert.equal([...indexOutline(outline).keys()].filter((id) => id === 'actor:rabat').length, 1);
  });

  it('keeps the ids of groups, types, actors, speakers and topics across an edit of the text', () => {
    const before = sample().view;
    let after: ArticleView = before;
    const stale = new Set<string>();
    after = applyTextChange(after, { start: 0, end: 0, text: 'Rabat, Rabat, Rabat. ' }, stale);
    const idsOf = (view: ArticleView) =>
      [...indexOutline(buildOutline([{ ...sample(), view }], OPTIONS)).values()]
        .filter(({ node }) => !['mention', 'quotation', 'passage'].includes(node.kind))
        .map(({ node }) => node.id)
        .sort();
    assert.deepEqual(idsOf(after), idsOf(before));
    assert.equal(find(buildOutline([{ ...sample(), view: after }], OPTIONS), 'actor:rabat').description, '5');
  });

  it('lists orphans in their own group', () => {
    const edited = text.replace('Un partenariat nécessaire sur les Foreign Fighters', 'Partenariat');
    const outline = buildOutline([{ ...sample(), view: buildArticleView(edited, annotations) }], OPTIONS);
    const orphans = find(outline, 'group:orphans');
    assert.deepEqual(labels(orphans.children), ['Un partenariat nécessaire sur les Foreign Fighters']);
  });
  it('groups the mentions of a live blog by file in linear time: 40,000 mentions of one actor in two articles', function () {
    this.timeout(20_000);
    const paragraph = 'Ilse Varnholt a parlé au port, puis Ilse Varnholt est repartie.\n';
    const blog = paragraph.repeat(20_000);
    const annotated = ops.addActor(EMPTY_ANNOTATIONS, 'person', 'Ilse Varnholt', { id: 'ilse-varnholt' });
    const articles: OutlineArticle[] = [
      { key: 'file:///w/blog.txt', label: 'blog.txt', view: buildArticleView(blog, annotated) },
      { key: 'file:///w/short.txt', label: 'short.txt', view: buildArticleView('Ilse Varnholt.\n', annotated) },
    ];
    const started = performance.now();
    const outline = buildOutline(articles, OPTIONS);
    const elapsed = performance.now() - started;
    const files = find(outline, 'actor:ilse-varnholt').children;
    assert.deepEqual(summary(files), ['blog.txt (40000)', 'short.txt (1)']);
    // Copying each file's list on every add took 4 s for 16,800 mentions (and 25 s for these).
    assert.ok(elapsed < 5_000, `built in ${elapsed.toFixed(0)} ms`);
  });
});
