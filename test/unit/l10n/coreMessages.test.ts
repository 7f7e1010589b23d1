import { strict as assert } from 'node:assert';
import { resolveAnchors } from '../../../src/core/anchoring';
import { pickTitle, pickTitleMessage } from '../../../src/core/git/recordedConflicts';
import { formatMessage, message, verbatim } from '../../../src/core/messages';
import { EMPTY_ANNOTATIONS, type MergeConflict } from '../../../src/core/model';
import { addActor, addAlias, AnnotationError, removeNote, unrejectSuggestion } from '../../../src/core/operations';
import { checkArticleText, parseSidecar } from '../../../src/core/sidecar';
import { inFrench } from './inFrench';


/** Sidecars with one problem or more each, of most kinds the reader reports. */
const BROKEN_SIDECARS = [
  'marginalia: 1\nactors:\n  a:\n    type: person\n    name: A\n    name: B\n',
  'marginalia: 1\nactors:\n  a:\n    type: person\n',
  'marginalia: 1\nactors:\n  a: {type: person, name: A, colour: red}\n',
  'marginalia: 1\nquotations:\n  - text: ""\n',
  'marginalia: 1\nquotations:\n  - {text: x, speaker: nobody, topics: [t]}\n',
  'marginalia: 1\nquotations:\n  - {text: x, speaker: a, speaker-text: A}\n',
  'marginalia: 1\ntopics:\n  t: {label: T, parent: t}\n',
  'marginalia: 9\n',
  'marginalia: one\n',
  'actors: {}\n',
  '- a list\n',
  'marginalia: 1\nactors:\n  a: {type: person, name: A}\n  a: {type: person, name: B}\n',
  'marginalia: 1\nnotes:\n  - {text: x, note: n}\n  - {text: x, note: n}\n',
  'marginalia: 1\nrejected:\n  - {kind: nothing, text: x}\n',
  'marginalia: 1\nactors: [a]\n',
  'marginalia: 1\nactors:\n  a: {type: person, name: A, aliases: x, mentions: {add: x}}\n',
  'marginalia: 1\nconflicts:\n  - {path: actors.a.name, section: actors, entry: a, field: name, ours: A, theirs: B}\n',
  'marginalia: 1\nconflicts:\n  - {path: p, section: elsewhere}\n',
  'marginalia: 1\n<<<<<<< ours\nactors: {}\n=======\n>>>>>>> theirs\n',
  'marginalia: 1\nactors: {a: [\n',
];

