import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { resolveAnchors } from '../../../src/core/anchoring';
import type { ResolveAnchors } from '../../../src/core/merge/resolution';

/** Runs `check` in-process on `paths`: its status and what it printed. */
async function check(paths: string[], resolve: ResolveAnchors = resolveAnchors): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await runCheck(paths, { out: (t) => { out += t; }, err: (t) => { err += t; }, resolve });
  return { status, out, err };
}

describe('marginalia check on hostile input: every file reported, the run goes on', function () {
  this.timeout(60_000);
  let folder: string;
  beforeEach(() => { folder = mkdtempSync(join(tmpdir(), 'marginalia-hostile-')); });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const put = (name: string, content: string | Uint8Array) => writeFileSync(join(folder, name), content);

  it('reports an alias bomb, deep nesting, an empty name and an invalid UTF-8 sidecar at file:line:col, then checks the good file after them', async () => {
    let bomb = 'marginalia: 1\nx0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) bomb += `x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    put('a.txt', 'Texte.\n');
    put('a.txt.ann.yaml', bomb + 'conflicts:\n  - {path: actors.a.aliases, section: actors, entry: a, field: aliases, ours: *a9}\n');
    put('b.txt', 'Texte.\n');
    put('b.txt.ann.yaml', 'marginalia: 1\nnotes: ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\n');
    put('c.txt', 'Texte.\n');
    put('c.txt.ann.yaml', 'marginalia: 1\nactors:\n  constructor: {type: person, name: ""}\n');
    put('d.txt', 'Texte.\n');
    put('d.txt.ann.yaml', Uint8Array.from([...new TextEncoder().encode('marginalia: 1\nnotes:\n  - {text: caf'), 0xe9, ...new TextEncoder().encode(', note: n}\n')]));
    put('z.txt', 'Un café noir.\n');
    put('z.txt.ann.yaml', 'marginalia: 1\nnotes:\n  - {text: café, note: n}\n  - {text: absent, note: n}\n');
    const { status, out, err } = await check([folder]);
    assert.equal(status, 1);
    const lines = out.trim().split('\n').filter((line) => !line.includes('warning: unknown key'));
    const at = (name: string) => lines.filter((line) => line.startsWith(join(folder, name) + ':'));
    assert.match(at('a.txt.ann.yaml')[0] ?? '', /:13:79: error: aliases \(\*a9\) are not allowed/);
    assert.match(at('b.txt.ann.yaml')[0] ?? '', /:2:\d+: error: the YAML nests too deeply to be read/);
    assert.match(at('c.txt.ann.yaml')[0] ?? '', /:3:\d+: error: actor 'constructor' needs a non-empty 'name'/);
    assert.match(at('d.txt.ann.yaml')[0] ?? '', /:3:15: error: file is not UTF-8 \(byte 0xE9 here\); it looks like Latin-1/);
    assert.deepEqual(at('z.txt.ann.yaml').map((line) => line.replace(/^.*?:(\d+:\d+): error: orphan: "absent".*$/, '$1')), ['4:5']);
    assert.match(err, /5 sidecars checked/);
  });

  it('names an article that is not UTF-8 (Latin-1) instead of giving approximate matches, and still exits 1', async () => {
    put('latin.txt', Uint8Array.from([...'Un caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72, 0x2e, 0x0a])));
    put('latin.txt.ann.yaml', 'marginalia: 1\nnotes:\n  - {text: café, note: n}\n');
    const { status, out } = await check([folder]);
    assert.equal(status, 1);
    assert.equal(out, `${join(folder, 'latin.txt')}:1:7: error: file is not UTF-8 (byte 0xE9 here); it looks like Latin-1 or Windows-1252: convert it to UTF-8\n`);
  });

  it('finds exactly, and says nothing about, an article saved in NFD whose sidecar was written from NFC', async () => {
    put('nfd.txt', 'Le président a déclaré à Genève : « Ça suffit ».\n'.normalize('NFD'));
    put('nfd.txt.ann.yaml', 'marginalia: 1\nnotes:\n  - {text: président, note: n}\n  - {text: « Ça suffit », note: n}\n');
    const { status, out } = await check([folder]);
    assert.equal(out, '');
    assert.equal(status, 0);
  });
});
