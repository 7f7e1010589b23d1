import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport, runImport } from '../../../src/cli/brat';
import { parseStandoff } from '../../../src/core/formats/standoff';
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

  it('imports a folder beside the texts, then exports the same entity spans', () => {
    const io = memoryIo(dir);
    assert.equal(runImport(['brat', 'in'], io), 0, io.err.join(''));
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

  it('writes under --out with the same relative path, and leaves an existing sidecar alone without --force', () => {
    const io = memoryIo(dir);
    assert.equal(runImport(['brat', '--out', 'out', 'in'], io), 0);
    assert.ok(existsSync(join(dir, 'out', 'sub', `${DOC}.txt.ann.yaml`)));
    const again = memoryIo(dir);
    assert.equal(runImport(['brat', '--out', 'out', 'in'], again), 1);
    assert.match(again.err.join(''), /exists; left alone/);
  });

  it('exits 1 on an unreadable input and 2 on bad usage; --help exits 0', () => {
    assert.equal(runImport(['brat', 'missing'], memoryIo(dir)), 1);
    assert.equal(runExport(['--format', 'brat', 'missing'], memoryIo(dir)), 1);
    writeFileSync(join(dir, 'in', 'bad.txt'), 'x');
    writeFileSync(join(dir, 'in', 'bad.txt.ann.yaml'), 'actors: [unclosed\n');
    assert.equal(runExport(['--format', 'brat', join('in', 'bad.txt')], memoryIo(dir)), 1);
    assert.equal(runImport(['csv', 'in'], memoryIo(dir)), 2);
    assert.equal(runImport(['brat'], memoryIo(dir)), 2);
    assert.equal(runExport(['in'], memoryIo(dir)), 2);
    assert.equal(runExport(['--format', 'w3c', 'in'], memoryIo(dir)), 2);
    assert.equal(runExport(['--format', 'brat', '--bogus', 'in'], memoryIo(dir)), 2);
    const help = memoryIo(dir);
    assert.equal(runImport(['--help'], help), 0);
    assert.match(help.out.join(''), /^Usage: marginalia import brat/);
  });
});
