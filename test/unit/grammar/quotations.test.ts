import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { INITIAL, type IGrammar } from 'vscode-textmate';
import {
  REPO_ROOT,
  createRegistry,
  grammarContributions,
  hostGrammar,
  nestedRanges,
  quoted,
  quotedRanges,
  tokenizeText,
  type Host,
  type QuotedRange,
} from './quotationTokenizer';
import { BEGIN_MARK_SCOPE, END_MARK_SCOPE } from '../../../syntaxes/quotations.grammar';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/**
 * Asserts that exactly the `expected` passages of `text` carry the quotation scope, in order,
 * at the offsets where they occur (each is looked up after the end of the previous one).
 */
async function expectQuoted(text: string, expected: string[], host: Host = 'plaintext'): Promise<void> {
  assert.deepEqual(await quotedRanges(text, host), locate(text, expected));
}

async function expectNested(text: string, expected: string[], host: Host = 'plaintext'): Promise<void> {
  assert.deepEqual(await nestedRanges(text, host), locate(text, expected));
}

/** VS Code's standard token type (other, comment, string, regex) of every character of a line. */
function standardTokenTypes(grammar: IGrammar, line: string): string[] {
  const { tokens } = grammar.tokenizeLine2(line, INITIAL);
  const names = ['other', 'comment', 'string', 'regex'];
  return Array.from(line, (_, offset) => {
    let metadata = tokens[1];
    for (let i = 0; i < tokens.length && tokens[i] <= offset; i += 2) metadata = tokens[i + 1];
    return names[(metadata & 0x300) >>> 8];
  });
}

function locate(text: string, passages: string[]): QuotedRange[] {
  let from = 0;
  return passages.map((passage) => {
    const start = text.indexOf(passage, from);
    assert.ok(start >= 0, `expected passage not in the text: ${passage}`);
    from = start + passage.length;
    return { start, end: from, text: passage };
  });
}

describe('quotation grammar: styles', () => {
  it('scopes French guillemets with plain, no-break and narrow no-break spaces, or none', async () => {
    const text = `Il a dit « oui », puis «${NBSP}non${NBSP}», puis «${NNBSP}peut-être${NNBSP}» et «enfin».`;
    await expectQuoted(text, ['« oui »', `«${NBSP}non${NBSP}»`, `«${NNBSP}peut-être${NNBSP}»`, '«enfin»']);
  });

  it('scopes reversed guillemets (Danish, German) when the mark touches the quoted text', async () => {
    await expectQuoted('Han sagde »Hej med dig« og gik.', ['»Hej med dig«']);
    await expectQuoted('Er sagte: »Wir kommen.« Dann ging er.', ['»Wir kommen.«']);
  });

  it('does not take a stray French closing » for a reversed opener', async () => {
    await expectQuoted('fin de la citation. » Puis il est parti « ailleurs ».', ['« ailleurs »']);
    await expectQuoted('la fin» : rien', []);
  });

  it('scopes English double quotes', async () => {
    await expectQuoted('She said “we will win” and left.', ['“we will win”']);
  });

  it('scopes German „ “ and Polish „ ” low-high pairs', async () => {
    await expectQuoted('Er sagte „Wir schaffen das“ gestern.', ['„Wir schaffen das“']);
    await expectQuoted('Powiedział „nie wiem” i wyszedł.', ['„nie wiem”']);
  });

  it('closes „ at a straight " too, a common German typing habit', async () => {
    await expectQuoted('Rufe „Tod dem Diktator", die erklangen.', ['„Tod dem Diktator"']);
  });

  it('does not open an English quotation on a German closing “ left over from an earlier line', async () => {
    await expectQuoted('die Wahrheit spricht“ sei kein Grundsatz.\nund erklärte.“ Danach „nichts“.', ['„nichts“']);
  });

  it('scopes single guillemets in both directions', async () => {
    await expectQuoted('Il dit ‹ oui › et ‹non›.', ['‹ oui ›', '‹non›']);
    await expectQuoted('Er sagte ›ja‹ und ging.', ['›ja‹']);
  });

  it('scopes German and Dutch single low quotes', async () => {
    await expectQuoted('Er sagte ‚ja‘ und ging.', ['‚ja‘']);
    await expectQuoted('Hij zei ‚nee’ en ‚het is zo’n dag’ toen.', ['‚nee’', '‚het is zo’n dag’']);
  });

  it('scopes straight double quotes', async () => {
    await expectQuoted('He said "we will win" and "soon".', ['"we will win"', '"soon"']);
  });

  it('scopes English single quotes', async () => {
    await expectQuoted('He said ‘no’ twice.', ['‘no’']);
  });

  it('scopes straight single quotes', async () => {
    await expectQuoted("He said 'no way' twice.", ["'no way'"]);
  });

  it('marks the opening and closing marks as string punctuation', async () => {
    const text = 'a «b» c';
    const tokens = tokenizeText(await hostGrammar('plaintext'), text);
    const at = (offset: number) => tokens.find((t) => t.start <= offset && offset < t.end)!.scopes;
    assert.deepEqual(at(2), ['text.plain.marginalia', 'string.quoted.double.marginalia', BEGIN_MARK_SCOPE]);
    assert.deepEqual(at(3), ['text.plain.marginalia', 'string.quoted.double.marginalia']);
    assert.deepEqual(at(4), ['text.plain.marginalia', 'string.quoted.double.marginalia', END_MARK_SCOPE]);
    assert.deepEqual(at(6), ['text.plain.marginalia']);
  });

  it('uses the double or single scope by the kind of mark', async () => {
    const tokens = tokenizeText(await hostGrammar('plaintext'), '“a” ‘b’');
    assert.ok(tokens[0].scopes.includes('string.quoted.double.marginalia'));
    assert.ok(tokens[tokens.length - 1].scopes.includes('string.quoted.single.marginalia'));
  });
});

