import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { typeScriptFiles } from '../l10n/sourceMessages';
import { decodeUtf8, isWritable, modelIssues, parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { EMPTY_ANNOTATIONS, type Annotations } from '../../../src/core/model';
import { addStats, countAnnotations } from '../../../src/core/stats/annotationStats';

const errors = (source: string | Uint8Array) => parseSidecar(source).problems.filter((p) => p.severity === 'error');

describe('sidecar reader: no input makes it throw', () => {
  it('refuses an alias bomb in a recorded conflict with a message at the alias, in no time', () => {
    let source = 'marginalia: 1\nx0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++) source += `x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    source += 'conflicts:\n  - {path: actors.a.aliases, section: actors, entry: a, field: aliases, ours: *a9}\n';
    const started = Date.now();
    const [problem] = errors(source);
    assert.ok(Date.now() - started < 2000);
    assert.match(problem?.message ?? '', /aliases \(\*a9\) are not allowed/);
    assert.deepEqual([problem?.line, problem?.column], [13, 79]);
  });

  it('reports nesting too deep for the parser as a clear message with its position', function () {
    this.timeout(60_000);
    for (const source of [
      'marginalia: 1\nnotes: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n',
      'marginalia: 1\nnotes:\n' + '- '.repeat(20_000) + 'x\n',
    ]) {
      const [problem] = errors(source);
      assert.equal(problem?.message, 'the YAML nests too deeply to be read (a sidecar nests a few levels only)');
      assert.ok(problem && problem.line >= 2 && problem.column >= 1);
    }
  });

  it('leaves no spread of a list into a call in src (a sidecar with 130,000 orphans overflowed the stack)', () => {
    const offenders = typeScriptFiles(join(process.cwd(), 'src')).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, i) => (/\.(push|unshift)\(\.\.\.|Math\.(max|min)\(\.\.\./.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])));
    assert.deepEqual(offenders, []);
  });

  it('takes ids and types that are names of Object.prototype for what they are', () => {
    const source = 'marginalia: 1\nactors:\n  __proto__: {type: constructor, name: P}\n  constructor: {type: toString, name: C}\n  hasOwnProperty: {type: person, name: H}\n'
      + 'quotations:\n  - {text: «x», speaker: __proto__}\n  - {text: «y», speaker: constructor}\n';
    const parsed = parseSidecar(source);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.annotations.actors.map((a) => [a.id, a.type]), [['__proto__', 'constructor'], ['constructor', 'toString'], ['hasOwnProperty', 'person']]);
    assert.deepEqual(parseSidecar(writeSidecar(parsed.annotations)).annotations, parsed.annotations);
  });
});

describe('counting types and speakers named like Object.prototype', () => {
  it('counts a type "__proto__" or "constructor" as any other', () => {
    const { annotations } = parseSidecar('marginalia: 1\nactors:\n  a: {type: __proto__, name: A}\n  b: {type: constructor, name: B}\n  c: {type: constructor, name: C}\n'
      + 'quotations:\n  - {text: x, speaker-text: __proto__}\n');
    const stats = addStats(countAnnotations(annotations, 0), countAnnotations(annotations, 0));
    assert.deepEqual(Object.entries(stats.actorsByType), [['__proto__', 2], ['constructor', 4]]);
    assert.deepEqual(Object.entries(stats.quotationsBySpeaker), [['__proto__', 2]]);
    assert.equal(Object.getPrototypeOf(stats.actorsByType), Object.prototype);
  });
});

