import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildArticleView } from '../../../src/core/article/view';
import type { Actor, Annotations } from '../../../src/core/model';
import { findActors, LineMap, occurrencesAcross } from '../../../src/core/navigation';
import { parseSidecar } from '../../../src/core/sidecar';
import {
  ActorIndex, CACHE_FORMAT, CACHE_VERSION, contentHash, freshness, indexEntryOf, mentionRanges, parseIndexCache, RACY_MARGIN_MS, serializeIndexCache, textHash, ViewCache,
  type FileStamp, type IndexEntry,
} from '../../../src/core/workspaceIndex';

const samples = path.join(__dirname, '../../fixtures/samples');
const sampleText = readFileSync(path.join(samples, 'bostyn-rabat.txt'), 'utf8');
const sampleAnnotations = parseSidecar(readFileSync(path.join(samples, 'bostyn-rabat.txt.ann.yaml'), 'utf8')).annotations;
const sampleView = buildArticleView(sampleText, sampleAnnotations);
const stamp = (mtime: number, size = 100): FileStamp => ({ mtime, size });
const entryOf = (key: string, text: string, annotations: Annotations, readAt = 1_000_000): IndexEntry =>
  indexEntryOf(key, { article: stamp(1000), sidecar: stamp(2000), hash: 'h', readAt }, buildArticleView(text, annotations), true);
const actor = (id: string, name: string, aliases: string[] = []): Actor => ({ id, type: 'person', name, aliases, added: [], excluded: [] });
const annotationsOf = (...actors: Actor[]): Annotations => ({ actors, quotations: [], topics: [], notes: [], rejected: [] });

describe('workspace index: entries', () => {
  it('keeps each actor\'s mentions as the line/character ranges an editor shows, in text order', () => {
    const lines = new LineMap(sampleText);
    const expected = new Map<string, number[]>();
    for (const m of sampleView.mentions) {
      const start = lines.positionAt(m.start);
      const end = lines.positionAt(m.end);
      expected.set(m.actorId, [...(expected.get(m.actorId) ?? []), start.line, start.character, end.line, end.character]);
    }
    assert.ok(expected.size > 3);
    assert.deepEqual(new Map(mentionRanges(sampleView)), expected);
  });

  it('counts lines the way VS Code does (CRLF, CR and LF)', () => {
    const view = buildArticleView('Alpha\r\nBeta\rAlpha\nx Beta', annotationsOf(actor('a', 'Alpha'), actor('b', 'Beta')));
    assert.deepEqual(mentionRanges(view), [['a', [0, 0, 0, 5, 2, 0, 2, 5]], ['b', [1, 0, 1, 4, 3, 2, 3, 6]]]);
  });

  it('hashes contents: any changed byte or a byte moved between the two files changes the hash', () => {
    const a = new TextEncoder().encode('Le ministre a dit.');
    const b = new TextEncoder().encode('actors: {}');
    const base = contentHash([a, b]);
    assert.equal(contentHash([a, b]), base);
    assert.notEqual(contentHash([a.slice(0, -1), new Uint8Array([a[a.length - 1]!, ...b])]), base);
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, delta) => {
      const changed = bytes.slice();
      const i = at % bytes.length;
      changed[i] = (changed[i]! + delta) & 0xff;
      return contentHash([changed]) !== contentHash([bytes]);
    }));
    assert.notEqual(textHash('abc'), textHash('abd'));
  });
});

