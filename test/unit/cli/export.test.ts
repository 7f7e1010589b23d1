import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExportCommand } from '../../../src/cli/export';
import { sidecarCodec } from '../../../src/cli/sidecarAdapter';
import { createAnchor } from '../../../src/core/anchoring';
import { spansFromTags, type BioToken } from '../../../src/core/corpus/conll';
import { parseCsv } from '../../../src/core/corpus/csv';
import type { Annotations } from '../../../src/core/model';
import { memoryIo } from './memoryIo';

// Written for these tests: commas, quotes and a line break inside a quotation, an astral character before it.
const TEXT = 'Le 3 mai 🎉, Léa Martin a dit : « Oui, nous \"tiendrons\",\nc\'est sûr ». La Cour des comptes doute.';
const at = (passage: string) => {
  const start = TEXT.indexOf(passage);
  return createAnchor(TEXT, { start, end: start + passage.length });
};
const ANNOTATIONS: Annotations = {
  actors: [
    { id: 'lea-martin', type: 'person', name: 'Léa Martin', aliases: [], added: [], excluded: [], externalId: 'Q1' },
    { id: 'cour', type: 'organization', name: 'Cour des comptes', aliases: [], added: [], excluded: [] },
  ],
  quotations: [{ anchor: at('« Oui, nous "tiendrons",\nc\'est sûr »'), speaker: { actor: 'lea-martin' }, topics: [] }],
  topics: [], notes: [], rejected: [],
};

describe('export --format csv|jsonl|w3c|conll', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-export-'));
    mkdirSync(join(dir, 'press'));
    writeFileSync(join(dir, 'press', 'a, b.txt'), TEXT);
    writeFileSync(join(dir, 'press', 'a, b.txt.ann.yaml'), sidecarCodec.write(ANNOTATIONS));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const io = memoryIo(dir);
    const code = runExportCommand(args, io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  };

  it('csv: one RFC 4180 record per quotation and per mention on stdout, text with commas, quotes and line breaks intact', () => {
    const { code, out, err } = run('--format', 'csv', 'press');
    assert.equal(code, 0, err);
    assert.ok(out.endsWith('\r\n'));
    const [header, ...records] = parseCsv(out);
    const field = (record: string[], name: string) => record[header!.indexOf(name)];
    assert.deepEqual(records.map((r) => field(r, 'kind')), ['quotation', 'mention', 'mention']);
    const quotation = records[0]!;
    assert.equal(field(quotation, 'article'), 'press/a, b.txt');
    assert.equal(field(quotation, 'text'), '« Oui, nous "tiendrons",\nc\'est sûr »');
    assert.equal(field(quotation, 'speaker'), 'Léa Martin');
    assert.equal(Number(field(quotation, 'start')) - Number(field(quotation, 'startCodePoint')), 1, 'the 🎉 before it is two UTF-16 units, one code point');
    assert.equal(TEXT.slice(Number(field(quotation, 'start')), Number(field(quotation, 'end'))), field(quotation, 'text'));
  });

  it('jsonl: the same rows, written atomically to --out FILE, never over an existing file without --force', () => {
    const first = run('--format', 'jsonl', '--out', 'rows.jsonl', '.');
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /^rows\.jsonl: 1 article, 1 quotations, 2 mentions$/m);
    const rows = readFileSync(join(dir, 'rows.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as { kind: string; text: string; actorId: string });
    assert.deepEqual(rows.map((r) => [r.kind, r.actorId]), [['quotation', 'lea-martin'], ['mention', 'lea-martin'], ['mention', 'cour']]);
    writeFileSync(join(dir, 'rows.jsonl'), 'mine');
    const again = run('--format', 'jsonl', '--out', 'rows.jsonl', '.');
    assert.equal(again.code, 1);
    assert.match(again.err, /rows\.jsonl .*--force/);
    assert.equal(readFileSync(join(dir, 'rows.jsonl'), 'utf8'), 'mine');
    assert.equal(run('--format', 'jsonl', '--out', 'rows.jsonl', '--force', '.').code, 0);
    assert.notEqual(readFileSync(join(dir, 'rows.jsonl'), 'utf8'), 'mine');
  });

  it('w3c: an AnnotationCollection whose targets resolve against --base, positions in code points', () => {
    const { code, out, err } = run('--format', 'w3c', '--base', 'https://example.org/corpus', 'press');
    assert.equal(code, 0, err);
    const collection = JSON.parse(out) as { type: string; first: { items: { id: string; target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string }[] } }[] } };
    assert.equal(collection.type, 'AnnotationCollection');
    const [quotation] = collection.first.items;
    assert.equal(quotation!.id, 'https://example.org/corpus/press/a%2C%20b.txt.ann.yaml#quotation-1');
    assert.equal(quotation!.target.source, 'https://example.org/corpus/press/a%2C%20b.txt');
    const position = quotation!.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    assert.equal(Array.from(TEXT).slice(position.start, position.end).join(''), quotation!.target.selector[0]!.exact);
  });

  it('conll: BIO tokens whose tags give the mentions back', () => {
    const { code, out } = run('--format', 'conll', 'press/a, b.txt');
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.equal(lines[0], '-DOCSTART-\tO');
    let offset = 0;
    const tokens: BioToken[] = [];
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      const [text, tag] = line.split('\t') as [string, string];
      const start = TEXT.indexOf(text, offset);
      tokens.push({ text, tag, start, end: start + text.length });
      offset = start + text.length;
    }
    assert.deepEqual(spansFromTags(tokens).map((s) => [TEXT.slice(s.start, s.end), s.type]), [['Léa Martin', 'PER'], ['Cour des comptes', 'ORG']]);
  });

  it('exports what it can read, names what it cannot, and exits 1', () => {
    writeFileSync(join(dir, 'press', 'bad.txt'), 'x');
    writeFileSync(join(dir, 'press', 'bad.txt.ann.yaml'), 'actors: [unclosed\n');
    writeFileSync(join(dir, 'plain.txt'), 'no annotations');
    const { code, out, err } = run('--format', 'jsonl', 'press', 'nowhere', 'plain.txt');
    assert.equal(code, 1);
    assert.match(err, /no such file or folder: .*nowhere/);
    assert.match(err, /no sidecar \(plain\.txt\.ann\.yaml\) beside plain\.txt/);
    assert.match(err, /press\/bad\.txt\.ann\.yaml: error: .*not exported/);
    assert.equal(out.trimEnd().split('\n').length, 3);
  });

  it('keeps brat export as it was, and says which formats there are', () => {
    const brat = run('--format', 'brat', 'press');
    assert.equal(brat.code, 0, brat.err);
    assert.ok(existsSync(join(dir, 'press', 'a, b.ann')));
    const unknown = run('--format', 'xml', 'press');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown format 'xml' \(brat, csv, jsonl, w3c or conll\)/);
    const help = run('--help');
    assert.match(help.out, /--format brat/);
    assert.match(help.out, /--format csv\|jsonl\|w3c\|conll/);
  });

  it('refuses a --base that is not an absolute URI, --base without w3c, and no PATH (exit 2)', () => {
    for (const args of [['--format', 'w3c', '--base', 'corpus/', 'press'], ['--format', 'csv', '--base', 'https://example.org/', 'press'], ['--format', 'csv']]) {
      const { code, err, out } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /^marginalia export: /);
      assert.equal(out, '');
    }
  });
});
