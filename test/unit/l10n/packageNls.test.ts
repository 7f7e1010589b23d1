import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { frenchTypographyProblems } from './frenchTypography';
import { glossaryProblems } from './glossary';

const root = path.join(__dirname, '../../..');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = read('package.json') as Record<string, unknown> & { contributes: Record<string, unknown> };
const english = read('package.nls.json') as Record<string, string>;
const french = read('package.nls.fr.json') as Record<string, string>;

/** Every string of `value` with the JSON path that leads to it. */
function strings(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${at}.${key}`));
  return [];
}

/** The `%key%` placeholders of the manifest (VS Code replaces them anywhere in it). */
const used = strings(manifest, '').flatMap(({ at, text }) => {
  const key = /^%(.+)%$/.exec(text)?.[1];
  return key ? [{ at, key }] : [];
});

/** Fields of `contributes` (and the manifest) that a user reads; ids, icons and `when` are not. */
const SHOWN = /(\.(title|category|name|contextualTitle|label|contents|description|markdownDescription)|\.enumDescriptions\[\d+\])$/;

describe('l10n: package.json and its package.nls files', () => {
  it('every user-visible string of the manifest is a %key% placeholder', () => {
    const hardCoded = [
      ...strings({ displayName: manifest.displayName, description: manifest.description, capabilities: manifest.capabilities }, ''),
      ...strings(manifest.contributes, '.contributes'),
    ].filter(({ at, text }) => SHOWN.test(at) && !/^%.+%$/.test(text));
    assert.deepEqual(hardCoded, []);
    assert.ok(used.length > 50, `the placeholders are found (${used.length})`);
  });

  it('every placeholder has an English and a French string', () => {
    assert.deepEqual(used.filter(({ key }) => !(key in english)), []);
    assert.deepEqual(used.filter(({ key }) => !(key in french)), []);
  });

  it('the English and French files have the same keys, all of them used', () => {
    const keys = new Set(used.map(({ key }) => key));
    assert.deepEqual(Object.keys(english).filter((key) => !keys.has(key)), []);
    assert.deepEqual(Object.keys(french).sort(), Object.keys(english).sort());
  });

  it('French keeps the command links of the welcome views and the Markdown code spans', () => {
    const targets = (text: string) => [...text.matchAll(/\]\(([^)]*)\)|`[^`]*`/g)].map((match) => match[1] ?? 'code span');
    const wrong = Object.keys(english).filter((key) => targets(english[key]!).join() !== targets(french[key]!).join());
    assert.deepEqual(wrong, []);
  });

  it('French follows the typography (espaces insécables, « ») and the glossary', () => {
    const wrong = Object.keys(french).flatMap((key) => [...frenchTypographyProblems(french[key]!), ...glossaryProblems(english[key]!, french[key]!)].map((problem) => `${key}: ${problem}`));
    assert.deepEqual(wrong, []);
  });
});
