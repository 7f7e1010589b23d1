import { strict as assert } from 'node:assert';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSuggest } from '../../../src/cli/suggest';
import { suggestQuotations } from '../../../src/core/suggestions';

describe('marginalia suggest', () => {
  let folder: string;
  const quiet = <T>(run: () => Promise<T>): Promise<T> => {
    const write = process.stderr.write.bind(process.stderr);
    const out = process.stdout.write.bind(process.stdout);
    process.stderr.write = (() => true) as typeof process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    return run().finally(() => {
      process.stderr.write = write;
      process.stdout.write = out;
    });
  };
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'marginalia-suggest-'));
    await mkdir(join(folder, 'in', 'sub'), { recursive: true });
    await writeFile(join(folder, 'in', 'sub', 'a.txt'), '\uFEFF« Il pleut », a dit Jean Dupont à Paris.');
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('writes NAME.ann under --out with the relative path kept', async () => {
    assert.equal(await runSuggest(['--format', 'brat', '--out', join(folder, 'out'), join(folder, 'in')]), 0);
    const ann = await readFile(join(folder, 'out', 'sub', 'a.ann'), 'utf8');
    assert.match(ann, /\tQuote 0 12\t« Il pleut »/u);
    assert.match(ann, /\tSpeaker 20 31\tJean Dupont/u); // offsets after the BOM is stripped
  });
  it('writes beside the text without --out', async () => {
    assert.equal(await runSuggest(['--format=brat', join(folder, 'in', 'sub', 'a.txt')]), 0);
    assert.match(await readFile(join(folder, 'in', 'sub', 'a.ann'), 'utf8'), /Location/u);
  });
  it('exits 2 on bad usage and 1 on unreadable input', async () => {
    assert.equal(await quiet(() => runSuggest([join(folder, 'in')])), 2);
    assert.equal(await quiet(() => runSuggest(['--format', 'xml', join(folder, 'in')])), 2);
    assert.equal(await quiet(() => runSuggest(['--format', 'brat', join(folder, 'missing')])), 1);
    assert.equal(await quiet(() => runSuggest(['--format', 'brat', '--speakers', 'some', join(folder, 'in')])), 2);
  });
  it('writes a speaker exactly where the editor shows one, by default and with --speakers all', async () => {
    // the second quotation's speaker is only the speaker of the paragraph before: a guess
    const text = '« Il pleut », a dit Jean Dupont.\n\n« Nous avons tout vérifié, chaque chiffre. »';
    await writeFile(join(folder, 'in', 'b.txt'), text);
    const speakersIn = async (args: string[]): Promise<string[]> => {
      assert.equal(await quiet(() => runSuggest(['--format', 'brat', '--force', ...args, join(folder, 'in', 'b.txt')])), 0);
      // one Speaker relation per quotation that has one; their T lines, shared when the span is the same
      const ann = await readFile(join(folder, 'in', 'b.ann'), 'utf8');
      const spans = new Map([...ann.matchAll(/^(T\d+)\tSpeaker \d+ \d+\t(.*)$/gmu)].map((m) => [m[1]!, m[2]!]));
      return [...ann.matchAll(/\tSpeaker Arg1:T\d+ Arg2:(T\d+)/gu)].map((m) => spans.get(m[1]!)!);
    };
    const editorDefault = suggestQuotations(text).flatMap((q) => (q.speaker ? [q.speaker.text] : []));
    assert.deepEqual(await speakersIn([]), editorDefault);
    assert.deepEqual(editorDefault, ['Jean Dupont']);
    assert.deepEqual(await speakersIn(['--speakers', 'all']), ['Jean Dupont', 'Jean Dupont']);
  });
});