describe('l10n: the core writes its texts as messages the editor translates', () => {
  it('formats a message in English: arguments in place, nested messages first, other braces left alone', () => {
    const what = message("actor '{0}'", 'vsse');
    assert.equal(formatMessage(message("duplicate key '{0}' in {1}", 'name', what)), "duplicate key 'name' in actor 'vsse'");
    assert.equal(formatMessage(message('{0} must be a list of {text, before, after}', what)), "actor 'vsse' must be a list of {text, before, after}");
    assert.equal(formatMessage(message('{0} and {1}', 'one')), 'one and {1}');
    assert.equal(formatMessage(verbatim('Nested mappings are not allowed {0}')), 'Nested mappings are not allowed {0}');
  });

  it('gives each sidecar problem its message as a template, whose English is the problem\'s message', () => {
    const problems = BROKEN_SIDECARS.flatMap((source) => parseSidecar(source).problems);
    assert.ok(new Set(problems.map((problem) => problem.code)).size >= 12, 'the sample covers most kinds of problem');
    for (const problem of problems) {
      assert.ok(problem.localizable, `${problem.code} has a template`);
      assert.equal(formatMessage(problem.localizable), problem.message);
    }
  });

  it('shows every one of those problems wholly in French with the bundle (the YAML parser\'s own words aside)', () => {
    const problems = BROKEN_SIDECARS.flatMap((source) => parseSidecar(source).problems).filter((problem) => problem.code !== 'yaml-syntax');
    for (const problem of problems) {
      const shown = inFrench(problem.localizable!);
      assert.notEqual(shown, problem.message, `${problem.code}: ${problem.message}`);
      // English words of the sentences; the names of keys and values (`kind: actor`) stay as the file writes them.
      assert.doesNotMatch(shown, /\b(must|needs|duplicate|unknown|sidecar|missing|ours|theirs|is not)\b/, `${problem.code}: ${shown}`);
    }
  });

  it('translates what a problem is about inside the problem (nested messages)', () => {
    const [problem] = parseSidecar('marginalia: 1\nactors:\n  vsse:\n    type: organization\n    name: VSSE\n    name: Sûreté\n').problems;
    assert.equal(problem?.message, "duplicate key 'name' in actor 'vsse'");
    assert.equal(inFrench(problem.localizable!), "l'acteur «\u00a0vsse\u00a0»\u00a0: clé «\u00a0name\u00a0» en double");
  });

  it('keeps the YAML parser\'s message as it is, in every language', () => {
    const problem = parseSidecar('marginalia: 1\nactors: {a: [\n').problems.find((p) => p.code === 'yaml-syntax');
    assert.ok(problem?.localizable);
    assert.equal(inFrench(problem.localizable), problem.message);
  });

  it('gives the guards of too large and binary files their templates', () => {
    for (const problem of [...checkArticleText('x'.repeat(2048), 1024), ...checkArticleText('a\0b')]) {
      assert.equal(formatMessage(problem.localizable!), problem.message);
      assert.match(inFrench(problem.localizable!), /^(fichier trop volumineux|le fichier semble binaire)/);
    }
  });

  it('gives the reason of an orphan as a template too', () => {
    const [resolution] = resolveAnchors('Nothing of the sort here.', [{ text: 'Francisca Bostyn', before: 'said ', after: ' on' }]);
    assert.ok(resolution?.kind === 'orphan' && resolution.localizableReason);
    assert.equal(formatMessage(resolution.localizableReason), resolution.reason);
    assert.match(inFrench(resolution.localizableReason), /^introuvable/);
  });

  it('gives a refused operation its reason as a template (the editor shows it in French)', () => {
    const withActor = addActor(EMPTY_ANNOTATIONS, 'organization', 'VSSE', { id: 'vsse' });
    const refusals: [() => unknown, RegExp][] = [
      [() => addActor(withActor, 'person', 'Autre', { id: 'vsse' }), /^Un acteur a déjà l'identifiant «\u00a0vsse\u00a0»\.$/],
      [() => addAlias(withActor, 'vsse', '  '), /^Un alias ne peut pas être vide\.$/],
      [() => removeNote(withActor, { text: 'Rabat', before: '', after: '' }), /^Il n'y a pas de note sur «\u00a0Rabat\u00a0»\.$/],
      [() => unrejectSuggestion(withActor, 'quotation', { text: 'Rabat', before: '', after: '' }), /^Aucune suggestion «\u00a0Rabat\u00a0» \(citation\) n'a été rejetée\.$/],
    ];
    for (const [refused, french] of refusals) {
      assert.throws(refused, (error: unknown) => {
        assert.ok(error instanceof AnnotationError);
        assert.equal(formatMessage(error.localizable), error.message);
        assert.match(inFrench(error.localizable), french);
        return true;
      });
    }
  });

  it('titles the Quick Fixes of a recorded conflict with templates', () => {
    const conflict: MergeConflict = { path: 'actors.vsse', section: 'actors', entry: 'vsse', ours: { id: 'vsse', type: 'organization', name: 'VSSE', aliases: [], added: [], excluded: [] } };
    assert.equal(formatMessage(pickTitleMessage(conflict, 'theirs')), pickTitle(conflict, 'theirs'));
    assert.equal(inFrench(pickTitleMessage(conflict, 'theirs')), 'Prendre leur version (aucune entrée) pour actors.vsse');
    assert.equal(inFrench(pickTitleMessage(conflict, 'ours')), 'Garder notre version ("VSSE") pour actors.vsse');
  });
});
