import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createAnchor, resolveAnchors, type Resolution } from '../../../src/core/anchoring';
import type { Anchor } from '../../../src/core/model';

const SENTENCE = 'Hier, la directrice a parlé au sujet';
const anchor: Anchor = { text: 'la directrice a parlé', before: 'Hier, ', after: ' au sujet' };

function startOf(r: Resolution): number | undefined {
  return r.kind === 'orphan' ? undefined : r.span.start;
}

describe('resolveAnchors never silently takes the first of two copies', () => {
  it('orphans a passage whose text and whole context occur twice (a duplicated paragraph), with no hint', () => {
    const text = `Début.\n${SENTENCE}.\nMilieu.\n${SENTENCE}.\nFin.`;
    const [r] = resolveAnchors(text, [anchor]);
    assert.equal(r.kind, 'orphan');
    assert.match(r.kind === 'orphan' ? r.reason : '', /ambiguous/);
  });

  it('takes the copy at the position hint, whichever copy it is', () => {
    const text = `${'Un paragraphe d’ouverture. '.repeat(40)}\n${SENTENCE}.\n${'Entre les deux. '.repeat(40)}\n${SENTENCE}.\nFin.`;
    const first = text.indexOf(anchor.text);
    const second = text.lastIndexOf(anchor.text);
    for (const copy of [first, second]) {
      const [r] = resolveAnchors(text, [anchor], { hints: [copy] });
      assert.equal(r.kind, 'exact');
      assert.equal(startOf(r), copy);
    }
  });

  it('orphans when the hint is not clearly nearer one copy (the next one less than twice as far)', () => {
    // Hint at 6; copies at 60 and about 100 code units from it: both near, neither clearly nearer.
    const text = `${'x'.repeat(60)}${SENTENCE} ${SENTENCE} et la suite du texte.`;
    const copies = [text.indexOf(anchor.text), text.lastIndexOf(anchor.text)];
    const hint = 6;
    const [near, far] = copies.map((copy) => Math.abs(copy - hint));
    assert.ok(far < 2 * near && far <= 128, `distances ${near} and ${far}`);
    const [r] = resolveAnchors(text, [anchor], { hints: [hint] });
    assert.equal(r.kind, 'orphan', JSON.stringify(r));
  });

  it('property: a passage duplicated whole is an orphan without a hint, and the hinted copy with one', () => {
    const word = fc.constantFrom('la', 'ville', 'directrice', 'a', 'dit', 'que', 'le', 'port', 'sera', 'fermé', 'lundi', 'et');
    const sentence = fc.array(word, { minLength: 3, maxLength: 10 }).map((words) => words.join(' ') + '.');
    fc.assert(fc.property(fc.array(sentence, { minLength: 3, maxLength: 8 }), fc.nat(), fc.nat(), (sentences, pick, where) => {
      const paragraphs = sentences.map((s, i) => `§${i} ${s}`);
      const index = pick % paragraphs.length;
      const original = paragraphs.join('\n');
      const start = original.indexOf(paragraphs[index]);
      const made = createAnchor(original, { start, end: start + paragraphs[index].length });
      // The whole article copied after itself: every passage and its context occur twice.
      const doubled = original + '\n' + original;
      const copies = [start, original.length + 1 + start];
      const whole = made.before + made.text + made.after;
      fc.pre(doubled.indexOf(whole) !== doubled.lastIndexOf(whole));
      const [unhinted] = resolveAnchors(doubled, [made]);
      assert.equal(unhinted.kind, 'orphan', `not the first copy silently: ${JSON.stringify(unhinted)}`);
      const copy = copies[where % 2];
      const [hinted] = resolveAnchors(doubled, [made], { hints: [copy] });
      assert.ok(hinted.kind === 'orphan' || startOf(hinted) === copy, `the hinted copy or none: ${JSON.stringify(hinted)}`);
    }), { numRuns: 200 });
  });
});

describe('resolveAnchors across Unicode normalisation (NFC / NFD)', () => {
  const composed = 'Le président a déclaré à Genève : « Ça suffit ». Émile répondit, ému. Fin de l’été.';
  const decomposed = composed.normalize('NFD');
  const phrases = ['président', 'Ça suffit', 'Émile répondit', 'l’été', 'ému'];

  for (const [written, read] of [[composed, decomposed], [decomposed, composed]] as const) {
    const from = written === composed ? 'NFC' : 'NFD';
    const to = read === composed ? 'NFC' : 'NFD';
    it(`finds anchors written from the ${from} text exactly in the ${to} text, at its own offsets`, () => {
      const anchors = phrases.map((phrase) => {
        const form = phrase.normalize(from);
        const start = written.indexOf(form);
        return createAnchor(written, { start, end: start + form.length });
      });
      for (const options of [{}, { hints: anchors.map(() => 0) }]) {
        resolveAnchors(read, anchors, options).forEach((r, i) => {
          assert.equal(r.kind, 'exact', `${phrases[i]}: ${JSON.stringify(r)}`);
          if (r.kind !== 'exact') return;
          assert.equal(read.slice(r.span.start, r.span.end), phrases[i].normalize(to));
        });
      }
    });
  }

  it('maps a hint in the decomposed text to its place (two equal names told apart by the hint)', () => {
    const text = 'Émile est venu. Plus tard, Émile est reparti.'.normalize('NFD');
    const made = { text: 'Émile', before: '', after: ' est' };
    const second = text.lastIndexOf('Émile'.normalize('NFD'));
    const [r] = resolveAnchors(text, [made], { hints: [second] });
    assert.equal(startOf(r), second);
  });
});
