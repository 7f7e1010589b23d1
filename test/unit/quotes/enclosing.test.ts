import { strict as assert } from 'node:assert';
import { enclosingQuotation } from '../../../src/core/quotes/enclosing';

function around(text: string, cursorAfter: string): string | undefined {
  const span = enclosingQuotation(text, text.indexOf(cursorAfter) + cursorAfter.length);
  return span && text.slice(span.start, span.end);
}

describe('the quotation under the cursor', () => {
  it('finds French guillemets with narrow no-break spaces', () => {
    const text = 'Il a dit\u202f: «\u202fnous partons\u202f», puis rien.';
    assert.equal(around(text, 'nous'), '«\u202fnous partons\u202f»');
  });

  it('returns the innermost of nested quotations', () => {
    const text = '« Il a crié “au secours” devant nous », dit-elle.';
    assert.equal(around(text, 'au sec'), '“au secours”');
    assert.equal(around(text, 'devant'), '« Il a crié “au secours” devant nous »');
  });

  it('pairs German marks and straight quotes', () => {
    assert.equal(around('Er sagte „Wir kommen“ und ging.', 'Wir'), '„Wir kommen“');
    assert.equal(around('She said "we are leaving" today.', 'we are'), '"we are leaving"');
  });

  it('finds nothing outside a quotation or across a paragraph', () => {
    assert.equal(around('Pas de citation ici.', 'citation'), undefined);
    assert.equal(around('«ouverte\nfermée»', 'ouv'), undefined);
  });
});