describe('workspace index: freshness of a persisted entry', () => {
  const readAt = 1_000_000;
  const old = { article: stamp(readAt - 60_000), sidecar: stamp(readAt - 50_000), readAt };

  it('trusts unchanged stamps of files last modified well before they were read', () => {
    assert.equal(freshness(old, { article: old.article, sidecar: old.sidecar }), 'fresh');
  });

  it('reads again a file whose mtime or size moved', () => {
    assert.equal(freshness(old, { article: stamp(readAt - 60_000, 101), sidecar: old.sidecar }), 'changed');
    assert.equal(freshness(old, { article: old.article, sidecar: stamp(readAt + 5) }), 'changed');
  });

  it('checks by content a stamp too close to the read to prove anything (racy entry)', () => {
    const racy = { ...old, sidecar: stamp(readAt - RACY_MARGIN_MS + 1) };
    assert.equal(freshness(racy, { article: racy.article, sidecar: racy.sidecar }), 'verify');
  });

  it('property: a moved stamp is never fresh; an unmoved one is fresh exactly when both mtimes are older than the margin', () => {
    const stampArb = fc.record({ mtime: fc.integer({ min: 0, max: 2_000_000 }), size: fc.nat(1000) });
    fc.assert(fc.property(stampArb, stampArb, stampArb, stampArb, fc.integer({ min: 0, max: 2_000_000 }), (a, s, a2, s2, at) => {
      const result = freshness({ article: a, sidecar: s, readAt: at }, { article: a2, sidecar: s2 });
      const moved = a.mtime !== a2.mtime || a.size !== a2.size || s.mtime !== s2.mtime || s.size !== s2.size;
      if (moved) return result === 'changed';
      return result === (Math.max(a.mtime, s.mtime) < at - RACY_MARGIN_MS ? 'fresh' : 'verify');
    }));
  });
});

const nameArb = fc.stringMatching(/^[A-Za-zÉéè][a-zéè]{1,8}( [A-Z][a-z]{1,8})?$/);
const actorArb = fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), name: nameArb, aliases: fc.array(nameArb, { maxLength: 2 }) })
  .map(({ id, name, aliases }) => actor(id, name, aliases));
const entryArb = fc.record({
  key: fc.webUrl(),
  article: fc.record({ mtime: fc.nat(), size: fc.nat() }),
  sidecar: fc.record({ mtime: fc.nat(), size: fc.nat() }),
  hash: fc.stringMatching(/^[0-9a-f]{16}$/),
  readAt: fc.nat(),
  writable: fc.boolean(),
  annotations: fc.uniqueArray(actorArb, { selector: (a) => a.id, maxLength: 4 }).map((actors) => annotationsOf(...actors)),
  mentions: fc.array(fc.tuple(fc.string(), fc.array(fc.nat(), { maxLength: 3 }).map((n) => n.flatMap((x) => [x, x, x + 1, 0])))),
});
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const entriesArb = fc.uniqueArray(entryArb, { selector: (e) => e.key, maxLength: 6 });