describe('quotation grammar: apostrophes and inches', () => {
  it('never opens or closes on a typographic apostrophe between letters', async () => {
    await expectQuoted('la sûreté de l’État, d’élargir, it’s, aujourd’hui', []);
  });

  it('keeps an apostrophe inside a single quotation instead of closing there', async () => {
    await expectQuoted('He said ‘it’s over’ and ‘l’État’ too.', ['‘it’s over’', '‘l’État’']);
  });

  it('closes a single quotation at a ’ that is followed by punctuation or space', async () => {
    await expectQuoted('‘Go home’, she said, ‘now’.', ['‘Go home’', '‘now’']);
  });

  it('ignores straight apostrophes in words and feet marks', async () => {
    await expectQuoted("don't, l'État, aujourd'hui, a 5' pole and 6'2\"", []);
  });

  it('keeps a straight apostrophe inside a straight single quotation', async () => {
    await expectQuoted("'I can't,' she said, 'and I won't.'", ["'I can't,'", "'and I won't.'"]);
  });

  it('does not open a straight single quote that never closes on its line', async () => {
    await expectQuoted("The '90s were loud.\nNext line", []);
    await expectQuoted("He said 'this goes on\nand on' then", []);
  });

  it('does not open a straight double quote on an inch mark', async () => {
    await expectQuoted('a 12" screen and a 15" laptop', []);
    await expectQuoted('"Buy it," he said of the 27" screen.', ['"Buy it,"']);
  });
});

