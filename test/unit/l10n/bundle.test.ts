import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { frenchTypographyProblems } from './frenchTypography';
import { glossaryProblems } from './glossary';
import { collectMessages, placeholders, typeScriptFiles, type SourceMessages } from './sourceMessages';

const root = path.join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { l10n?: string };

/** The bundle of `language` in the folder package.json's `l10n` names. */
function bundle(language: string): Record<string, string> {
  assert.ok(manifest.l10n, 'package.json names its l10n folder');
  return JSON.parse(readFileSync(path.join(root, manifest.l10n, `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
}

describe('l10n: the messages of src/ and their French bundle', () => {
  let source: SourceMessages;
  let french: Record<string, string>;
  before(() => {
    source = collectMessages(typeScriptFiles(path.join(root, 'src')), root);
    french = bundle('fr');
  });

  it('finds the messages by parsing the sources (a sanity check of the extractor itself)', () => {
    const sample = source.calls.find((call) => call.message === '{0} actors, {1} mentions, {2} quotations, {3} orphans — open Marginalia');
    assert.equal(sample?.argumentCount, 4);
    assert.match(sample.where, /^src\/editor\/statusBar\.ts:\d+$/);
  });

  it('every l10n.t message is written in the call itself, so that it can be checked', () => {
    // A message in a variable or a template with ${} is only known at run time: rewrite it as
    // literal calls (see src/editor/localizedLabels.ts).
    assert.deepEqual(source.uncheckable.map((use) => `${use.where}: ${use.code}`), []);
  });

  it('every call passes one argument per placeholder of its message', () => {
    const wrong = source.calls
      .filter((call) => placeholders(call.message).join() !== [...Array(call.argumentCount).keys()].join())
      .map((call) => `${call.where}: ${JSON.stringify(call.message)} with ${call.argumentCount} argument(s)`);
    assert.deepEqual(wrong, []);
  });

  it('every message has a French translation', () => {
    const missing = [...new Set(source.calls.filter((call) => !(call.message in french)).map((call) => `${call.where}: ${JSON.stringify(call.message)}`))];
    assert.deepEqual(missing, []);
  });

  it('the bundle has no stale entry (every key is still a message of src/)', () => {
    const used = new Set(source.calls.map((call) => call.message));
    assert.deepEqual(Object.keys(french).filter((key) => !used.has(key)), []);
  });

  it('each translation keeps exactly the placeholders of its message', () => {
    const wrong = Object.entries(french)
      .filter(([english, translated]) => placeholders(english).join() !== placeholders(translated).join())
      .map(([english, translated]) => `${english} → ${translated}`);
    assert.deepEqual(wrong, []);
  });

  it('each translation is French typography: espaces insécables, « »', () => {
    const wrong = Object.values(french).flatMap(frenchTypographyProblems);
    assert.deepEqual(wrong, []);
  });

  it('each translation uses the glossary (acteur, citation, fichier d\'annotations, thème…)', () => {
    const wrong = Object.entries(french).flatMap(([english, translated]) => glossaryProblems(english, translated).map((problem) => `${english}: ${problem}`));
    assert.deepEqual(wrong, []);
  });

  it('no translation is empty or left in English', () => {
    // Names and numbers may read the same in both languages; a sentence may not.
    const same = Object.entries(french).filter(([english, translated]) => translated.trim() === '' || (translated === english && /\s\w+\s/.test(english)));
    assert.deepEqual(same, []);
  });
});

describe('l10n: the extractor notices messages it cannot check', () => {
  it('reports l10n.t given a variable, a template with ${}, or passed around as a function', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marginalia-l10n-'));
    try {
      const file = path.join(dir, 'sample.ts');
      writeFileSync(
        file,
        [
          "import * as vscode from 'vscode';",
          "import { l10n } from 'vscode';",
          'const kind = "person";',
          "vscode.l10n.t('Literal {0}', kind);",
          'l10n.t("Double \\"quoted\\"");',
          'vscode.l10n.t(`Plain template`);',
          'vscode.l10n.t(kind);',
          'vscode.l10n.t(`Suggested ${kind}`);',
          "['a'].map(vscode.l10n.t);",
        ].join('\n'),
      );
      const found = collectMessages([file], dir);
      assert.deepEqual(found.calls.map((call) => [call.message, call.argumentCount, call.where]), [
        ['Literal {0}', 1, 'sample.ts:4'],
        ['Double "quoted"', 0, 'sample.ts:5'],
        ['Plain template', 0, 'sample.ts:6'],
      ]);
      assert.deepEqual(found.uncheckable.map((use) => [use.code, use.where]), [
        ['vscode.l10n.t(kind)', 'sample.ts:7'],
        ['vscode.l10n.t(`Suggested ${kind}`)', 'sample.ts:8'],
        ["['a'].map(vscode.l10n.t)", 'sample.ts:9'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
