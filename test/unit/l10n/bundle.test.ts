import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { frenchTypographyProblems } from './frenchTypography';
import { glossaryProblems } from './glossary';
import { collectCoreMessages, collectMessages, placeholders, typeScriptFiles, type MessageCall, type SourceMessages } from './sourceMessages';

const root = path.join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { l10n?: string };

/** The bundle of `language` in the folder package.json's `l10n` names. */
function bundle(language: string): Record<string, string> {
  assert.ok(manifest.l10n, 'package.json names its l10n folder');
  return JSON.parse(readFileSync(path.join(root, manifest.l10n, `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;
}

/**
 * The one `l10n.t` call whose message is not a literal: the adapter that shows the core's
 * messages (src/core/messages.ts). Their templates are literals in the core's `message(…)`
 * calls, checked below like the editor's own messages.
 */
const CORE_MESSAGE_ADAPTER = 'src/editor/localizedMessage.ts: vscode.l10n.t(shown.template, ...args)';

/** A template with no words (`{0}`: a text shown as is) needs no translation. */
const hasWords = (template: string): boolean => /\p{L}/u.test(template.replace(/\{\d+\}/g, ''));

/** Keys a JSON file holds more than once: JSON.parse keeps the last, so one message shows the other's translation. */
function duplicateKeys(file: string): string[] {
  const keys = [...readFileSync(file, 'utf8').matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:/gm)].map((match) => JSON.parse(match[1]!) as string);
  return keys.filter((key, i) => keys.indexOf(key) !== i);
}

describe('l10n: the messages of src/ and their French bundle', () => {
  it('holds each message once: the same English words with two meanings need two messages', () => {
    assert.ok(manifest.l10n);
    assert.deepEqual(duplicateKeys(path.join(root, manifest.l10n, 'bundle.l10n.fr.json')), []);
    assert.deepEqual(duplicateKeys(path.join(root, 'package.nls.fr.json')), []);
    assert.deepEqual(duplicateKeys(path.join(root, 'package.nls.json')), []);
  });

  let source: SourceMessages;
  let core: SourceMessages;
  /** Every message the editor may translate: its own l10n.t calls and the core's templates. */
  let all: MessageCall[];
  let french: Record<string, string>;
  before(() => {
    source = collectMessages(typeScriptFiles(path.join(root, 'src')), root);
    core = collectCoreMessages(typeScriptFiles(path.join(root, 'src/core')), root);
    all = [...source.calls, ...core.calls];
    french = bundle('fr');
  });

  it('finds the messages by parsing the sources (a sanity check of the extractor itself)', () => {
    const sample = source.calls.find((call) => call.message === '{0} actors, {1} mentions, {2} quotations, {3} orphans — open Marginalia');
    assert.equal(sample?.argumentCount, 4);
    assert.match(sample.where, /^src\/editor\/statusBar\.ts:\d+$/);
  });

  it('finds the templates of the core by parsing the sources (a sanity check of the extractor itself)', () => {
    const sample = core.calls.find((call) => call.message === "duplicate key '{0}' in {1}");
    assert.equal(sample?.argumentCount, 2);
    assert.match(sample.where, /^src\/core\/sidecar\/fieldReader\.ts:\d+$/);
    assert.ok(core.calls.some((call) => call.message === 'Keep ours ({0}) for {1}'), 'the Quick Fix titles of recorded conflicts');
    assert.ok(core.calls.some((call) => call.message.startsWith('not found: neither the text')), 'the reasons of orphans');
  });

  it('every l10n.t message is written in the call itself, so that it can be checked (but for the adapter of core messages)', () => {
    // A message in a variable or a template with ${} is only known at run time: rewrite it as
    // literal calls (see src/editor/localizedLabels.ts). The adapter's messages are the core's
    // templates, which the next test requires to be literals.
    const uses = source.uncheckable.map((use) => `${use.where.replace(/:\d+$/, '')}: ${use.code}`);
    assert.deepEqual(uses, [CORE_MESSAGE_ADAPTER]);
  });

  it('every template of the core is written in its message(…) call, so that it can be checked', () => {
    assert.deepEqual(core.uncheckable.map((use) => `${use.where}: ${use.code}`), []);
  });

  it('every call passes one argument per placeholder of its message', () => {
    const wrong = all
      .filter((call) => placeholders(call.message).join() !== [...Array(call.argumentCount).keys()].join())
      .map((call) => `${call.where}: ${JSON.stringify(call.message)} with ${call.argumentCount} argument(s)`);
    assert.deepEqual(wrong, []);
  });

  it('every message has a French translation (the editor\'s and the core\'s)', () => {
    const missing = [...new Set(all.filter((call) => !(call.message in french) && hasWords(call.message)).map((call) => `${call.where}: ${JSON.stringify(call.message)}`))];
    assert.deepEqual(missing, []);
  });

  it('the bundle has no stale entry (every key is still a message of src/)', () => {
    const used = new Set(all.map((call) => call.message));
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

  it('reports the core\'s message(…) given a variable or a template with ${}, and ignores variables named message', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marginalia-l10n-'));
    try {
      const file = path.join(dir, 'core.ts');
      writeFileSync(
        file,
        [
          "import { message } from './messages';",
          "const id = 'x';",
          "const what = message('a quotation');",
          "message(\"duplicate key '{0}' in {1}\", id, what);",
          'const text = error.message;',
          'message(text);',
          'message(`unknown ${id}`);',
        ].join('\n'),
      );
      const found = collectCoreMessages([file], dir);
      assert.deepEqual(found.calls.map((call) => [call.message, call.argumentCount, call.where]), [
        ['a quotation', 0, 'core.ts:3'],
        ["duplicate key '{0}' in {1}", 2, 'core.ts:4'],
      ]);
      assert.deepEqual(found.uncheckable.map((use) => [use.code, use.where]), [
        ['message(text)', 'core.ts:6'],
        ['message(`unknown ${id}`)', 'core.ts:7'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