describe('quotation grammar: nesting', () => {
  it('scopes a quotation inside a quotation separately', async () => {
    const text = '« Il a dit “non” puis ‹ peut-être › et fini »';
    await expectQuoted(text, [text]);
    await expectNested(text, ['“non”', '‹ peut-être ›']);
    const tokens = tokenizeText(await hostGrammar('plaintext'), text);
    const inner = tokens.find((t) => text.slice(t.start, t.end) === 'non')!;
    assert.deepEqual(inner.scopes, ['text.plain.marginalia', 'string.quoted.double.marginalia', 'string.quoted.double.nested.marginalia']);
  });

  it('nests single quotes in double ones with apostrophes inside', async () => {
    const text = '“He told me ‘it’s over’ yesterday,” she said.';
    await expectQuoted(text, ['“He told me ‘it’s over’ yesterday,”']);
    await expectNested(text, ['‘it’s over’']);
  });

  it('closes „ at “ rather than opening an English quotation inside it', async () => {
    const text = '„Er sagte ‚nein‘ und ging“ – und “danach” nichts.';
    await expectQuoted(text, ['„Er sagte ‚nein‘ und ging“', '“danach”']);
    await expectNested(text, ['‚nein‘']);
  });

  it('ends a quotation inside a quotation at the end of its line', async () => {
    const text = '« Il a dit “non,\npuis il est parti. »';
    await expectQuoted(text, [text]);
    await expectNested(text, ['“non,']);
  });
});

describe('quotation grammar: paragraphs and unclosed marks (plain text)', () => {
  it('follows a quotation over hard-wrapped lines to its closing mark', async () => {
    const text = 'He said “we will fight on the beaches,\nwe will fight on the landing grounds” and sat.';
    await expectQuoted(text, ['“we will fight on the beaches,\nwe will fight on the landing grounds”']);
  });

  it('follows a straight double quotation over lines within a paragraph', async () => {
    const text = 'He said "we will fight,\nand win" and sat.';
    await expectQuoted(text, ['"we will fight,\nand win"']);
  });

  it('ends each paragraph of a multi-paragraph French quotation where the next reopens with «', async () => {
    const text = '« Premier paragraphe,\nsans fermeture\n« Deuxième paragraphe. »\nAprès la citation.';
    await expectQuoted(text, ['« Premier paragraphe,\nsans fermeture', '« Deuxième paragraphe. »']);
  });

  it('ends each paragraph of a multi-paragraph English quotation (one paragraph per line)', async () => {
    const text = '“The first paragraph ends here.\n“The second one too.\n“The last one closes.”\nThe narrator resumes.';
    await expectQuoted(text, ['“The first paragraph ends here.', '“The second one too.', '“The last one closes.”']);
  });

  it('ends each paragraph of a multi-paragraph quotation at a blank line', async () => {
    const text = '“The first paragraph,\nwrapped over lines.\n\n“The second one, wrapped\nand closed.”\n\nAfter.';
    await expectQuoted(text, ['“The first paragraph,\nwrapped over lines.', '“The second one, wrapped\nand closed.”']);
  });

  it('ends an unclosed quotation at a blank line', async () => {
    await expectQuoted('He said “this never closes\nand goes on\n\nNew paragraph “here”.', [
      '“this never closes\nand goes on',
      '“here”',
    ]);
  });

  it('ends an unclosed quotation at the end of a line that ends a sentence', async () => {
    const text = 'Il a dit «la fin est proche.\nLe paragraphe suivant n’est pas cité.\nNi celui-ci.';
    await expectQuoted(text, ['«la fin est proche.']);
  });

  it('ends at a sentence end followed by the closing mark of an inner quotation', async () => {
    const text = '« Il a dit “c’est fini.”\nParagraphe suivant.';
    await expectQuoted(text, ['« Il a dit “c’est fini.”']);
  });

  it('does not colour the rest of a long file after an unclosed mark', async () => {
    const body = Array.from({ length: 200 }, (_, i) => `Paragraphe ${i} sans citation, « puis une ${i} ».`).join('\n');
    const text = `Titre avec un « guillemet ouvert\nLe chapeau se termine ici.\n${body}`;
    const ranges = await quoted(text);
    assert.equal(ranges[0], '« guillemet ouvert\nLe chapeau se termine ici.');
    assert.equal(ranges.length, 201);
    assert.deepEqual(ranges.slice(1, 3), ['« puis une 0 »', '« puis une 1 »']);
  });

  it('handles CRLF line ends like LF', async () => {
    const text = 'He said “one,\r\ntwo” and “three.\r\nAfter.';
    await expectQuoted(text, ['“one,\r\ntwo”', '“three.']);
  });
});

