import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildArticleView, type ArticleView } from '../../../src/core/article/view';
import type { Annotations } from '../../../src/core/model';
import {
  actorCard, actorEntryPosition, articleSymbols, findActors, firstMention, firstWords, LineMap, occurrencesAcross,
  quotationStops, step, stepMention, stepQuotation,
} from '../../../src/core/navigation';
import { addActor, addAlias } from '../../../src/core/operations';
import { parseSidecar } from '../../../src/core/sidecar';

const samples = path.join(__dirname, '../../fixtures/samples');
const article = readFileSync(path.join(samples, 'bostyn-rabat.txt'), 'utf8');
const sidecarSource = readFileSync(path.join(samples, 'bostyn-rabat.txt.ann.yaml'), 'utf8');
const sample = buildArticleView(article, parseSidecar(sidecarSource).annotations);

const textOf = (view: ArticleView, span: { start: number; end: number } | undefined) => span && view.text.slice(span.start, span.end);
const nth = (text: string, word: string, n: number) => {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(word, at + 1);
  return at;
};

describe('navigation: stepping through spans', () => {
  const spans = [{ start: 5, end: 7 }, { start: 10, end: 12 }, { start: 20, end: 22 }];

  it('goes to the next span after the offset, wrapping to the first after the last', () => {
    assert.deepEqual(step(spans, 0, 'next'), { target: spans[0], wrapped: false });
    assert.deepEqual(step(spans, 5, 'next'), { target: spans[1], wrapped: false });
    assert.deepEqual(step(spans, 20, 'next'), { target: spans[0], wrapped: true });
  });

  it('goes to the previous span, wrapping to the last before the first', () => {
    assert.deepEqual(step(spans, 20, 'previous'), { target: spans[1], wrapped: false });
    assert.deepEqual(step(spans, 5, 'previous'), { target: spans[2], wrapped: true });
    assert.equal(step([], 3, 'next'), undefined);
  });

  it('visits every span once in a full cycle, in both directions (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 30 }), fc.nat(1000), (starts, from) => {
        const sorted = [...starts].sort((a, b) => a - b).map((start) => ({ start, end: start + 1 }));
        for (const direction of ['next', 'previous'] as const) {
          let at = from;
          const seen = new Set<number>();
          let wraps = 0;
          for (let i = 0; i < sorted.length; i++) {
            const jump = step(sorted, at, direction)!;
            seen.add(jump.target.start);
            if (jump.wrapped) wraps++;
            at = jump.target.start;
          }
          assert.equal(seen.size, sorted.length);
          assert.ok(wraps <= 1);
        }
      }),
    );
  });
});

describe('navigation: mentions', () => {
  it('moves from a mention of Francisca Bostyn to her next mentions (the hand-added "directrice" too) and wraps', () => {
    const first = article.indexOf('Francisca Bostyn') + 3;
    const a = stepMention(sample, first, 'next')!;
    assert.equal(textOf(sample, a.target), 'directrice');
    const b = stepMention(sample, a.target.start, 'next')!;
    assert.equal(b.target.start, nth(article, 'Francisca Bostyn', 1));
    const c = stepMention(sample, b.target.start, 'next')!;
    assert.equal(c.wrapped, true);
    assert.equal(c.target.start, 0);
  });

  it('moves back from inside a mention to the one before it, wrapping to the last', () => {
    const second = nth(article, 'Francisca Bostyn', 1) + 5;
    assert.equal(textOf(sample, stepMention(sample, second, 'previous')!.target), 'directrice');
    const jump = stepMention(sample, 2, 'previous')!;
    assert.equal(jump.wrapped, true);
    assert.equal(jump.target.start, nth(article, 'Francisca Bostyn', 1));
  });

  it('goes to the next mention of any actor when the cursor is on none', () => {
    const at = article.indexOf('les 25');
    const jump = stepMention(sample, at, 'next')!;
    assert.ok(jump.target.start > at);
    assert.equal(sample.mentions.filter((m) => m.start > at && m.start < jump.target.start).length, 0);
  });

  it('finds the first mention of an actor', () => {
    assert.equal(firstMention(sample, 'rabat')?.start, article.indexOf('Rabat'));
    assert.equal(firstMention(sample, 'nobody'), undefined);
  });
});

