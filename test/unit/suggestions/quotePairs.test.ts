import { strict as assert } from 'node:assert';
import { findQuotedPassages } from '../../../src/core/suggestions/quotations/quotePairs';

/** The quoted passages of `text`, as the strings they cover. */
function quoted(text: string): string[] {
  return findQuotedPassages(text).map((p) => text.slice(p.start, p.end));
}

describe('quotation marks: pairing', () => {
  it('pairs French guillemets with narrow no-break spaces', () => {
    const text = 'Le ministre a déclaré\u00a0: «\u202fNous resterons vigilants\u202f», selon Le Soir.';
    assert.deepEqual(quoted(text), ['«\u202fNous resterons vigilants\u202f»']);
    const [passage] = findQuotedPassages(text);
    assert.equal(text.slice(passage!.inner.start, passage!.inner.end), 'Nous resterons vigilants');
  });

  it('pairs German » « and „ “ and English “ ” and ‹ ›', () => {
    assert.deepEqual(quoted('Er sagte: »Wir kommen wieder«, und ging.'), ['»Wir kommen wieder«']);
    assert.deepEqual(quoted('„Das ist falsch“, sagte Müller.'), ['„Das ist falsch“']);
    assert.deepEqual(quoted('“We will be back,” said the minister.'), ['“We will be back,”']);
    assert.deepEqual(quoted('Il a parlé de ‹ mensonge ›.'), ['‹ mensonge ›']);
  });

  it('pairs straight double quotes but not inches', () => {
    assert.deepEqual(quoted('The 12" screen was called "a marvel" by critics.'), ['"a marvel"']);
  });

  it('tells apostrophes from single quotation marks', () => {
    assert.deepEqual(quoted("l’État n’a pas répondu"), []);
    assert.deepEqual(quoted('He called it ‘a disgrace’ and didn’t stop.'), ['‘a disgrace’']);
    assert.deepEqual(quoted("She said 'no' to the students' union."), ["'no'"]);
  });

  it('finds nested quotations with their depth', () => {
    const text = '„Er sagte mir: ‚Ich komme‘, und kam nicht“, erklärte sie.';
    const passages = findQuotedPassages(text);
    assert.deepEqual(passages.map((p) => [text.slice(p.start, p.end), p.depth]), [
      ['„Er sagte mir: ‚Ich komme‘, und kam nicht“', 0],
      ['‚Ich komme‘', 1],
    ]);
    const french = '« Il m’a dit « jamais » hier », raconte-t-elle.';
    assert.deepEqual(quoted(french), ['« Il m’a dit « jamais » hier »', '« jamais »']);
  });

  it('keeps a quotation that runs over paragraphs as one passage', () => {
    const text = '“First paragraph of the speech.\n\n“Second paragraph,” she said.';
    const passages = findQuotedPassages(text);
    assert.equal(passages.length, 1);
    assert.equal(passages[0]!.multiParagraph, true);
    assert.equal(text.slice(passages[0]!.start, passages[0]!.end), text.slice(0, text.indexOf('”') + 1));
  });

  it('drops a mark left open at the end of a paragraph', () => {
    assert.deepEqual(quoted('Il a dit « oui.\n\nPuis « non » ensuite.'), ['« non »']);
  });
});

describe('quotePairs: mixed marks', () => {
  it('a German opening mark closed by a straight one', () => {
    const text = 'Er sagte: „Wir kommen morgen wieder", und ging.';
    const found = findQuotedPassages(text);
    assert.deepEqual(found.map((p) => text.slice(p.start, p.end)), ['„Wir kommen morgen wieder"']);
  });
  it('straight marks inside a German quotation still nest', () => {
    const text = '„Sie nannte es "Unsinn" und lachte“, sagte er.';
    const found = findQuotedPassages(text);
    assert.deepEqual(found.map((p) => text.slice(p.start, p.end)), ['„Sie nannte es "Unsinn" und lachte“', '"Unsinn"']);
  });
});