describe('quotation grammar: the sample article', () => {
  it('scopes exactly its two quotations', async () => {
    const text = readFileSync(path.join(REPO_ROOT, 'test/fixtures/samples/bostyn-rabat.txt'), 'utf8');
    const ranges = await quotedRanges(text);
    assert.equal(ranges.length, 2);
    assert.match(ranges[0].text, /^«la nécessité d’élargir les domaines de coopération .* dans le domaine de la sécurité\.»$/);
    assert.equal(ranges[1].text, '«ce que la Syrie et l’Irak ont été»');
    assert.equal(text.slice(ranges[1].start, ranges[1].end), ranges[1].text);
  });
});

describe('quotation grammar: markdown', () => {
  it('scopes a quotation inside a paragraph, a heading, a list item and a block quote', async () => {
    await expectQuoted('Selon La Libre, « la menace est réelle ».', ['« la menace est réelle »'], 'markdown');
    await expectQuoted('# Le «plan B» de Rabat', ['«plan B»'], 'markdown');
    await expectQuoted('- item “one”\n- item «two»', ['“one”', '«two»'], 'markdown');
    await expectQuoted('> Il a dit « oui »\n> puis « non ».', ['« oui »', '« non »'], 'markdown');
  });

  it('keeps fenced code blocks, indented code and inline code untouched', async () => {
    const text = 'Avant “cité”.\n\n```\nconst s = “not a quote”;\n```\n\n    indented “code”\n\nEt `“raw”` puis «fin».';
    await expectQuoted(text, ['“cité”', '«fin»'], 'markdown');
  });

  it('ends a quotation at the end of its line, as markdown paragraphs do', async () => {
    await expectQuoted('He said “we will fight,\nand win” today.', ['“we will fight,'], 'markdown');
  });

  it('keeps link targets untouched', async () => {
    await expectQuoted("See [the report](http://example.org/it's-here) and “this”.", ['“this”'], 'markdown');
  });
});

describe('quotation grammar: editor behaviour and speed', function () {
  // Loading the grammars and compiling their regexes happens once, in the first test that runs.
  this.timeout(60000);

  it('keeps quoted plain text an ordinary token for the editor (not a string)', async () => {
    // Inside strings VS Code turns off bracket pair colours, auto-closing pairs marked
    // notIn: string and quick suggestions; the tokenTypes of the contribution keep plain text
    // behaving as before while themes still colour the string scopes.
    const line = 'a “b (c) d” e';
    const configured = standardTokenTypes(await hostGrammar('plaintext'), line);
    const plainScope = grammarContributions().find((c) => c.language === 'plaintext')!.scopeName;
    const unconfigured = standardTokenTypes((await createRegistry().loadGrammar(plainScope))!, line);
    assert.deepEqual(configured, Array.from(line, () => 'other'));
    assert.deepEqual(unconfigured.slice(2, 11), Array.from('“b (c) d”', () => 'string'), 'the scopes alone would make a string');
  });

  it('tokenizes a 1 MB line full of quotations and apostrophes quickly', async () => {
    const line = 'il dit « oui » et “no” puis \'x\' or "y" l’État it’s '.repeat(20000);
    const started = Date.now();
    const ranges = await quotedRanges(line);
    assert.equal(ranges.length, 80000);
    assert.ok(Date.now() - started < 20000, `took ${Date.now() - started} ms`);
  });

  it('tokenizes long lines without marks, with an unclosed mark and full of would-be openers quickly', async () => {
    for (const line of ['word '.repeat(200000), `“${'word, '.repeat(170000)}`, `' ${"'a ".repeat(100000)}`]) {
      const started = Date.now();
      await quoted(line);
      assert.ok(Date.now() - started < 15000, `took ${Date.now() - started} ms`);
    }
  });

  it('tokenizes 5,000 lines quickly', async () => {
    const text = 'Selon X, «la nécessité d’élargir» et “ok” fin.\n'.repeat(5000);
    const started = Date.now();
    assert.equal((await quotedRanges(text)).length, 10000);
    assert.ok(Date.now() - started < 20000, `took ${Date.now() - started} ms`);
  });
});