describe('navigation: quotations', () => {
  it('lists stored quotations and quotation-marked passages once each, in text order', () => {
    const text = 'Il dit «un» puis «deux» et «trois».';
    const annotations = parseSidecar('marginalia: 1\nquotations:\n  - text: «deux»\n    before: "puis "\n    after: " et"\n').annotations;
    const view = buildArticleView(text, annotations);
    const stops = quotationStops(view);
    assert.deepEqual(stops.map((s) => text.slice(s.start, s.end)), ['«un»', '«deux»', '«trois»']);
    assert.deepEqual(stops.map((s) => s.stored), [undefined, 0, undefined]);
  });

  it('steps through the sample\'s two stored quotations and wraps', () => {
    const first = stepQuotation(sample, 0, 'next')!;
    assert.match(textOf(sample, first.target)!, /^«la nécessité/);
    const second = stepQuotation(sample, first.target.start + 10, 'next')!;
    assert.match(textOf(sample, second.target)!, /^«ce que la Syrie/);
    assert.equal(stepQuotation(sample, second.target.start, 'next')!.wrapped, true);
    assert.equal(stepQuotation(sample, second.target.start + 3, 'previous')!.target.start, first.target.start);
  });
});

describe('navigation: hover card', () => {
  it('gives type, counts here and across articles, and the first words of the actor\'s quotations', () => {
    const other = buildArticleView('Les médias marocains saluent. La presse marocaine aussi.', sample.annotations);
    const card = actorCard(sample, 'medias-marocains', [{ view: other }])!;
    assert.equal(card.actor.type, 'organization');
    assert.equal(card.mentionsHere, sample.mentions.filter((m) => m.actorId === 'medias-marocains').length);
    assert.equal(card.mentionsInWorkspace, card.mentionsHere + 2);
    assert.equal(card.articles, 2);
    assert.equal(card.quotations.length, 1);
    assert.match(card.quotations[0]!, /^«la nécessité d’élargir .*…$/);
    assert.equal(actorCard(sample, 'nobody'), undefined);
  });

  it('cuts excerpts at words', () => {
    assert.equal(firstWords('  un   deux trois ', 2), 'un deux…');
    assert.equal(firstWords('court'), 'court');
    assert.ok(firstWords('x'.repeat(200)).length <= 61);
  });
});

describe('navigation: symbols', () => {
  it('groups actors by type at their first mention and lists stored quotations with their speaker', () => {
    const symbols = articleSymbols(sample, ['person', 'organization', 'place']);
    assert.deepEqual(symbols.map((s) => s.name), ['person', 'organization', 'place', 'quotations']);
    const persons = symbols[0]!;
    assert.deepEqual(persons.children.map((c) => c.name), ['Francisca Bostyn', 'Paul Van Tigchelt']);
    assert.equal(persons.children[0]!.selection.start, 0);
    for (const group of symbols) {
      assert.ok(group.range.start <= group.selection.start && group.selection.end <= group.range.end);
      for (const child of group.children) assert.ok(child.range.start <= child.selection.start && child.selection.end <= child.range.end);
    }
    const quotations = symbols[3]!;
    for (const child of quotations.children) assert.ok(quotations.range.start <= child.range.start && child.range.end <= quotations.range.end);
    assert.deepEqual(quotations.children.map((c) => c.detail), ['médias marocains', 'the Belgian side, per La Libre']);
    assert.equal(quotations.children[0]!.kind, 'quotation');
  });

  it('never puts a mention inside the group of another type (breadcrumbs show the first group holding the cursor)', () => {
    const symbols = articleSymbols(sample, ['person', 'organization', 'place']);
    const typeOf = new Map(sample.annotations.actors.map((a) => [a.id, a.type]));
    for (const mention of sample.mentions) {
      // VS Code's rule (OutlineModel.getItemEnclosingPosition): the first symbol whose range holds the position.
      const enclosing = symbols.find((s) => s.range.start <= mention.start && mention.start <= s.range.end);
      if (enclosing?.kind !== 'type') continue;
      assert.equal(enclosing.type, typeOf.get(mention.actorId), `${sample.text.slice(mention.start, mention.end)} at ${mention.start} is in the ${enclosing.type} group`);
    }
    assert.ok(symbols.filter((s) => s.kind === 'type').every((g) => g.range.end >= g.children[0]!.range.end), 'a group holds at least its first actor');
  });

  it('leaves out actors with no mention in the text', () => {
    const annotations = addActor(sample.annotations, 'person', 'Personne Absente');
    const symbols = articleSymbols(buildArticleView(article, annotations));
    assert.ok(!symbols.flatMap((s) => s.children).some((c) => c.name === 'Personne Absente'));
  });
});

