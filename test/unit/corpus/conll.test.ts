import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { bioTokens, formatConll, spansFromTags, tagName } from '../../../src/core/corpus/conll';
import { articleRows, type MentionRow } from '../../../src/core/corpus/rows';
import type { Annotations } from '../../../src/core/model';
import { at, fixtureView, TEXT } from './corpusFixture';

describe('CoNLL / BIO export', () => {
  const { mentions } = articleRows('brest.txt', fixtureView());

  it('tags tokens B-/I- by actor type and O elsewhere, with CoNLL-2003 names for persons, organizations and places', () => {
    const tokens = bioTokens(TEXT, mentions).sentences.flat();
    const tagged = tokens.filter((t) => t.tag !== 'O').map((t) => `${t.text}/${t.tag}`);
    assert.deepEqual(tagged.slice(0, 5), ['Léa/B-PER', 'Martin/I-PER', 'Brest/B-LOC', 'la/B-ORG', 'Cour/I-ORG']);
    assert.equal(tagName('date'), 'DATE');
    assert.equal(tagName('misc'), 'MISC');
  });

  it('gives the mentions back from the tags (round trip)', () => {
    const article = bioTokens(TEXT, mentions);
    assert.deepEqual(article.dropped, []);
    assert.deepEqual(
      spansFromTags(article.sentences.flat()),
      mentions.map((m) => ({ start: m.offsets.start, end: m.offsets.end, type: tagName(m.actorType) })),
    );
  });

  it('cuts a token where a mention starts or ends inside it, so the round trip holds', () => {
    const text = "Selon l'ONU, Brestois et Brest's port.";
    const annotations: Annotations = {
      actors: [
        { id: 'onu', type: 'organization', name: 'ONU', aliases: [], added: [], excluded: [] },
        { id: 'brest', type: 'place', name: 'Brest', aliases: [], added: [at('Brest', text.replace('Brestois', 'xxxxxxxx'))], excluded: [] },
      ],
      quotations: [], topics: [], notes: [], rejected: [],
    };
    const rows = articleRows('x.txt', fixtureView(annotations, text)).mentions;
    const article = bioTokens(text, rows);
    assert.deepEqual(spansFromTags(article.sentences.flat()), rows.map((m) => ({ start: m.offsets.start, end: m.offsets.end, type: tagName(m.actorType) })));
    assert.ok(article.sentences.flat().some((t) => t.text === 'ONU' && t.tag === 'B-ORG'));
  });

  it('splits sentences at line breaks and after a final period before a capital, never inside a name', () => {
    const text = 'Il pleut. Demain il fera beau.\nM. Dupont arrive';
    const annotations: Annotations = {
      actors: [{ id: 'dupont', type: 'person', name: 'M. Dupont', aliases: [], added: [], excluded: [] }],
      quotations: [], topics: [], notes: [], rejected: [],
    };
    const article = bioTokens(text, articleRows('x.txt', fixtureView(annotations, text)).mentions);
    assert.deepEqual(article.sentences.map((s) => s.map((t) => t.text).join(' ')), ['Il pleut .', 'Demain il fera beau .', 'M . Dupont arrive']);
  });

  it('drops the later of two overlapping hand-added mentions and says so', () => {
    const text = 'La Banque de France a parlé.';
    const annotations: Annotations = {
      actors: [
        { id: 'bdf', type: 'organization', name: 'BdF', aliases: [], added: [at('Banque de France', text)], excluded: [] },
        { id: 'france', type: 'place', name: 'FR', aliases: [], added: [at('France', text)], excluded: [] },
      ],
      quotations: [], topics: [], notes: [], rejected: [],
    };
    const rows = articleRows('x.txt', fixtureView(annotations, text)).mentions;
    const article = bioTokens(text, rows);
    assert.deepEqual(article.dropped.map((m) => m.actorId), ['france']);
    assert.deepEqual(spansFromTags(article.sentences.flat()).map((s) => text.slice(s.start, s.end)), ['Banque de France']);
  });

  it('writes one token and tag per line, a blank line after each sentence, -DOCSTART- before each article', () => {
    const out = formatConll([bioTokens('Brest. Oui.', [])]);
    assert.equal(out, '-DOCSTART-\tO\n\nBrest\tO\n.\tO\n\nOui\tO\n.\tO\n\n');
  });
});

describe('CoNLL / BIO round trip (property)', () => {
  it('gives back every mention of any text, wherever its boundaries fall inside tokens', () => {
    const word = fc.constantFrom('Léa', 'Martin', "l'ONU", 'Brest,', '«', '»', 'a-t-elle', 'U.S.', '🎉', '42', '.', 'Dit', 'que');
    const sample = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '\n', '')), { minLength: 1, maxLength: 25 }).chain((parts) => {
      const text = parts.map(([w, s]) => w + s).join('');
      const offset = fc.integer({ min: 0, max: text.length });
      return fc.record({ text: fc.constant(text), cuts: fc.array(fc.tuple(offset, offset), { maxLength: 6 }) });
    });
    fc.assert(fc.property(sample, ({ text, cuts }) => {
      // non-overlapping spans, trimmed of whitespace, not splitting a surrogate pair
      const spans: { start: number; end: number }[] = [];
      for (const [a, b] of cuts) {
        let start = Math.min(a, b);
        let end = Math.max(a, b);
        while (start < end && /\s/u.test(text[start]!)) start++;
        while (end > start && /\s/u.test(text[end - 1]!)) end--;
        if (start === end || /[\uDC00-\uDFFF]/.test(text[start] ?? '') || /[\uDC00-\uDFFF]/.test(text[end] ?? '')) continue;
        if (spans.some((s) => s.start < end && start < s.end)) continue;
        spans.push({ start, end });
      }
      const mentions: MentionRow[] = spans.map((s, i) => ({
        kind: 'mention', article: 'x', text: text.slice(s.start, s.end), offsets: { ...s, startCodePoint: 0, endCodePoint: 0 },
        actorId: `a${i}`, actorName: `a${i}`, actorType: i % 2 ? 'person' : 'place', properties: {}, source: 'added',
      }));
      const article = bioTokens(text, mentions);
      const expected = [...mentions].sort((x, y) => x.offsets.start - y.offsets.start).map((m) => ({ start: m.offsets.start, end: m.offsets.end, type: tagName(m.actorType) }));
      // adjacent mentions stay apart: the second one starts with its own B- tag
      assert.deepEqual(spansFromTags(article.sentences.flat()), expected);
      for (const token of article.sentences.flat()) assert.equal(text.slice(token.start, token.end), token.text);
    }));
  });
});