describe('sidecar reader and writer agree', () => {
  it('refuses an empty name or type, as the writer does (the merge driver then reads no side it cannot write)', () => {
    for (const [field, source] of [
      ['name', 'marginalia: 1\nactors:\n  a: {type: person, name: ""}\n'],
      ['type', "marginalia: 1\nactors:\n  a:\n    type: ''\n    name: A\n"],
    ] as const) {
      const problems = errors(source);
      assert.equal(problems.length, 1, source);
      assert.match(problems[0]!.message, new RegExp(`actor 'a' needs a non-empty '${field}'`));
      assert.equal(isWritable(problems), false);
      const model: Annotations = { ...EMPTY_ANNOTATIONS, actors: [{ id: 'a', type: field === 'type' ? '' : 'person', name: field === 'name' ? '' : 'A', aliases: [], added: [], excluded: [] }] };
      assert.throws(() => writeSidecar(model), new RegExp(`'${field}' of an actor must be a non-empty text`));
    }
  });

  it('refuses in the writer every model value of the wrong type (not only what the editor makes)', () => {
    const actor = { id: 'a', type: 'person', name: 'A', aliases: [], added: [], excluded: [] };
    const cases: [unknown, RegExp][] = [
      [{ actors: [{ ...actor, aliases: [1] }] }, /'aliases' of an actor must be a list of non-empty texts/],
      [{ actors: [{ ...actor, added: [{ text: 'x' }] }] }, /'added' of an actor must be a list of anchors/],
      [{ actors: [{ ...actor, colour: 'red' }] }, /an actor has no field 'colour'/],
      [{ quotations: [{ anchor: { text: 'x', before: '', after: '' }, topics: [], speaker: { actor: 'a', text: 'A' } }], actors: [actor] }, /must be a speaker/],
      [{ notes: [{ anchor: { text: 'x', before: '', after: '' }, text: 3 }] }, /'text' of a note must be a text/],
      [{ rejected: [{ kind: 'topic', anchor: { text: 'x', before: '', after: '' } }] }, /'kind' of a rejected suggestion must be one of actor, quotation/],
      [{ conflicts: [{ path: 'actors.a.name', section: 'actors', entry: 'a', field: 'name', ours: ['A'] }] }, /'ours' of merge conflict 'actors.a.name' must be a non-empty text/],
      [{ conflicts: [{ path: 'p', section: 'elsewhere', entry: 'a' }] }, /'section' of merge conflict 'p' must be one of/],
    ];
    for (const [partial, error] of cases) {
      const model = { ...EMPTY_ANNOTATIONS, ...(partial as object) } as Annotations;
      assert.match(modelIssues(model).join('; '), error);
      assert.throws(() => writeSidecar(model), error);
    }
  });
});

describe('sidecar bytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

  it('reads UTF-8 bytes as the text they encode', () => {
    const source = 'marginalia: 1\nnotes:\n  - {text: «été», note: ça}\n';
    assert.deepEqual(parseSidecar(utf8(source)).annotations, parseSidecar(source).annotations);
    assert.deepEqual(decodeUtf8(utf8('\ufeffa')).problems, []);
  });

  it('refuses invalid UTF-8 with the position of the first bad byte, naming Latin-1 when it looks like it', () => {
    const [problem] = errors(latin1('marginalia: 1\nnotes:\n  - {text: «été», note: x}\n'));
    assert.equal(problem?.code, 'encoding');
    assert.deepEqual([problem?.line, problem?.column], [3, 12]);
    assert.match(problem!.message, /not UTF-8 \(byte 0xAB here\); it looks like Latin-1 or Windows-1252/);
    const truncated = Uint8Array.from([...utf8('marginalia: 1\n# é'), 0xe2, 0x82]);
    const [cut] = errors(truncated);
    assert.deepEqual([cut?.line, cut?.column, cut?.code], [2, 4, 'encoding']);
    assert.equal(isWritable(parseSidecar(truncated).problems), false);
  });

  it('parses text already decoded (as the editor reads once for every listener) as it parses the bytes', () => {
    for (const bytes of [latin1('marginalia: 1\nnotes:\n  - {text: «été», note: x}\n'), utf8('marginalia: 1\nnotes:\n  - {text: «été», note: ça}\n')]) {
      const fromBytes = parseSidecar(bytes);
      const fromDecoded = parseSidecar(decodeUtf8(bytes));
      assert.deepEqual(fromDecoded.problems, fromBytes.problems);
      assert.deepEqual(fromDecoded.annotations, fromBytes.annotations);
    }
    assert.equal(isWritable(parseSidecar(decodeUtf8(latin1('marginalia: 1\n# café\n'))).problems), false);
  });

  it('refuses what a lenient decoder would let through: overlong forms, surrogates, code points past U+10FFFF', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      const { problems } = decodeUtf8(Uint8Array.from([0x61, ...bad]));
      assert.deepEqual([problems[0]?.line, problems[0]?.column], [1, 2], bad.join(','));
    }
  });
});