describe('navigation: across articles', () => {
  const second = buildArticleView('La VSSE et la sûreté de l’État : la même chose. Bostyn dirige la VSSE.', sample.annotations);
  const articles = [{ key: 'a', view: sample }, { key: 'b', view: second }];

  it('collects the mentions of an actor in every article that mentions it', () => {
    const found = occurrencesAcross(articles, 'vsse');
    assert.deepEqual(found.map((f) => f.key), ['a', 'b']);
    assert.deepEqual(found[1]!.mentions.map((m) => second.text.slice(m.start, m.end)), ['VSSE', 'sûreté de l’État', 'VSSE']);
    assert.deepEqual(occurrencesAcross(articles, 'rabat').map((f) => f.key), ['a']);
  });

  it('finds actors by name, alias or id, ignoring case and accents', () => {
    const names = (query: string) => findActors(articles, query).filter((h) => h.key === 'a').map((h) => h.actor.id);
    assert.deepEqual(names('etat'), ['etat-islamique', 'vsse']);
    assert.deepEqual(names('FBostyn'), ['francisca-bostyn']);
    assert.equal(findActors(articles, '').length, 2 * sample.annotations.actors.length);
    const inSecond = findActors(articles, 'bostyn').find((h) => h.key === 'b')!;
    assert.equal(second.text.slice(inSecond.first!.start, inSecond.first!.end), 'Bostyn');
  });

  it('counts an alias added in one article only there', () => {
    const annotations: Annotations = addAlias(second.annotations, 'rabat', 'capitale');
    assert.equal(buildArticleView('la capitale', annotations).mentions.length, 1);
  });
});

describe('navigation: positions and the sidecar entry', () => {
  it('converts offsets to lines and characters with LF, CRLF and CR line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const lines = new LineMap(text);
    for (const [offset, line, character] of [[0, 0, 0], [4, 1, 1], [7, 2, 0], [10, 3, 0], [12, 3, 2]] as const) {
      assert.deepEqual(lines.positionAt(offset), { line, character });
    }
  });

  it('finds the line of an actor\'s entry in the sidecar, in LF and CRLF files alike', () => {
    const lines = sidecarSource.split('\n');
    const expected = lines.findIndex((l) => l.trim() === 'francisca-bostyn:');
    assert.deepEqual(actorEntryPosition(sidecarSource, 'francisca-bostyn'), { line: expected, character: 2 });
    assert.deepEqual(actorEntryPosition(sidecarSource.replace(/\n/g, '\r\n'), 'francisca-bostyn'), { line: expected, character: 2 });
    assert.equal(actorEntryPosition(sidecarSource, 'nobody'), undefined);
  });

  it('falls back to searching the key line in a flow-style actors section', () => {
    const source = 'marginalia: 1\nactors: {rabat: {type: place, name: Rabat}}\n';
    const found = actorEntryPosition(source, 'rabat');
    assert.ok(found === undefined || found.line === 1);
  });
});
