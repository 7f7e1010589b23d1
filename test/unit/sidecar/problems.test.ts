import { strict as assert } from 'node:assert';
import { EMPTY_ANNOTATIONS } from '../../../src/core/model';
import { isWritable, parseSidecar, SidecarNotWritableError, writeSidecar, type SidecarProblem } from '../../../src/core/sidecar';

/** The problems of a source as `line:column severity code`, plus the messages for content checks. */
function problemsOf(source: string): { where: string[]; messages: string[]; problems: readonly SidecarProblem[] } {
  const { problems } = parseSidecar(source);
  return {
    where: problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`),
    messages: problems.map((p) => p.message),
    problems,
  };
}

const ACTORS = 'marginalia: 1\nactors:\n  francisca-bostyn:\n    type: person\n    name: Francisca Bostyn\n';

describe('sidecar problems', () => {
  it('reads a clean file without problems', () => {
    assert.deepEqual(problemsOf(ACTORS).where, []);
  });

  it('reports malformed YAML at its line and column and reads nothing', () => {
    const source = 'marginalia: 1\nactors:\n  a: [unclosed\n  b: x\n';
    const result = parseSidecar(source);
    assert.deepEqual(result.annotations, EMPTY_ANNOTATIONS);
    assert.equal(result.problems[0].severity, 'error');
    assert.equal(result.problems[0].code, 'yaml-syntax');
    // The unclosed flow sequence opened on line 3 runs into line 4, where the parser gives up.
    assert.equal(result.problems[0].line, 4);
    assert.equal(result.problems[0].column, 3);
  });

  it('reports a tab used as indentation at the tab', () => {
    assert.deepEqual(problemsOf('marginalia: 1\n\tactors: {}\n').where, ['2:1 error yaml-syntax']);
  });

  it('says clearly that a file with git conflict markers is in a merge conflict', () => {
    const source = [
      'marginalia: 1', 'actors:', '<<<<<<< HEAD', '  a: {type: person, name: A}', '=======',
      '  b: {type: person, name: B}', '>>>>>>> feature', '',
    ].join('\n');
    const { where, messages } = problemsOf(source);
    assert.deepEqual(where, ['3:1 error merge-conflict', '5:1 error merge-conflict', '7:1 error merge-conflict']);
    assert.match(messages[0], /merge conflict/);
    assert.equal(isWritable(parseSidecar(source).problems), false);
  });

  it('does not mistake a row of seven equals signs inside a text for a conflict marker', () => {
    assert.deepEqual(problemsOf(ACTORS + '    note: "=======" \n').where, []);
  });

  it('refuses a newer format version, pointing at the number', () => {
    const result = parseSidecar('marginalia: 2\nactors:\n  x: {type: person, name: X}\n');
    assert.deepEqual(result.problems.map((p) => `${p.line}:${p.column} ${p.code}`), ['1:13 newer-format']);
    assert.match(result.problems[0].message, /written by a newer Marginalia/);
    assert.deepEqual(result.annotations, EMPTY_ANNOTATIONS);
    assert.equal(isWritable(result.problems), false);
  });

  it('rejects a version that is not a positive integer', () => {
    assert.deepEqual(problemsOf('marginalia: one\n').where, ['1:13 error bad-version']);
    assert.deepEqual(problemsOf('marginalia: 0\n').where, ['1:13 error bad-version']);
  });

  it('warns when the version is missing but still reads the file', () => {
    const result = parseSidecar('actors:\n  x: {type: person, name: X}\n');
    assert.deepEqual(result.problems.map((p) => `${p.severity} ${p.code}`), ['warning missing-version']);
    assert.equal(result.annotations.actors[0].name, 'X');
    assert.ok(isWritable(result.problems));
  });

  it('reports a duplicate actor id at the second key, naming the line of the first', () => {
    const { where, messages } = problemsOf(ACTORS + '  francisca-bostyn:\n    type: person\n    name: F. Bostyn\n');
    assert.deepEqual(where, ['6:3 error duplicate-id']);
    assert.match(messages[0], /duplicate actor id 'francisca-bostyn' \(first defined on line 3\)/);
  });

  it('reports a duplicate topic id and a duplicate field', () => {
    const source = 'marginalia: 1\ntopics:\n  t: {label: T}\n  t: {label: U}\nactors:\n  a: {type: person, name: A, name: B}\n';
    assert.deepEqual(problemsOf(source).where, ['4:3 error duplicate-id', '6:30 error duplicate-key']);
  });

  it('reports a speaker that is not an actor, at the speaker id', () => {
    const source = ACTORS + 'quotations:\n  - text: «oui»\n    speaker: paul-van-tigchelt\n';
    const { where, messages } = problemsOf(source);
    assert.deepEqual(where, ['8:14 error unknown-reference']);
    assert.match(messages[0], /speaker 'paul-van-tigchelt' is not an actor/);
    assert.match(messages[0], /speaker-text/);
  });

  it('reports unknown topics of quotations and unknown parents of topics', () => {
    const source = 'marginalia: 1\ntopics:\n  a: {label: A, parent: nowhere}\nquotations:\n  - {text: «x», topics: [a, b]}\n';
    assert.deepEqual(problemsOf(source).where, ['3:25 error unknown-reference', '5:29 error unknown-reference']);
  });

  it('rejects a quotation with both an actor speaker and a free-text speaker', () => {
    const source = ACTORS + 'quotations:\n  - text: «x»\n    speaker: francisca-bostyn\n    speaker-text: elle\n';
    assert.deepEqual(problemsOf(source).where, ['9:5 error conflicting-fields']);
  });

  it('reports fields of the wrong type where they are', () => {
    const source = 'marginalia: 1\nactors:\n  a:\n    type: person\n    name: [A]\n    aliases: Bostyn\n  b: just a string\nquotations: {}\n';
    assert.deepEqual(problemsOf(source).where, [
      '5:11 error wrong-type', '6:14 error wrong-type', '7:6 error wrong-type', '8:13 error wrong-type',
    ]);
  });

  it('reports missing names and types', () => {
    assert.deepEqual(problemsOf('marginalia: 1\nactors:\n  a: {type: person}\n').where, ['3:6 error missing-field']);
  });

  it('reports empty anchor texts, written empty or left out', () => {
    const source = 'marginalia: 1\nquotations:\n  - text: ""\n    before: "x "\n  - {before: a}\nnotes:\n  - text:\n    note: n\n';
    assert.deepEqual(problemsOf(source).where, ['3:11 error empty-anchor', '5:5 error empty-anchor', '7:5 error empty-anchor']);
  });

  it('warns about unknown keys (a typo) without refusing the file', () => {
    const result = parseSidecar(ACTORS + '    aliasses: [Bostyn]\n');
    assert.deepEqual(result.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code}`), ['6:5 warning unknown-key']);
    assert.match(result.problems[0].message, /aliasses/);
  });

  it('reads numbers and booleans written plain as the text typed', () => {
    const result = parseSidecar('marginalia: 1\nactors:\n  "2023":\n    type: date\n    name: 2023\n    aliases: [true, 0x1F]\n');
    assert.deepEqual(result.problems, []);
    assert.equal(result.annotations.actors[0].name, '2023');
    assert.deepEqual(result.annotations.actors[0].aliases, ['true', '0x1F']);
  });

  it('warns about the same quotation stored twice', () => {
    const source = 'marginalia: 1\nquotations:\n  - {text: «x», before: "a "}\n  - text: «x»\n    before: "a "\n';
    const { where, messages } = problemsOf(source);
    assert.deepEqual(where, ['4:5 warning duplicate-entry']);
    assert.match(messages[0], /first on line 3/);
  });

  it('rejects a YAML file that is not a sidecar', () => {
    assert.deepEqual(problemsOf('- a\n- b\n').where, ['1:1 error not-a-sidecar']);
  });

  it('reads CRLF files and a BOM with the same positions', () => {
    const { where } = problemsOf('\ufeffmarginalia: 1\r\nactors:\r\n  a: {type: person, name: A}\r\n  a: {type: person, name: B}\r\n');
    assert.deepEqual(where, ['4:3 error duplicate-id']);
  });

  it('never lets the writer overwrite a file with errors', () => {
    const conflicted = 'marginalia: 1\n<<<<<<< HEAD\nactors: {}\n=======\n>>>>>>> b\n';
    assert.throws(() => writeSidecar(EMPTY_ANNOTATIONS, conflicted), SidecarNotWritableError);
    assert.throws(() => writeSidecar(EMPTY_ANNOTATIONS, parseSidecar('marginalia: 9\n')), /newer Marginalia/);
  });

  it('refuses to write a model whose references do not resolve', () => {
    const model = { ...EMPTY_ANNOTATIONS, quotations: [{ anchor: { text: 'x', before: '', after: '' }, speaker: { actor: 'nobody' }, topics: [] }] };
    assert.throws(() => writeSidecar(model), /speaker 'nobody' is not an actor/);
  });

  describe('recorded merge conflicts', () => {
    const CONFLICTS = [
      ACTORS + 'quotations:',
      '  - text: «oui»',
      '    speaker-text: la presse',
      'conflicts:',
      '  # from the merge of bob',
      '  - path: actors.francisca-bostyn.name',
      '    section: actors',
      '    entry: francisca-bostyn',
      '    field: name',
      '    base: Francisca Bostyn',
      '    ours: F. Bostyn',
      '    theirs: Francisca Bostijn',
      '  - path: quotations["«oui»"]',
      '    section: quotations',
      '    entry: {text: «oui»}',
      '    base: {anchor: {text: «oui», before: "", after: ""}, topics: []}',
      '    ours: {anchor: {text: «oui», before: "", after: ""}, topics: [], speaker: {text: la presse}}',
      '',
    ].join('\n');

    it('reads them into the model and reports each at its entry, naming the path and both values', () => {
      const parsed = parseSidecar(CONFLICTS);
      assert.deepEqual(parsed.annotations.conflicts, [
        {
          path: 'actors.francisca-bostyn.name', section: 'actors', entry: 'francisca-bostyn', field: 'name',
          base: 'Francisca Bostyn', ours: 'F. Bostyn', theirs: 'Francisca Bostijn',
        },
        {
          path: 'quotations["«oui»"]', section: 'quotations', entry: { text: '«oui»', before: '', after: '' },
          base: { anchor: { text: '«oui»', before: '', after: '' }, topics: [] },
          ours: { anchor: { text: '«oui»', before: '', after: '' }, topics: [], speaker: { text: 'la presse' } },
        },
      ]);
      const { where, messages, problems } = problemsOf(CONFLICTS);
      assert.deepEqual(where, ['11:5 error merge-conflict-recorded', '18:5 error merge-conflict-recorded']);
      assert.deepEqual([problems[0].endLine, problems[0].endColumn], [17, 30]);
      assert.match(messages[0], /actors\.francisca-bostyn\.name: ours "F\. Bostyn", theirs "Francisca Bostijn" \(base "Francisca Bostyn"\)/);
      // A long value is shortened.
      assert.match(messages[1], /quotations\["«oui»"\]: ours \{"anchor":.{50,}…, theirs \(absent\) \(base \{"anchor":/);
      // The entry's anchor is a reference to the quotation, not an anchor of its own to resolve.
      assert.equal(parsed.anchorSites.length, 1);
    });

    it('stay writable: resolving one conflict rewrites only its lines, the last one takes the section along', () => {
      const parsed = parseSidecar(CONFLICTS);
      assert.equal(isWritable(parsed.problems), true);
      const [first, second] = parsed.annotations.conflicts ?? [];
      const resolved = writeSidecar({ ...parsed.annotations, conflicts: [second] }, parsed);
      assert.equal(resolved, CONFLICTS.replace(/  # from the merge of bob\n(.*\n){7}/, ''));
      assert.equal(writeSidecar({ ...parsed.annotations, conflicts: [] }, resolved), CONFLICTS.slice(0, CONFLICTS.indexOf('conflicts:')));
      assert.equal(writeSidecar({ ...parsed.annotations, conflicts: [first, second] }, parsed), CONFLICTS);
    });

    it('reports malformed conflict entries at their line, and then the file is not overwritten', () => {
      const source = [
        'marginalia: 1',
        'conflicts:',
        '  - {section: actors, entry: a}',
        '  - {path: p, section: codebook, entry: a}',
        '  - {path: p, section: notes, entry: a}',
        '  - {path: p, section: actors, entry: {text: a}}',
        '  - {path: p, section: actors}',
        '  - just a line',
        '',
      ].join('\n');
      const { where, problems } = problemsOf(source);
      assert.deepEqual(where, [
        '3:5 error missing-field', '4:24 error wrong-type', '5:38 error wrong-type', '6:39 error wrong-type',
        '7:5 error missing-field', '8:5 error wrong-type',
      ]);
      assert.equal(parseSidecar(source).annotations.conflicts, undefined);
      assert.equal(isWritable(problems), false);
    });

    it('refuses to write a conflict that does not point at an entry', () => {
      const model = { ...EMPTY_ANNOTATIONS, conflicts: [{ path: 'notes[x]', section: 'notes' as const, entry: 'x' }] };
      assert.throws(() => writeSidecar(model), /'entry' of merge conflict 'notes\[x\]' must be an anchor/);
    });
  });
});