describe('workspace index: the persisted cache', () => {
  it('property: serialise then parse gives the entries back', () => {
    fc.assert(fc.property(entriesArb, fc.string(), (entries, environment) => {
      const parsed = parseIndexCache(serializeIndexCache({ environment, entries }), environment);
      assert.ok(parsed.ok);
      // fast-check may make objects without a prototype; the cache gives plain ones.
      assert.deepEqual(parsed.entries, plain(entries));
    }));
  });

  it('property: a cache cut short or with one character changed is discarded, never trusted', () => {
    fc.assert(fc.property(entriesArb.filter((e) => e.length > 0), fc.nat(), fc.boolean(), (entries, at, cut) => {
      const text = serializeIndexCache({ environment: 'env', entries });
      const i = at % text.length;
      const damaged = cut ? text.slice(0, i) : `${text.slice(0, i)}${text[i] === '0' ? '1' : '0'}${text.slice(i + 1)}`;
      const parsed = parseIndexCache(damaged, 'env');
      // A change that leaves the JSON meaning the same (e.g. inside the header's whitespace) may parse; it must then be the same entries.
      if (parsed.ok) assert.deepEqual(parsed.entries, plain(entries));
    }));
    const text = serializeIndexCache({ environment: 'env', entries: [entryOf('file:///a.txt', sampleText, sampleAnnotations)] });
    assert.deepEqual(parseIndexCache(text.slice(0, -10), 'env'), { ok: false, reason: 'checksum mismatch (truncated or edited)' });
  });

  it('leaves the empty lists of actors out of the file and puts them back', () => {
    const entries = [entryOf('file:///a.txt', 'Alpha et Beta.', annotationsOf(actor('a', 'Alpha'), actor('b', 'Beta', ['B.'])))];
    const text = serializeIndexCache({ environment: 'env', entries });
    assert.doesNotMatch(text, /"added":\[\]/);
    assert.match(text, /"aliases":\["B\."\]/);
    const parsed = parseIndexCache(text, 'env');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.entries, entries);
  });

  it('discards a cache of another version, format or environment, and an entry of the wrong shape', () => {
    const entries = [entryOf('file:///a.txt', sampleText, sampleAnnotations)];
    const text = serializeIndexCache({ environment: 'env', entries });
    assert.equal(parseIndexCache(text, 'other').ok, false);
    assert.equal(parseIndexCache(text.replace('"version":1', '"version":2'), 'env').ok, false);
    assert.equal(parseIndexCache(text.replace('marginalia-workspace-index', 'something-else'), 'env').ok, false);
    assert.equal(parseIndexCache('', 'env').ok, false);
    assert.equal(parseIndexCache('{}\n[]', 'env').ok, false);
    // Well-formed JSON with a valid checksum but an entry missing its annotations: discarded.
    const partial: Record<string, unknown> = { ...entries[0]! };
    delete partial.annotations;
    const body = JSON.stringify([partial]);
    const forged = `${JSON.stringify({ format: CACHE_FORMAT, version: CACHE_VERSION, environment: 'env', checksum: textHash(body), count: 1 })}\n${body}`;
    assert.deepEqual(parseIndexCache(forged, 'env'), { ok: false, reason: 'malformed entry' });
  });
});

