import { strict as assert } from 'node:assert';
import { canPick, pickTitle, recordedConflictSites, resolveRecordedConflict } from '../../../src/core/git/recordedConflicts';
import type { MergeConflict } from '../../../src/core/model';
import { parseSidecar, type SidecarProblem } from '../../../src/core/sidecar';
import { actor, annotations } from '../merge/builders';

const nameConflict: MergeConflict = {
  path: 'actors.francisca-bostyn.name', section: 'actors', entry: 'francisca-bostyn', field: 'name',
  base: 'Francisca Bostyn', ours: 'F. Bostyn', theirs: 'Francisca Bostijn',
};
const deletedActor: MergeConflict = {
  path: 'actors.vsse', section: 'actors', entry: 'vsse', ours: actor('vsse', { name: 'VSSE', type: 'organization' }),
};

function recorded(line: number): SidecarProblem {
  return { line, column: 5, endLine: line + 6, endColumn: 30, severity: 'error', code: 'merge-conflict-recorded' as SidecarProblem['code'], message: 'merge conflict recorded' };
}

const SIDECAR = [
  'marginalia: 1',
  'actors:',
  '  francisca-bostyn:',
  '    type: person',
  '    name: F. Bostyn',
  'conflicts:',
  '  - path: actors.francisca-bostyn.name',
  '    section: actors',
  '    entry: francisca-bostyn',
  '    field: name',
  '    base: Francisca Bostyn',
  '    ours: F. Bostyn',
  '    theirs: Francisca Bostijn',
  '',
].join('\n');

describe('recorded merge conflicts in the editor', () => {
  it('pairs each conflict with the problem reported at its entry, in file order', () => {
    const parsed = {
      annotations: annotations({ conflicts: [nameConflict, deletedActor] }),
      problems: [recorded(20), { ...recorded(3), code: 'unknown-key' as const, severity: 'warning' as const }, recorded(12)],
    };
    const sites = recordedConflictSites(parsed);
    assert.deepEqual(sites.map((site) => [site.index, site.conflict.path, site.line]), [[0, nameConflict.path, 12], [1, deletedActor.path, 20]]);
  });

  it('offers nothing rather than a wrong site when the problems do not match the conflicts', () => {
    assert.deepEqual(recordedConflictSites({ annotations: annotations({ conflicts: [nameConflict] }), problems: [] }), []);
  });

  it('titles each pick with the value it keeps', () => {
    assert.equal(pickTitle(nameConflict, 'ours'), 'Keep ours ("F. Bostyn") for actors.francisca-bostyn.name');
    assert.equal(pickTitle(nameConflict, 'theirs'), 'Take theirs ("Francisca Bostijn") for actors.francisca-bostyn.name');
    assert.equal(pickTitle(nameConflict, 'base'), 'Keep base ("Francisca Bostyn") for actors.francisca-bostyn.name');
    assert.equal(pickTitle(deletedActor, 'theirs'), 'Take theirs (no entry) for actors.vsse');
    assert.equal(pickTitle(deletedActor, 'ours'), 'Keep ours ("VSSE") for actors.vsse');
  });

  it('rewrites the sidecar with the side picked and the conflict gone', () => {
    // The reader must read the `conflicts:` section: a reader that does not is a failure, not a skip.
    assert.equal(parseSidecar(SIDECAR).annotations.conflicts?.length, 1, 'the reader reads the recorded conflict');
    const resolved = resolveRecordedConflict(SIDECAR, 0, 'theirs', nameConflict.path);
    const parsed = parseSidecar(resolved);
    assert.equal(parsed.annotations.conflicts, undefined);
    assert.equal(parsed.annotations.actors[0]?.name, 'Francisca Bostijn');
    assert.doesNotMatch(resolved, /conflicts:/);
    assert.throws(() => resolveRecordedConflict(SIDECAR, 0, 'ours', 'actors.other.name'), /no longer records this conflict/);
  });
});

