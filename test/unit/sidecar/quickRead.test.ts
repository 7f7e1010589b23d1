/**
 * The quick reader (quickRead.ts, plainYaml.ts) against `parseSidecar`: whatever the text,
 * either it gives up (and `parseSidecar` reads) or `parseSidecar` reads that text without a
 * problem and builds the very same model. And it must not give up on what the writer writes.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { importBrat } from '../../../src/core/formats/bratImport';
import { parseStandoff } from '../../../src/core/formats/standoff';
import { parseSidecar, writeSidecar } from '../../../src/core/sidecar';
import { parseSidecarModel, readSidecarQuickly } from '../../../src/core/sidecar/quickRead';
import { annotations, anyText } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const FIXTURES = join(__dirname, '../../fixtures');

/** The property: the quick reader gives up, or gives exactly what parseSidecar gives. */
function agrees(source: string): boolean {
  const quick = readSidecarQuickly(source);
  const full = parseSidecar(source);
  assert.deepEqual(parseSidecarModel(source), { annotations: full.annotations, problems: full.problems }, JSON.stringify(source));
  if (quick === undefined) return false;
  assert.deepEqual(full.problems, [], `the quick reader read a sidecar parseSidecar reports on:\n${source}`);
  assert.deepStrictEqual(quick, full.annotations, source);
  return true;
}

/** Fragments that reach YAML's corners: indicators, quoting, escapes, comments, indentation, null words. */
const FRAGMENTS = [
  ': ', ':', ' #', '#', '- ', '-', '\n', '\n  ', '\n    ', '\n- ', '  ', ' ', '"', "'", "''", '|', '|-', '|+', '>', '[', ']', '{', '}', ',',
  '~', 'null', 'Null', 'true', '1', '0x1F', '1.50', '&a ', '*a', '!!str ', '!', '\t', '---\n', '...\n', '%YAML 1.2\n', '@', '`', '? ',
  '<<: ', '\\', '\\x41', '\\u00e9', '\\U0001F600', '\\ud83d', '\\q', '\\"', '\\n', '\\t', '\\0', '\\_', '\r\n', '\ufeff', '\u2028', '\u0085',
  'text: ', 'before: ', 'speaker: ', 'speaker-text: ', 'kind: indirect', 'kind: ', 'type: ', 'name: ', 'aliases: ', 'topics: ', 'note: ',
  'actors:', 'quotations:', 'topics:', 'notes:', 'rejected:', 'conflicts:', 'marginalia: 1', 'marginalia: 2', '{text: a}', '[a, b]', '[]', '{}',
  'mentions:', 'add:', 'exclude:', 'passages:', 'label: ', 'parent: ', 'external-id: ', 'a', 'é', '«', '😀',
];

/** A written sidecar with edits: fragments inserted, ranges deleted, lines doubled or re-indented. */
const edited = fc.tuple(
  annotations.map((model) => writeSidecar(model)),
  fc.array(fc.record({
    kind: fc.constantFrom('insert', 'delete', 'double', 'indent', 'dedent'),
    at: fc.nat(),
    length: fc.nat({ max: 12 }),
    fragment: fc.oneof(fc.constantFrom(...FRAGMENTS), anyText),
  }), { minLength: 1, maxLength: 4 }),
).map(([source, edits]) => {
  let text = source;
  for (const { kind, at, length, fragment } of edits) {
    const position = text.length === 0 ? 0 : at % text.length;
    const lineStart = text.lastIndexOf('\n', position - 1) + 1;
    const lineEnd = text.indexOf('\n', position) === -1 ? text.length : text.indexOf('\n', position) + 1;
    if (kind === 'insert') text = text.slice(0, position) + fragment + text.slice(position);
    else if (kind === 'delete') text = text.slice(0, position) + text.slice(position + length);
    else if (kind === 'double') text = text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    else if (kind === 'indent') text = text.slice(0, lineStart) + '  ' + text.slice(lineStart);
    else if (text.startsWith('  ', lineStart)) text = text.slice(0, lineStart) + text.slice(lineStart + 2);
  }
  return text;
});

/** Sidecar-shaped data printed by `yaml` in other styles than the writer's (flow, quoting, folding). */
const restyled = fc.tuple(
  annotations,
  fc.record({ flow: fc.boolean(), quote: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'), width: fc.constantFrom(0, 20, 80), indent: fc.constantFrom(2, 4), indentSeq: fc.boolean() }),
).map(([model, style]) => {
  const anchorData = (a: { text: string; before: string; after: string }) => ({ text: a.text, ...(a.before && { before: a.before }), ...(a.after && { after: a.after }) });
  const data = {
    marginalia: 1,
    actors: Object.fromEntries(model.actors.map((a) => [a.id, {
      type: a.type, name: a.name, ...(a.aliases.length > 0 && { aliases: a.aliases }), ...(a.note !== undefined && { note: a.note }),
      ...(a.externalId !== undefined && { 'external-id': a.externalId }),
      ...((a.added.length > 0 || a.excluded.length > 0) && { mentions: { add: a.added.map(anchorData), exclude: a.excluded.map(anchorData) } }),
    }])),
    quotations: model.quotations.map((q) => ({
      ...anchorData(q.anchor), ...(q.kind && { kind: q.kind }), ...(q.speaker && ('actor' in q.speaker ? { speaker: q.speaker.actor } : { 'speaker-text': q.speaker.text })),
      ...(q.cue && { cue: anchorData(q.cue) }), topics: q.topics, ...(q.note !== undefined && { note: q.note }),
    })),
    topics: Object.fromEntries(model.topics.map((t) => [t.id, { label: t.label, ...(t.parent !== undefined && { parent: t.parent }), passages: t.passages.map(anchorData) }])),
    notes: model.notes.map((n) => ({ ...anchorData(n.anchor), note: n.text })),
    rejected: model.rejected.map((r) => ({ kind: r.kind, ...anchorData(r.anchor) })),
  };
  const seqStyle = style.flow ? { collectionStyle: 'flow' as const } : {};
  return stringify(data, { defaultStringType: style.quote, lineWidth: style.width, minContentWidth: 0, indent: style.indent, indentSeq: style.indentSeq, ...seqStyle });
});

/** A model's texts as an article's: letters, digits, spaces, line breaks and the punctuation of news (every other character made a letter). */
function newsLike<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[^\p{L}\p{N} \n,.;!?'’«»“”()%-]/gu, 'x') as T;
  if (Array.isArray(value)) return value.map(newsLike) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, newsLike(inner)])) as T;
  return value;
}

