import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createAnchor, createAnchors, MIN_CONTEXT, normalizeText, resolveAnchors } from '../../../src/core/anchoring';
import { arbitraryText, spanFrom } from './arbitraries';

const ARTICLE = 'Francisca Bostyn, directrice de la sûreté de l’État (VSSE), a effectué une visite à Rabat.\n'
  + 'Selon les médias marocains, l’objectif était de discuter de «\u00a0la nécessité d’élargir\u00a0» la coopération.\n';

function spanOf(text: string, phrase: string, from = 0) {
  const start = text.indexOf(phrase, from);
  assert.ok(start >= 0, `"${phrase}" is in the text`);
  return { start, end: start + phrase.length };
}

describe('createAnchor', () => {
  it('keeps the exact text and at least the minimum context, cut at word boundaries', () => {
    const anchor = createAnchor(ARTICLE, spanOf(ARTICLE, 'VSSE'));
    assert.equal(anchor.text, 'VSSE');
    assert.ok(anchor.before.length >= MIN_CONTEXT && anchor.after.length >= MIN_CONTEXT);
    assert.ok(ARTICLE.includes(anchor.before + anchor.text + anchor.after));
    const start = ARTICLE.indexOf(anchor.before);
    assert.ok(!/\p{L}/u.test(ARTICLE[start - 1] ?? ' '), 'the context does not start inside a word');
    const end = ARTICLE.indexOf(anchor.after) + anchor.after.length;
    assert.ok(!/\p{L}/u.test(ARTICLE[end] ?? ' ') || !/\p{L}/u.test(ARTICLE[end - 1]), 'the context does not end inside a word');
  });

  it('stops the context at the ends of the text', () => {
    const anchor = createAnchor(ARTICLE, spanOf(ARTICLE, 'Francisca Bostyn'));
    assert.equal(anchor.before, '');
  });

  it('grows the context until text and context occur only once', () => {
    const sentence = 'Le ministre de la Justice a parlé de la coopération avec le Maroc. ';
    const text = `${sentence}Premier. ${sentence}Second.`;
    const second = spanOf(text, 'coopération', text.indexOf('Premier'));
    const anchor = createAnchor(text, second);
    const whole = anchor.before + anchor.text + anchor.after;
    assert.equal(text.indexOf(whole), text.lastIndexOf(whole), 'unique');
    assert.ok(anchor.before.length > 2 * MIN_CONTEXT || anchor.after.length > 2 * MIN_CONTEXT);
  });

  it('never splits a surrogate pair or an accent from its letter', () => {
    const text = '😀😀😀😀😀😀😀😀😀😀 mot e\u0301te\u0301 😀😀😀😀😀😀😀😀😀😀';
    const anchor = createAnchor(text, spanOf(text, 'mot'));
    for (const part of [anchor.before, anchor.after]) {
      assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(part), `no lone surrogate in ${JSON.stringify(part)}`);
      assert.ok(!/^\p{M}/u.test(part), 'no leading combining mark');
    }
  });

  it('stores context with LF, so the same span of an LF or a CRLF copy gives the same anchor', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const lf = createAnchor(ARTICLE, spanOf(ARTICLE, 'Rabat'));
    const fromCrlf = createAnchor(crlf, spanOf(crlf, 'Rabat'));
    assert.deepEqual(fromCrlf, lf);
    assert.ok(!fromCrlf.after.includes('\r'));
  });

  it('is deterministic and agrees with the bulk version', () => {
    const spans = ['Francisca', 'VSSE', 'Rabat', 'la nécessité', 'coopération'].map((p) => spanOf(ARTICLE, p));
    assert.deepEqual(createAnchors(ARTICLE, spans), spans.map((s) => createAnchor(ARTICLE, s)));
  });

  it('refuses a span outside the text', () => {
    assert.throws(() => createAnchor('abc', { start: 2, end: 5 }), RangeError);
    assert.throws(() => createAnchor('abc', { start: 2, end: 1 }), RangeError);
  });

  it('counts offsets without the BOM (normalizeText strips it)', () => {
    assert.equal(normalizeText('\ufeffabc'), 'abc');
    assert.equal(normalizeText('abc'), 'abc');
    assert.equal(normalizeText('a\ufeff'), 'a\ufeff');
  });

  it('property: resolving an anchor in its own text gives back the same span exactly', () => {
    fc.assert(fc.property(arbitraryText(), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), (text, pairs) => {
      const spans = pairs.map(([a, b]) => spanFrom(text, a, b)).filter((s) => s !== undefined);
      const anchors = createAnchors(text, spans);
      const withHints = resolveAnchors(text, anchors, { hints: spans.map((s) => s.start) });
      const withoutHints = resolveAnchors(text, anchors);
      spans.forEach((span, i) => {
        assert.deepEqual(withHints[i], { kind: 'exact', span });
        const cold = withoutHints[i];
        if (cold.kind === 'orphan') {
          // Only a pattern repeated even at the longest context may stay ambiguous.
          const whole = anchors[i].before + anchors[i].text + anchors[i].after;
          const folded = text.replace(/\r\n/g, '\n');
          assert.notEqual(folded.indexOf(whole), folded.lastIndexOf(whole), cold.reason);
        } else {
          assert.deepEqual(cold, { kind: 'exact', span });
        }
      });
    }), { numRuns: 300 });
  });

  it('property: an anchor made in a text resolves the same in its CRLF copy', () => {
    fc.assert(fc.property(arbitraryText(), fc.nat(), fc.nat(), (raw, a, b) => {
      const lf = raw.replace(/\r\n/g, '\n');
      const span = spanFrom(lf, a, b);
      if (!span) return;
      const crlf = lf.replace(/\n/g, '\r\n');
      const [resolved] = resolveAnchors(crlf, [createAnchor(lf, span)], { hints: [span.start] });
      assert.equal(resolved.kind, 'exact');
      if (resolved.kind === 'exact') {
        assert.equal(crlf.slice(resolved.span.start, resolved.span.end).replace(/\r\n/g, '\n'), lf.slice(span.start, span.end));
      }
    }), { numRuns: 200 });
  });
});
