import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport, runImport } from '../../../src/cli/brat';
import { bratLosses, importBrat } from '../../../src/core/formats/brat';
import { parseStandoff } from '../../../src/core/formats/standoff';
import { missingFacts, understood } from '../formats/bratUnderstood';
import { parseSidecar } from '../../../src/core/sidecar';
import { memoryIo } from './memoryIo';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'suggest', 'winer-fr');
const DOC = '2016_03_11-001';

describe('import brat / export --format brat commands', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-brat-'));
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    copyFileSync(join(fixtures, `${DOC}.txt`), join(dir, 'in', 'sub', `${DOC}.txt`));
    copyFileSync(join(fixtures, `${DOC}.ann`), join(dir, 'in', 'sub', `${DOC}.ann`));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a folder beside the texts, then exports the same entity spans', async () => {
    const io = memoryIo(dir);
    assert.equal(await runImport(['brat', 'in'], io), 0, io.err.join(''));
    const sidecar = join(dir, 'in', 'sub', `${DOC}.txt.ann.yaml`);
    const parsed = parseSidecar(readFileSync(sidecar, 'utf8'));
    assert.deepEqual(parsed.problems, []);
    assert.ok(parsed.annotations.actors.some((a) => a.name === 'George Martin' && a.type === 'person'));

    const out = memoryIo(dir);
    assert.equal(runExport(['--format', 'brat', '--out', 'exported', 'in'], out), 0, out.err.join(''));
    const exported = parseStandoff(readFileSync(join(dir, 'exported', 'sub', `${DOC}.ann`), 'utf8')).records;
    const original = parseStandoff(readFileSync(join(fixtures, `${DOC}.ann`), 'utf8')).records;
    const spans = (records: typeof original) => new Set(records.flatMap((r) => (r.kind === 'T' ? [`${r.fragments[0]!.start}:${r.fragments[0]!.end}`] : [])));
    assert.deepEqual(spans(exported), spans(original));
  });

  it('writes under --out with the same relative path, and leaves an existing sidecar alone without --force', async () => {
    const io = memoryIo(dir);
    assert.equal(await runImport(['brat', '--out', 'out', 'in'], io), 0);
    assert.ok(existsSync(join(dir, 'out', 'sub', `${DOC}.txt.ann.yaml`)));
    const again = memoryIo(dir);
    assert.equal(await runImport(['brat', '--out', 'out', 'in'], again), 1);
    assert.match(again.err.join(''), /exists; left alone/);
  });

  it('refuses to export what check refuses: an article that is not UTF-8, or binary, named with its place', async () => {
    const sidecar = 'marginalia: 1\nactors:\n  paris:\n    type: place\n    name: Paris\n';
    writeFileSync(join(dir, 'in', 'latin1.txt'), Buffer.from('Il fait beau \xe0 Paris.\n', 'latin1'));
    writeFileSync(join(dir, 'in', 'latin1.txt.ann.yaml'), sidecar);
    writeFileSync(join(dir, 'in', 'binary.txt'), 'Paris\0\0\0');
    writeFileSync(join(dir, 'in', 'binary.txt.ann.yaml'), sidecar);
    writeFileSync(join(dir, 'in', 'fine.txt'), 'Il fait beau à Paris.\n');
    writeFileSync(join(dir, 'in', 'fine.txt.ann.yaml'), sidecar);
    const io = memoryIo(dir);
    assert.equal(runExport(['--format', 'brat', join('in', 'latin1.txt'), join('in', 'binary.txt'), join('in', 'fine.txt')], io), 1);
    const err = io.err.join('');
    assert.match(err, /latin1\.txt:1:14: error: .*Latin-1.*not exported/);
    assert.match(err, /binary\.txt:1:6: error: .*binary.*not exported/);
    assert.ok(!existsSync(join(dir, 'in', 'latin1.ann')) && !existsSync(join(dir, 'in', 'binary.ann')), 'nothing written for the refused articles');
    assert.match(readFileSync(join(dir, 'in', 'fine.ann'), 'utf8'), /^T1\tLocation 15 20\tParis$/m, 'the other article is exported');
  });

  it('exits 1 on an unreadable input and 2 on bad usage; --help exits 0', async () => {
    assert.equal(await runImport(['brat', 'missing'], memoryIo(dir)), 1);
    assert.equal(runExport(['--format', 'brat', 'missing'], memoryIo(dir)), 1);
    writeFileSync(join(dir, 'in', 'bad.txt'), 'x');
    writeFileSync(join(dir, 'in', 'bad.txt.ann.yaml'), 'actors: [unclosed\n');
    assert.equal(runExport(['--format', 'brat', join('in', 'bad.txt')], memoryIo(dir)), 1);
    assert.equal(await runImport(['csv', 'in'], memoryIo(dir)), 2);
    assert.equal(await runImport(['brat'], memoryIo(dir)), 2);
    assert.equal(runExport(['in'], memoryIo(dir)), 2);
    assert.equal(runExport(['--format', 'w3c', 'in'], memoryIo(dir)), 2);
    assert.equal(runExport(['--format', 'brat', '--bogus', 'in'], memoryIo(dir)), 2);
    const help = memoryIo(dir);
    assert.equal(await runImport(['--help'], help), 0);
    assert.match(help.out.join(''), /^Usage: marginalia import brat/);
  });

  it('import then export gives back every line it understood, and the import names per file what it did not keep', async () => {
    const handWritten = join(__dirname, '..', '..', 'fixtures', 'brat');
    mkdirSync(join(dir, 'kinds'));
    for (const name of ['every-kind.txt', 'every-kind.ann', 'bom-crlf.txt', 'bom-crlf.ann']) copyFileSync(join(handWritten, name), join(dir, 'kinds', name));
    const io = memoryIo(dir);
    assert.equal(await runImport(['brat', 'kinds'], io), 0, io.err.join(''));
    const out = io.out.join('');
    assert.match(out, /^kinds\/bom-crlf\.txt\.ann\.yaml: 3 actors, 1 quotations; 5 of 5 brat lines kept$/mu);
    assert.match(out, /^kinds\/every-kind\.txt\.ann\.yaml: 8 actors, 2 quotations; 24 of 33 brat lines kept$/mu);
    const err = io.err.join('');
    assert.match(err, /^kinds\/bom-crlf\.ann:3: warning: duplicate id T2 \(first on line 2\)/mu);
    assert.match(
      err,
      /^kinds\/every-kind\.ann: warning: not kept: 1 T Addressee \(T8\), 1 R Addressee \(R3\), 1 A QuoteType \(M3\), 1 A Negated \(A4\), 1 T Attack \(T13\), 1 E Attack \(E1\), 1 \* Equiv \(\*\), 1 R __proto__ \(R4\), 1 A constructor \(A5\)$/mu,
    );
    assert.match(err, /^kinds\/every-kind\.ann: note: written back differently: 1 T Hour written as Date \(T9\), .*1 T Person written as one span \(T15\)/mu);
    assert.doesNotMatch(err, /bom-crlf\.ann: (warning: not kept|note)/u);

    const exported = memoryIo(dir);
    assert.equal(runExport(['--format', 'brat', '--out', 'back', 'kinds'], exported), 0, exported.err.join(''));
    for (const name of ['every-kind', 'bom-crlf']) {
      const text = readFileSync(join(dir, 'kinds', `${name}.txt`), 'utf8').replace(/^\uFEFF/u, '');
      const original = parseStandoff(readFileSync(join(dir, 'kinds', `${name}.ann`), 'utf8')).records;
      const back = parseStandoff(readFileSync(join(dir, 'back', `${name}.ann`), 'utf8')).records;
      assert.deepEqual(missingFacts(understood(text, original), understood(text, back)), [], name);
      // what the import announced is exactly what the exported file lacks
      assert.deepEqual(bratLosses(original, back), importBrat(text, original).losses, name);
    }
  });
});
