import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, grammarContributions } from './quotationTokenizer';
import {
  INJECTION_SCOPE,
  PLAIN_TEXT_SCOPE,
  generatedGrammarFiles,
  serializeGrammar,
} from '../../../syntaxes/quotations.grammar';

const SYNTAXES = path.join(REPO_ROOT, 'syntaxes');

function readGrammar(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.resolve(REPO_ROOT, file), 'utf8')) as Record<string, unknown>;
}

describe('grammar contributions in package.json', () => {
  const contributions = grammarContributions();

  it('point at existing grammar files whose scope names match', () => {
    assert.ok(contributions.length > 0);
    for (const contribution of contributions) {
      assert.ok(existsSync(path.resolve(REPO_ROOT, contribution.path)), `missing ${contribution.path}`);
      assert.equal(readGrammar(contribution.path).scopeName, contribution.scopeName, contribution.path);
    }
  });

  it('give plain text an empty base grammar, since VS Code has none to inject into', () => {
    const plain = contributions.filter((c) => c.language === 'plaintext');
    assert.equal(plain.length, 1);
    assert.equal(plain[0].scopeName, PLAIN_TEXT_SCOPE);
    assert.deepEqual(readGrammar(plain[0].path).patterns, []);
  });

  it('inject the quotation grammars into plain text and markdown, each with a selector for its host', () => {
    const injections = contributions.filter((c) => c.injectTo);
    assert.deepEqual(
      injections.map((c) => [c.scopeName, c.injectTo]),
      [
        [INJECTION_SCOPE.text, [PLAIN_TEXT_SCOPE]],
        [INJECTION_SCOPE.markdown, ['text.html.markdown']],
      ],
    );
    for (const injection of injections) {
      const selector = String(readGrammar(injection.path).injectionSelector);
      for (const host of injection.injectTo ?? []) assert.ok(selector.includes(`L:${host}`), `${selector} does not select ${host}`);
    }
  });

  it('contribute every grammar file of syntaxes/', () => {
    const contributed = new Set(contributions.map((c) => path.resolve(REPO_ROOT, c.path)));
    for (const file of readdirSync(SYNTAXES).filter((name) => name.endsWith('.tmLanguage.json'))) {
      assert.ok(contributed.has(path.join(SYNTAXES, file)), `${file} is not contributed`);
    }
  });
});

describe('generated grammar files', () => {
  it('are up to date with syntaxes/quotations.grammar.ts (run npx tsx syntaxes/generate.ts)', () => {
    for (const [file, grammar] of Object.entries(generatedGrammarFiles())) {
      assert.equal(readFileSync(path.join(SYNTAXES, file), 'utf8'), serializeGrammar(grammar), file);
    }
  });
});