describe('recorded merge conflicts edited by hand: a Quick Fix only ever writes what the reader accepts', () => {
  const withConflict = (...lines: string[]): string => [
    'marginalia: 1', 'actors:', '  francisca-bostyn:', '    type: person', '    name: F. Bostyn', 'conflicts:', ...lines, '',
  ].join('\n');

  const WRONG_SHAPES: readonly [string, string[], RegExp][] = [
    ['a list where the name is a text', ['  - {path: actors.francisca-bostyn.name, section: actors, entry: francisca-bostyn, field: name, ours: [a, b]}'], /'ours' of a merge conflict must be a non-empty text/],
    ['an empty name', ['  - {path: actors.francisca-bostyn.name, section: actors, entry: francisca-bostyn, field: name, ours: ""}'], /must be a non-empty text/],
    ['a whole actor that is a text', ['  - {path: actors.francisca-bostyn, section: actors, entry: francisca-bostyn, ours: F. Bostyn}'], /'ours' of a merge conflict must be a map/],
    ['a whole actor without a name', ['  - {path: actors.francisca-bostyn, section: actors, entry: francisca-bostyn, ours: {id: francisca-bostyn, type: person, aliases: [], added: [], excluded: []}}'], /'name' of 'ours' of a merge conflict must be a non-empty text/],
    ['a whole actor with another id', ['  - {path: actors.francisca-bostyn, section: actors, entry: francisca-bostyn, ours: {id: vsse, type: person, name: V, aliases: [], added: [], excluded: []}}'], /must be the entry 'francisca-bostyn'/],
    ['an unknown field', ['  - {path: actors.francisca-bostyn.colour, section: actors, entry: francisca-bostyn, field: colour, ours: red}'], /'field' of a merge conflict must be a field of an entry of 'actors'/],
    ['a field that locates the entry', ['  - {path: actors.francisca-bostyn.id, section: actors, entry: francisca-bostyn, field: id, ours: other}'], /must be a field of an entry/],
    ['an empty path', ['  - {path: "", section: actors, entry: francisca-bostyn, field: name, ours: X}'], /needs a non-empty 'path'/],
    ['an anchor without its text', ['  - {path: "quotations[x].cue", section: quotations, entry: {text: x, before: "", after: ""}, field: cue, ours: {before: a, after: b}}'], /must be an anchor/],
    ['an alias', ['  - {path: actors.francisca-bostyn.name, section: actors, entry: francisca-bostyn, field: name, base: &n X, ours: *n}'], /aliases \(\*n\) are not allowed/],
    ['a key reaching the prototype', ['  - {path: actors.francisca-bostyn, section: actors, entry: francisca-bostyn, ours: {__proto__: {name: X}, id: francisca-bostyn}}'], /has no field '__proto__'/],
    ['a value nested without end', ['  - {path: actors.francisca-bostyn.aliases, section: actors, entry: francisca-bostyn, field: aliases, ours: ' + '['.repeat(40) + ']'.repeat(40) + '}'], /nests at most 8 levels/],
  ];
  for (const [what, lines, error] of WRONG_SHAPES) {
    it(`reports ${what} as an error at the value and offers no Quick Fix for it`, () => {
      const parsed = parseSidecar(withConflict(...lines));
      const problem = parsed.problems.find((p) => p.severity === 'error' && p.code !== 'merge-conflict-recorded');
      assert.ok(problem, 'an error');
      assert.match(problem.message, error);
      assert.ok(problem.line >= 7, 'at the conflict');
      assert.equal(parsed.annotations.conflicts, undefined);
      assert.deepEqual(recordedConflictSites(parsed), []);
      assert.throws(() => resolveRecordedConflict(withConflict(...lines), 0, 'ours'), /no longer records this conflict/);
    });
  }

  it('does not offer "Keep base" when base would leave the actor without a name (a field both sides added)', () => {
    const source = withConflict('  - {path: actors.francisca-bostyn.name, section: actors, entry: francisca-bostyn, field: name, ours: F. Bostyn, theirs: Francisca}');
    const parsed = parseSidecar(source);
    const [site] = recordedConflictSites(parsed);
    assert.deepEqual(site?.sides, ['ours', 'theirs']);
    assert.equal(canPick(parsed.annotations, 0, 'base'), false);
    assert.throws(() => resolveRecordedConflict(source, 0, 'base'), /needs|must be/);
  });

  it('writes, for every side it offers, a sidecar the reader reads without error', () => {
    const source = withConflict(
      '  - {path: actors.francisca-bostyn, section: actors, entry: francisca-bostyn, base: {id: francisca-bostyn, type: person, name: F, aliases: [], added: [], excluded: []}, ours: {id: francisca-bostyn, type: person, name: F. Bostyn, aliases: [FB], added: [{text: elle, before: "", after: ""}], excluded: []}}',
      '  - {path: actors.francisca-bostyn.note, section: actors, entry: francisca-bostyn, field: note, ours: "n: 1", theirs: "#2"}',
    );
    const parsed = parseSidecar(source);
    const sites = recordedConflictSites(parsed);
    assert.equal(sites.length, 2);
    for (const site of sites) {
      for (const side of site.sides) {
        const written = parseSidecar(resolveRecordedConflict(source, site.index, side, site.conflict.path));
        assert.deepEqual(written.problems.filter((p) => p.severity === 'error' && p.code !== 'merge-conflict-recorded'), [], `${site.conflict.path} ${side}`);
        assert.equal(written.annotations.conflicts?.length ?? 0, 1);
      }
    }
  });
});
