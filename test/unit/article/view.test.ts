import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { applyTextChange, refreshStaleAnchors } from '../../../src/core/article/edit';
import { buildArticleView, mentionAt, mentionsIn, withMentions } from '../../../src/core/article/view';
import { createAnchor } from '../../../src/core/anchoring';
import { findNames } from '../../../src/core/matching';
import type { Annotations } from '../../../src/core/model';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';

const samples = path.join(__dirname, '../../fixtures/samples');
const article = readFileSync(path.join(samples, 'bostyn-rabat.txt'), 'utf8');
const sidecar = parseSidecar(readFileSync(path.join(samples, 'bostyn-rabat.txt.ann.yaml'), 'utf8'));

describe('article view', () => {
  it('places every stored span of the sample sidecar exactly and derives the mentions', () => {
    const view = buildArticleView(article, sidecar.annotations);
    assert.deepEqual(view.placed.filter((p) => p.resolution.kind !== 'exact').map((p) => p.anchor.text), []);
    const bostyn = view.mentions.filter((m) => m.actorId === 'francisca-bostyn').map((m) => article.slice(m.start, m.end));
    assert.deepEqual(bostyn, ['Francisca Bostyn', 'directrice', 'Francisca Bostyn']);
    const at = article.indexOf('Al-Qaïda') + 3;
    assert.equal(mentionAt(view, at)?.actorId, 'al-qaida');
  });

  it('lists only the mentions of a window', () => {
    const view = buildArticleView(article, sidecar.annotations);
    const window = { start: article.indexOf('Du point de vue'), end: article.indexOf('Un partenariat') };
    const inside = mentionsIn(view, window);
    assert.ok(inside.length > 0);
    assert.ok(inside.every((m) => m.end > window.start && m.start < window.end));
    assert.equal(inside.length, view.mentions.filter((m) => m.end > window.start && m.start < window.end).length);
  });

  it('leaves the sidecar byte-identical when a paragraph is typed at the top', () => {
    const written = writeSidecar(sidecar.annotations, sidecar);
    const stale = new Set<string>();
    let view = buildArticleView(article, sidecar.annotations);
    const paragraph = 'Une dépêche ajoutée en tête, sans rapport avec les annotations.\n';
    for (let i = 0; i < paragraph.length; i++) view = applyTextChange(view, { start: i, end: i, text: paragraph[i]! }, stale);
    const annotations = refreshStaleAnchors(view, stale);
    assert.equal(annotations, sidecar.annotations);
    assert.equal(writeSidecar(annotations, sidecar), written);
    assert.ok(view.placed.every((p) => p.resolution.kind === 'exact'));
  });

  it('rewrites only the entry whose passage was edited', () => {
    const stale = new Set<string>();
    let view = buildArticleView(article, sidecar.annotations);
    const at = article.indexOf('directrice de la sûreté') + 'direc'.length;
    view = applyTextChange(view, { start: at, end: at + 1, text: 'T' }, stale);
    const annotations = refreshStaleAnchors(view, stale);
    assert.deepEqual(annotations.actors.find((a) => a.id === 'francisca-bostyn')?.added.map((a) => a.text), ['direcTrice']);
    const before = writeSidecar(sidecar.annotations, sidecar).split('\n');
    const after = writeSidecar(annotations, sidecar).split('\n');
    const changed = after.filter((line, i) => line !== before[i]);
    assert.equal(changed.length, 1, `changed lines: ${changed.join(' | ')}`);
  });

  it('finds orphans again when an edit brings their text back (delete a passage, undo)', () => {
    const stale = new Set<string>();
    const original = buildArticleView(article, sidecar.annotations);
    const start = article.indexOf('Du point de vue');
    const end = article.indexOf('Un partenariat');
    const passage = article.slice(start, end);
    const cut = applyTextChange(original, { start, end, text: '' }, stale);
    const orphans = cut.placed.filter((p) => p.resolution.kind === 'orphan').length;
    assert.ok(orphans > 0, 'deleting the passage orphans what it held');
    // Typing elsewhere does not look for them (nothing there could contain their text).
    const typed = applyTextChange(cut, { start: 0, end: 0, text: 'x' }, stale);
    assert.equal(typed.placed.filter((p) => p.resolution.kind === 'orphan').length, orphans);
    const restored = applyTextChange(typed, { start: start + 1, end: start + 1, text: passage }, stale);
    const rebuilt = buildArticleView(restored.text, sidecar.annotations);
    assert.deepEqual(restored.placed.map((p) => p.resolution), rebuilt.placed.map((p) => p.resolution));
    assert.deepEqual(restored.mentions, rebuilt.mentions);
  });

  it('keeps name matches equal to a full scan after any sequence of edits', () => {
    const words = ['Rabat', 'le', 'Sahel', 'Al-Qaïda', 'État', 'islamique', 'Bostyn', 'Francisca', ' ', ' ', ',', '\n', 'é', 'la', 'Libre', 'La'];
    const annotations: Annotations = {
      actors: [
        { id: 'a', type: 'person', name: 'Francisca Bostyn', aliases: ['Bostyn'], added: [], excluded: [] },
        { id: 'b', type: 'organization', name: 'État islamique', aliases: ['La Libre'], added: [], excluded: [] },
        { id: 'c', type: 'place', name: 'Sahel', aliases: ['le Sahel', 'Rabat'], added: [], excluded: [] },
        { id: 'd', type: 'organization', name: 'Al-Qaïda', aliases: [], added: [], excluded: [] },
      ],
      quotations: [], topics: [], notes: [], rejected: [],
    };
    const piece = fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 5, maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat(8), piece), { maxLength: 12 }), (start, edits) => {
        let view = buildArticleView(start.join(' '), annotations);
        for (const [at, length, text] of edits) {
          const from = at % (view.text.length + 1);
          const to = Math.min(view.text.length, from + length);
          view = applyTextChange(view, { start: from, end: to, text }, new Set());
          assert.deepEqual(view.nameMatches, findNames(view.nameIndex, view.text));
        }
      }),
      { numRuns: 300 },
    );
  });
  it('keeps mentions equal to a full derivation after any sequence of edits, with added and excluded spans', () => {
    const words = ['Rabat', 'le', 'Sahel', 'Bostyn', 'Francisca', 'elle', 'il', ' ', ',', '\n', 'é'];
    const piece = fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((p) => p.join(''));
    const spanOf = (text: string, n: number, length: number) => {
      const start = n % Math.max(1, text.length - 1);
      return { start, end: Math.min(text.length, start + 1 + (length % 30)) };
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 5, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(8), piece), { maxLength: 12 }),
        (start, stored, edits) => {
          const text = start.join(' ');
          const anchorsOf = (excluded: boolean) => stored.filter(([, , e]) => e === excluded).map(([n, l]) => createAnchor(text, spanOf(text, n, l)));
          const annotations: Annotations = {
            actors: [
              { id: 'a', type: 'person', name: 'Francisca Bostyn', aliases: ['Bostyn', 'elle'], added: anchorsOf(false), excluded: [] },
              { id: 'c', type: 'place', name: 'Sahel', aliases: ['le Sahel', 'Rabat'], added: [], excluded: anchorsOf(true) },
            ],
            quotations: [], topics: [], notes: [], rejected: [],
          };
          let view = buildArticleView(text, annotations);
          for (const [at, length, inserted] of edits) {
            const from = at % (view.text.length + 1);
            const to = Math.min(view.text.length, from + length);
            view = applyTextChange(view, { start: from, end: to, text: inserted }, new Set());
            assert.deepEqual(view.mentions, withMentions(view).mentions);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