describe('quick sidecar reader', function () {
  this.timeout(Math.max(1, RUNS / 300) * 120_000);

  it('reads what the writer writes as parseSidecar does, and gives up seldom on texts like an article\'s', () => {
    fc.assert(fc.property(annotations, (model) => void agrees(writeSidecar(model))), { numRuns: RUNS });
    let read = 0;
    let clean = 0;
    fc.assert(fc.property(annotations, (model) => {
      const source = writeSidecar(newsLike(model));
      if (parseSidecar(source).problems.length === 0) clean++;
      if (agrees(source)) read++;
    }), { numRuns: RUNS });
    assert.ok(read >= clean * 0.9, `read ${read} of the ${clean} sidecars parseSidecar reads without a problem`);
  });

  it('gives up or agrees with parseSidecar on edited sidecars (broken YAML, wrong fields, odd scalars)', () => {
    let read = 0;
    fc.assert(fc.property(edited, (source) => {
      if (agrees(source)) read++;
    }), { numRuns: RUNS * 4 });
    assert.ok(read > 0);
  });

  it('gives up or agrees with parseSidecar on sidecars printed in other YAML styles', () => {
    fc.assert(fc.property(restyled, (source) => void agrees(source)), { numRuns: RUNS });
  });

  it('reads the constructs of the subset as yaml does', () => {
    const sources = [
      'marginalia: 1\nactors:\n  "2012":\n    type: date\n    name: "2012"\n    aliases: [Vingt-douze, \'l\'\'an\', "x\\u00e9\\ty"]\n',
      'marginalia: 1\n# a comment\nquotations:\n- text: |\n    deux\n\n      lignes\n  before: "a "\n  speaker-text: \'la presse\'\n  topics:\n  - t\ntopics:\n  t:\n    label: T\n',
      'marginalia: 1\nquotations:\n  - text: |-\n      sans fin\n    note: ~\n    kind: indirect\n  -\n    text: 1.50\n    cue: {text: dit, before: "a ", after: \' b\'}\n',
      'marginalia: 01\nactors:\n  a:\n    type: person\n    name: true\n    note: null\n    mentions:\n      add:\n        - {text: A}\n      exclude: []\nrejected: []\nnotes:\nconflicts:\n',
      // A flow map over several lines, as `yaml` prints one whose text holds blank lines: its double-quoted text folded.
      'marginalia: 1\nactors:\n  a:\n    type: t\n    name: A\n    mentions:\n      add:\n        - {\n            text: A,\n            after: " : la suite  \n\n\n              puis\\\n              fin \n            ici"\n          }\n',
    ];
    for (const source of sources) assert.ok(agrees(source), source);
  });

  it('leaves to parseSidecar what it reports, with the same line and column', () => {
    const sources = [
      'marginalia: 1\nactors: [\n',
      'marginalia: 1\nactors:\n  a:\n    type: person\n',
      'marginalia: 1\nquotations:\n  - text: x\n    speaker: nobody\n',
      'marginalia: 1\nquotations:\n  - text: x\n  - text: x\n',
      'marginalia: 1\nactors:\n  a: {type: t, name: n}\n  a: {type: t, name: n}\n',
      'marginalia: 2\n',
      'actors: {}\n',
      'marginalia: 1\nnotes: [{text: x, note: y, extra: z}]\n',
      'marginalia: 1\n<<<<<<< ours\n',
    ];
    for (const source of sources) {
      assert.equal(readSidecarQuickly(source), undefined, source);
      const model = parseSidecarModel(source);
      assert.ok(model.problems.length > 0, source);
      assert.deepEqual(model.problems, parseSidecar(source).problems);
    }
  });

  it('reads the fixtures\' sidecars and the imported brat fixtures as parseSidecar does, without giving up', () => {
    const sources = ['samples', 'workspace'].map((folder) => readFileSync(join(FIXTURES, folder, 'bostyn-rabat.txt.ann.yaml'), 'utf8'));
    for (const name of readdirSync(join(FIXTURES, 'brat')).filter((file) => file.endsWith('.ann'))) {
      const text = readFileSync(join(FIXTURES, 'brat', name.replace(/\.ann$/, '.txt')), 'utf8');
      sources.push(writeSidecar(importBrat(text, parseStandoff(readFileSync(join(FIXTURES, 'brat', name), 'utf8')).records).annotations));
    }
    for (const folder of readdirSync(join(FIXTURES, 'suggest'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      for (const name of readdirSync(join(FIXTURES, 'suggest', folder.name)).filter((file) => file.endsWith('.ann'))) {
        const path = join(FIXTURES, 'suggest', folder.name, name);
        const text = readFileSync(path.replace(/\.ann$/, '.txt'), 'utf8');
        sources.push(writeSidecar(importBrat(text, parseStandoff(readFileSync(path, 'utf8')).records).annotations));
      }
    }
    assert.ok(sources.length > 5);
    for (const source of sources) assert.ok(agrees(source), source.slice(0, 400));
  });
});
