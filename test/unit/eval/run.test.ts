/**
 * `npm run eval` itself, as CI can run it without the evaluation corpus: on the CC BY fixtures
 * (test/fixtures/suggest, which has no German corpus) and with no corpus at all.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function runEval(corpus: string, output: string) {
  return spawnSync(tsx, [join(root, 'test', 'eval', 'run.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MARGINALIA_CORPUS: corpus, MARGINALIA_EVAL_OUT: output },
  });
}

describe('npm run eval', function () {
  this.timeout(120_000);
  let scratch: string;
  beforeEach(() => (scratch = mkdtempSync(join(tmpdir(), 'marginalia-eval-'))));
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints precision, recall and F1 per type, speaker accuracy and propagation, and writes them as JSON', () => {
    const output = join(scratch, 'eval.json');
    const run = runEval(join(root, 'test', 'fixtures', 'suggest'), output);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /direct quotations, exact +P \d\.\d{3} +R \d\.\d{3} +F1 \d\.\d{3}/);
    assert.match(run.stdout, /person \(exact span\+type\) +P /);
    assert.match(run.stdout, /speaker right on matched direct quotes: \d+\/\d+/);
    assert.match(run.stdout, /propagation \(leftmost-longest\): \d+\/\d+ propagated mentions are gold/);
    assert.match(run.stdout, /quotes-de\/dev: absent from this corpus, skipped/);
    const results = JSON.parse(readFileSync(output, 'utf8')) as { targets: { name: string; reached: number | null; met: boolean | null }[] };
    const target = (name: string) => results.targets.find((t) => t.name.startsWith(name))!;
    assert.equal(target('direct quotations F1, German').reached, null, 'not measured without quotes-de');
    assert.ok(target('French person/org/place F1, untyped').reached! > 0.8);
  });

  it('prints the French per-fold table with the worst fold beside the mean, and writes it as JSON', () => {
    const output = join(scratch, 'eval.json');
    const run = runEval(join(root, 'test', 'fixtures', 'suggest'), output);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /quotes-fr: 5 fixed folds/);
    assert.match(run.stdout, /fold +docs +direct F1 +spk acc +spk prec +spk recall +not kind 1/);
    assert.match(run.stdout, /\n {2}mean {13}( +\d\.\d{3}){5}\n {2}worst {12}( +\d\.\d{3}){5}\n/);
    assert.match(run.stdout, /quotes-en: absent from this corpus, skipped/);
    type Figures = { documents: number; directF1?: number; speakerAccuracy?: number; speakerPrecision?: number; notKindOneRate?: number };
    const results = JSON.parse(readFileSync(output, 'utf8')) as {
      folds: Record<string, { folds: { name: string; figures: Figures }[]; all: Figures; worst: Figures; mean: Figures }>;
    };
    const fr = results.folds['quotes-fr']!;
    assert.equal(fr.folds.length, 5);
    assert.equal(fr.folds.reduce((n, f) => n + f.figures.documents, 0), 8, 'every fixture document in one fold');
    const measured = fr.folds.map((f) => f.figures.speakerAccuracy).filter((v): v is number => v !== undefined);
    assert.equal(fr.worst.speakerAccuracy, Math.min(...measured));
    assert.ok(fr.worst.directF1! <= fr.mean.directF1! && fr.worst.notKindOneRate! >= fr.mean.notKindOneRate!);
    assert.ok(fr.all.speakerPrecision! >= fr.all.speakerAccuracy!, 'precision leaves out quotations without a suggested speaker');
    assert.equal(results.folds['quotes-de'], undefined);
  });

  it('says clearly when the corpus is absent, and exits 1', () => {
    const run = runEval(join(scratch, 'nowhere'), join(scratch, 'eval.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /eval: corpus not found at MARGINALIA_CORPUS=.*nowhere/);
  });
});
