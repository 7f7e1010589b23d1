import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../src/cli/check';
import { runExportCommand } from '../../../src/cli/export';
import { runMergeDriver } from '../../../src/cli/mergeDriver';
import { runStats } from '../../../src/cli/stats';
import { mergeSharedActors, parseSharedActors, writeSharedActors, type SharedActors } from '../../../src/core/actors';
import { resolveAnchors } from '../../../src/core/anchoring';
import { memoryIo } from '../cli/memoryIo';

const ARTICLE = 'La maire Ana Lima a répondu : « Nous ouvrirons la piscine. » Selon Bo Sand, rien ne presse.\n';
const SIDECAR = `marginalia: 1
actors:
  ana-lima:
    type: person
    name: Ana Lima
quotations:
  - text: « Nous ouvrirons la piscine. »
    before: "a répondu : "
    after: " Selon Bo"
    speaker: ana-lima
`;
const SHARED = `marginalia: 1
properties:
  role: [mayor, resident]
actors:
  ana-lima:
    type: person
    name: Ana Lima
    properties:
      role: mayor
  bo-sand:
    type: person
    name: Bo Sand
    properties:
      role: residnt
`;

describe('shared actors on the command line', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-shared-'));
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'news', 'a.txt.ann.yaml'), SIDECAR);
    writeFileSync(join(dir, 'marginalia.actors.yaml'), SHARED);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check reports a property value the file does not declare (a warning) and a duplicate id (an error), with line and column', async () => {
    const out: string[] = [];
    const check = () => runCheck([dir], { out: (t) => void out.push(t), err: () => undefined, resolve: resolveAnchors });
    assert.equal(await check(), 0);
    assert.deepEqual(out, [`${join(dir, 'marginalia.actors.yaml')}:14:13: warning: 'residnt' is not a declared value of property 'role' (declared: mayor, resident)\n`]);
    writeFileSync(join(dir, 'marginalia.actors.yaml'), SHARED + '  ana-lima:\n    type: person\n    name: Ana\n');
    out.length = 0;
    assert.equal(await check(), 1);
    assert.ok(out.some((line) => line.includes(":15:3: error: duplicate actor id 'ana-lima' (first defined on line 5)")), out.join(''));
  });

  it('stats --by property reads the properties of the nearest shared actors file', async () => {
    const io = memoryIo(dir);
    assert.equal(await runStats(['--by', 'property:role', '--csv', 'news'], io), 0);
    assert.match(io.out.join(''), /^key,label,quotations,share,articles\r\nmayor,mayor,1,/);
  });

  it('export gives the mentions of shared actors in every article, with their properties', async () => {
    const io = memoryIo(dir);
    assert.equal(runExportCommand(['--format', 'jsonl', 'news'], io), 0, io.err.join(''));
    const rows = io.out.join('').trim().split('\n').map((line) => JSON.parse(line) as { kind: string; actorId?: string; properties: Record<string, string> });
    const bo = rows.find((row) => row.kind === 'mention' && row.actorId === 'bo-sand');
    assert.deepEqual(bo?.properties, { role: 'residnt' });
  });

  it('merge-driver merges the shared actors file property by property, and reports a true conflict (exit 1, ours kept)', async () => {
    const base = parseSharedActors(SHARED).shared;
    const withProperty = (shared: SharedActors, id: string, name: string, value: string): SharedActors =>
      ({ ...shared, actors: shared.actors.map((a) => (a.id === id ? { ...a, properties: { ...a.properties, [name]: value } } : a)) });
    writeFileSync(join(dir, 'O'), SHARED);
    writeFileSync(join(dir, 'A'), writeSharedActors(withProperty(base, 'ana-lima', 'party', 'green'), SHARED));
    writeFileSync(join(dir, 'B'), writeSharedActors(withProperty(base, 'ana-lima', 'country', 'Portugal'), SHARED));
    const io = memoryIo(dir);
    assert.equal(await runMergeDriver(['O', 'A', 'B', 'marginalia.actors.yaml'], io), 0, io.err.join(''));
    assert.deepEqual(parseSharedActors(readFileSync(join(dir, 'A'), 'utf8')).shared.actors[0].properties, { role: 'mayor', party: 'green', country: 'Portugal' });

    writeFileSync(join(dir, 'A'), writeSharedActors(withProperty(base, 'ana-lima', 'role', 'resident'), SHARED));
    writeFileSync(join(dir, 'B'), writeSharedActors(withProperty(base, 'ana-lima', 'role', 'former mayor'), SHARED));
    const conflicted = memoryIo(dir);
    assert.equal(await runMergeDriver(['O', 'A', 'B', 'marginalia.actors.yaml'], conflicted), 1);
    assert.equal(parseSharedActors(readFileSync(join(dir, 'A'), 'utf8')).shared.actors[0].properties.role, 'resident');
    assert.match(conflicted.err.join(''), /conflict: actors\.ana-lima\.property:role: ours "resident", theirs "former mayor"/);
  });
});

describe('mergeSharedActors', () => {
  it('keeps both sides\' new actors and aliases, honours a deletion, and leaves ours alone when a version does not read', () => {
    const base = 'marginalia: 1\nactors:\n  a:\n    type: person\n    name: A\n  gone:\n    type: person\n    name: G\n';
    const ours = 'marginalia: 1\nactors:\n  a:\n    type: person\n    name: A\n    aliases: [Ay]\n  b:\n    type: person\n    name: B\n  gone:\n    type: person\n    name: G\n';
    const theirs = 'marginalia: 1\nactors:\n  a:\n    type: person\n    name: A\n    aliases: [Aa]\n  c:\n    type: place\n    name: C\n';
    const result = mergeSharedActors({ base, ours, theirs });
    assert.equal(result.clean, true);
    const merged = parseSharedActors(result.text!).shared.actors;
    assert.deepEqual(merged.map((a) => a.id), ['a', 'b', 'c']);
    assert.deepEqual(merged[0].aliases, ['Ay', 'Aa']);
    const unreadable = mergeSharedActors({ base, ours, theirs: 'marginalia: 1\nactors: [\n' });
    assert.equal(unreadable.text, undefined);
    assert.equal(unreadable.clean, false);
  });
  it('recovers a file git left with conflict markers: both sides merged entry by entry, reported, and never written back with markers', () => {
    const head = 'marginalia: 1\nactors:\n  a:\n    type: person\n    name: A\n';
    const marked = `${head}<<<<<<< HEAD\n  b:\n    type: person\n    name: B\n=======\n  c:\n    type: place\n    name: C\n>>>>>>> other\n`;
    const result = mergeSharedActors({ base: marked, ours: marked, theirs: marked });
    assert.equal(result.clean, false, 'a recovered version is reported: git keeps the file unmerged for a look');
    assert.deepEqual(result.problems.map((problem) => [problem.kind, 'side' in problem ? problem.side : '']), [['recovered', 'base'], ['recovered', 'ours'], ['recovered', 'theirs']]);
    const text = result.text!;
    assert.ok(!text.includes('<<<<<<<') && !text.includes('>>>>>>>'), text);
    assert.deepEqual(parseSharedActors(text).shared.actors.map((actor) => actor.id), ['a', 'b', 'c']);
    // Markers whose sides do not read: nothing is written.
    const broken = `${head}<<<<<<< HEAD\n  b: [\n=======\n  c:\n    type: place\n    name: C\n>>>>>>> other\n`;
    assert.equal(mergeSharedActors({ base: broken, ours: broken, theirs: broken }).text, undefined);
  });
});