describe('workspace index: symbols and references from the inverted index', () => {
  const texts = [
    'Camille Dufresne a parlé. Puis Dufresne est partie à Lyon.',
    'À Lyon, rien. Le maire Jean Roux se tait.',
    'Jean Roux et Camille Dufresne, encore.',
  ];
  const annotations = [
    annotationsOf(actor('camille-dufresne', 'Camille Dufresne', ['Dufresne']), { ...actor('lyon', 'Lyon'), type: 'place' }),
    annotationsOf({ ...actor('lyon', 'Lyon'), type: 'place' }, actor('jean-roux', 'Jean Roux')),
    annotationsOf(actor('jean-roux', 'Jean Roux'), actor('camille-dufresne', 'Camille Dufresne'), actor('absent', 'Personne Ici')),
  ];
  const keys = texts.map((_, i) => `file:///a${i}.txt`);
  const views = texts.map((t, i) => buildArticleView(t, annotations[i]!));
  const build = () => {
    const index = new ActorIndex();
    keys.forEach((key, i) => index.set(entryOf(key, texts[i]!, annotations[i]!)));
    return index;
  };
  const asRanges = (key: string, spans: readonly { start: number; end: number }[]) => {
    const lines = new LineMap(texts[keys.indexOf(key)]!);
    return spans.flatMap((s) => [lines.positionAt(s.start), lines.positionAt(s.end)]).flatMap((p) => [p.line, p.character]);
  };

  it('answers references as navigation does over full views', () => {
    const index = build();
    for (const id of ['camille-dufresne', 'lyon', 'jean-roux', 'absent']) {
      const expected = occurrencesAcross(keys.map((key, i) => ({ key, view: views[i]! })), id).map((o) => ({ key: o.key, ranges: asRanges(o.key, o.mentions) }));
      const actual = index.references(id).sort((a, b) => a.key.localeCompare(b.key));
      assert.deepEqual(actual, expected, id);
    }
  });

  it('answers symbol queries as findActors does over full views (same article and actor pairs, same first mention)', () => {
    const index = build();
    for (const query of ['', 'duf', 'jr', 'LYON', 'étéx', 'ici']) {
      const expected = findActors(keys.map((key, i) => ({ key, view: views[i]! })), query)
        .map((h) => `${h.key} ${h.actor.id} ${h.first ? asRanges(h.key, [h.first]).join(',') : '-'}`).sort();
      const actual = index.search(query).map((h) => `${h.key} ${h.actor.id} ${h.first ? h.first.join(',') : '-'}`).sort();
      assert.deepEqual(actual, expected, query);
    }
  });

  it('lists a shared actor only where it is mentioned, and one mentioned nowhere once, from the shared file', () => {
    const index = build();
    // As if the three articles listed Lyon and "Personne Ici" because the workspace shares them.
    const shared = new Set(['lyon', 'absent']);
    assert.deepEqual(index.search('lyon', shared).map((h) => h.key).sort(), index.references('lyon').map((r) => r.key).sort());
    assert.deepEqual(index.search('ici', shared), [], 'never mentioned: no article hit');
    assert.deepEqual(index.search('ici').map((h) => h.key), [keys[2]], 'an article\'s own unmentioned actor stays a hit');
    const sharedActors = [actor('lyon', 'Lyon'), actor('absent', 'Personne Ici'), actor('nowhere', 'Jamais Vu')];
    assert.deepEqual(index.unmentioned('', sharedActors).map((a) => a.id), ['absent', 'nowhere']);
    assert.deepEqual(index.unmentioned('jamais', sharedActors).map((a) => a.id), ['nowhere']);
  });

  it('forgets an article removed or replaced, and counts an actor elsewhere', () => {
    const index = build();
    assert.deepEqual([...index.articlesWith('lyon')].sort(), [keys[0], keys[1]]);
    assert.deepEqual(index.countsElsewhere('camille-dufresne', keys[0]!), { articles: 1, mentions: 1 });
    // Listed in the third article but never mentioned there (a shared actor is listed everywhere): not counted.
    assert.deepEqual(index.countsElsewhere('absent', keys[0]!), { articles: 0, mentions: 0 });
    index.delete(keys[1]!);
    assert.deepEqual([...index.articlesWith('lyon')], [keys[0]]);
    assert.deepEqual(index.search('roux').map((h) => h.key), [keys[2]]);
    index.set(entryOf(keys[0]!, texts[0]!, annotationsOf(actor('other', 'Autre'))));
    assert.deepEqual([...index.articlesWith('lyon')], []);
    assert.deepEqual(index.search('lyon'), []);
    assert.equal(index.size, 2);
  });
});

describe('workspace index: the views built on demand', () => {
  const viewOf = (text: string) => buildArticleView(text, annotationsOf(actor('a', 'Alpha')));

  it('gives a view back only for the contents it was built from', () => {
    const cache = new ViewCache(1000);
    const view = viewOf('Alpha parle.');
    cache.set('k', 'h1', view);
    assert.equal(cache.get('k', 'h1'), view);
    assert.equal(cache.get('k', 'h2'), undefined);
    cache.delete('k');
    assert.equal(cache.peek('k'), undefined);
  });

  it('drops the least recently used views once their texts exceed the budget, never the one just added', () => {
    const cache = new ViewCache(25);
    const views = ['Alpha un.', 'Alpha deux.', 'Alpha trois.'].map(viewOf);
    cache.set('1', 'h', views[0]!);
    cache.set('2', 'h', views[1]!);
    assert.equal(cache.get('1', 'h'), views[0]); // 1 is now the most recent
    cache.set('3', 'h', views[2]!); // 9 + 11 + 12 > 25: the least recent (2) goes
    assert.equal(cache.peek('2'), undefined);
    assert.equal(cache.peek('1'), views[0]);
    assert.equal(cache.peek('3'), views[2]);
    const huge = viewOf('Alpha '.repeat(10));
    cache.set('4', 'h', huge);
    assert.equal(cache.peek('4'), huge);
    assert.equal(cache.peek('1'), undefined);
  });
});
