import { strict as assert } from 'node:assert';
import { asksForHelp, parseCommandArgs } from '../../../src/cli/arguments';
import { runCheck } from '../../../src/cli/check';
import { runMergeDriver } from '../../../src/cli/mergeDriver';
import { runStats } from '../../../src/cli/stats';
import { runSuggest } from '../../../src/cli/suggest';
import { memoryIo } from './memoryIo';

describe('the commands\' argument parser', () => {
  const spec = { out: 'string', force: 'boolean' } as const;

  it('takes --name value and --name=value, flags, and positionals, with -- ending the options', () => {
    const plain = (parsed: unknown) => JSON.parse(JSON.stringify(parsed));
    assert.deepEqual(plain(parseCommandArgs(['--out', 'a', 'x', '--force', '--', '--y', '-'], spec)), { values: { out: 'a', force: true }, positionals: ['x', '--y', '-'] });
    assert.deepEqual(plain(parseCommandArgs(['--out=b'], spec)), { values: { out: 'b' }, positionals: [] });
  });

  it('says what is wrong in the words the commands print', () => {
    assert.equal(parseCommandArgs(['--bogus'], spec), "unknown option '--bogus'");
    assert.equal(parseCommandArgs(['-q'], spec), "unknown option '-q'");
    assert.equal(parseCommandArgs(['x', '--out'], spec), '--out needs a value');
    assert.match(parseCommandArgs(['--force=yes'], spec) as string, /'--force' does not take an argument/);
  });

  it('sees --help and -h before the end of the options only', () => {
    assert.ok(asksForHelp(['x', '-h']));
    assert.ok(!asksForHelp(['--', '--help']));
  });

  it('makes every command print its usage on stderr and exit 2 on bad usage', async () => {
    const runs: [string, (io: ReturnType<typeof memoryIo>) => Promise<number>][] = [
      ['check', (io) => runCheck(['--bogus'], { out: io.stdout, err: io.stderr, resolve: () => [] })],
      ['stats', (io) => runStats(['--bogus'], io)],
      ['suggest', (io) => runSuggest(['--format'], io)],
      ['merge-driver', (io) => runMergeDriver(['--article'], io)],
    ];
    for (const [command, run] of runs) {
      const io = memoryIo('.');
      assert.equal(await run(io), 2, command);
      assert.match(io.err.join(''), new RegExp(`^marginalia ${command}: .*\\n[\\s\\S]*Usage: marginalia ${command}`), command);
      assert.deepEqual(io.out, [], command);
    }
  });
});
