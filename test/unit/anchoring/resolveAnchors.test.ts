import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnchors, resolveAnchors, type Resolution } from '../../../src/core/anchoring';
import type { Span } from '../../../src/core/model';
import { applyToText, arbitraryEdits, arbitraryText, changeFor, spanFrom } from './arbitraries';

const ARTICLE = readFileSync(join(__dirname, '../../fixtures/samples/bostyn-rabat.txt'), 'utf8');
const PHRASES = [
  'Francisca Bostyn', 'VSSE', 'Rabat', 'Belgique', 'Sahel', 'Al-Qaïda', 'La Libre',
  'ce que la Syrie et l’Irak ont été', 'Foreign Fighters', 'Paul Van Tigchelt',
];

function spansOf(text: string): Span[] {
  return PHRASES.filter((p) => text.includes(p)).map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }));
}

function covered(text: string, r: Resolution): string | undefined {
  return r.kind === 'orphan' ? undefined : text.slice(r.span.start, r.span.end);
}

const paragraphs = ARTICLE.split('\n');

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

describe('resolveAnchors on the sample article', () => {
  const spans = spansOf(ARTICLE);
  const anchors = createAnchors(ARTICLE, spans);
  const phrases = spans.map((s) => ARTICLE.slice(s.start, s.end));

  it('has the phrases it tests', () => {
    assert.ok(spans.length >= 8, `found ${spans.length}`);
  });

  it('finds every annotation exactly after a paragraph is inserted at the top', () => {
    const edited = 'Un nouveau chapeau, ajouté par la rédaction, précède désormais l’article.\n' + ARTICLE;
    for (const options of [{}, { hints: spans.map((s) => s.start) }]) {
      const resolved = resolveAnchors(edited, anchors, options);
      resolved.forEach((r, i) => {
        assert.equal(r.kind, 'exact');
        assert.equal(covered(edited, r), phrases[i]);
        assert.equal(r.kind === 'exact' && r.span.start, spans[i].start + edited.length - ARTICLE.length);
      });
    }
  });

  it('finds every annotation exactly after a conversion to CRLF', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const resolved = resolveAnchors(crlf, anchors);
    resolved.forEach((r, i) => {
      assert.equal(r.kind, 'exact');
      assert.equal(covered(crlf, r), phrases[i]);
    });
  });

  it('follows annotations into two paragraphs that swapped places', () => {
    const [first, second, ...rest] = paragraphs;
    const swapped = [second, first, ...rest].join('\n');
    for (const options of [{}, { hints: spans.map((s) => s.start) }]) {
      resolveAnchors(swapped, anchors, options).forEach((r, i) => {
        assert.equal(r.kind, 'exact', JSON.stringify(r));
        assert.equal(covered(swapped, r), phrases[i]);
        const movedFrom = spans[i].start < first.length + 1 ? 'first' : spans[i].start < first.length + second.length + 2 ? 'second' : 'rest';
        const offset = movedFrom === 'first' ? second.length + 1 : movedFrom === 'second' ? -(first.length + 1) : 0;
        assert.equal(r.kind === 'exact' && r.span.start, spans[i].start + offset);
      });
    }
  });

  it('flags an annotation whose text got a typo, and leaves the others exact', () => {
    const edited = ARTICLE.replace('Francisca Bostyn', 'Francisca Bostin');
    const resolved = resolveAnchors(edited, anchors);
    const typo = resolved[0];
    assert.equal(typo.kind, 'approximate');
    assert.ok(typo.kind === 'approximate' && typo.score < 1 && typo.score > 0.75);
    assert.equal(covered(edited, typo), 'Francisca Bostin');
    assert.ok(resolved.slice(1).every((r) => r.kind === 'exact'));
  });

  it('orphans an annotation whose passage was deleted, with a reason', () => {
    const passage = paragraphs.find((p) => p.includes('ce que la Syrie'));
    assert.ok(passage);
    const edited = ARTICLE.replace(passage + '\n', '');
    const index = phrases.indexOf('ce que la Syrie et l’Irak ont été');
    for (const options of [{}, { hints: spans.map((s) => s.start) }]) {
      const r = resolveAnchors(edited, anchors, options)[index];
      assert.equal(r.kind, 'orphan');
      assert.ok(r.kind === 'orphan' && r.reason.length > 0);
    }
  });

  it('orphans rather than guesses between two equally good places far from any hint', () => {
    const text = 'x. A. La directrice a parlé. B. x. A. La directrice a parlé. B. x.';
    const [anchor] = createAnchors('Z A. La directrice a parlé. B. W', [{ start: 5, end: 26 }]);
    const at = text.lastIndexOf('La directrice a parlé');
    const second = { start: at, end: at + 'La directrice a parlé'.length };
    assert.equal(text.slice(second.start, second.end), 'La directrice a parlé');
    const r = resolveAnchors(text, [anchor])[0];
    assert.equal(r.kind, 'orphan');
    assert.match(r.kind === 'orphan' ? r.reason : '', /ambiguous/);
    const hinted = resolveAnchors(text, [anchor], { hints: [second.start + 2] })[0];
    assert.equal(hinted.kind, 'approximate');
    assert.deepEqual(hinted.kind === 'approximate' && hinted.span, second);
  });

  it('honours the threshold', () => {
    const edited = ARTICLE.replace('Francisca Bostyn', 'Franziska Bostijn');
    assert.equal(resolveAnchors(edited, anchors, { threshold: 0.99 })[0].kind, 'orphan');
    assert.equal(resolveAnchors(edited, anchors, { threshold: 0.5 })[0].kind, 'approximate');
  });
});

describe('resolveAnchors after random edits', () => {
  it('property: annotations whose text no edit touched are back in place or flagged, never silently wrong', () => {
    fc.assert(fc.property(arbitraryText(50), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), arbitraryEdits,
      (initial, pairs, edits) => {
        const spans = pairs.map(([a, b]) => spanFrom(initial, a, b)).filter((s) => s !== undefined);
        const anchors = createAnchors(initial, spans);
        let text = initial;
        let truth: (Span | undefined)[] = spans;
        for (const edit of edits) {
          const c = changeFor(text, edit);
          // The true new place, tracked without the code under test; undefined once touched.
          truth = truth.map((s) => {
            if (!s) return undefined;
            const touched = c.start === c.end ? c.start > s.start && c.start < s.end : c.start < s.end && c.end > s.start;
            if (touched) return undefined;
            const delta = c.text.length - (c.end - c.start);
            return c.end <= s.start ? { start: s.start + delta, end: s.end + delta } : s;
          });
          text = applyToText(text, c);
        }
        for (const options of [{}, { hints: spans.map((s) => s.start) }]) {
          resolveAnchors(text, anchors, options).forEach((r, i) => {
            const expected = truth[i];
            if (r.kind !== 'exact') return; // flagged or orphan: never silent
            if (expected && !sameSpan(r.span, expected)) {
              // The one excusable case: the edits made a second perfect copy of the anchor
              // (text and whole context), and the hint chose the copy. Without a hint, two
              // copies are an ambiguous orphan, never the first one silently.
              assert.ok('hints' in options, `annotation ${i} exact at a wrong place without a hint`);
              const folded = text.replace(/\r\n/g, '\n');
              const whole = anchors[i].before + anchors[i].text + anchors[i].after;
              assert.notEqual(folded.indexOf(whole), folded.lastIndexOf(whole), `annotation ${i} exact at a wrong place`);
            }
            else assert.equal(text.slice(r.span.start, r.span.end).replace(/\r\n/g, '\n'), anchors[i].text, 'exact means the exact text');
          });
        }
      }), { numRuns: 400 });
  });
});
