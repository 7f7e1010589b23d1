import { strict as assert } from 'node:assert';
import { main } from '../../../src/cli/main';
import { memoryIo } from './memoryIo';

/** Every command, with arguments it must refuse as bad usage (exit 2). */
const COMMANDS: readonly (readonly [command: string, usageName: string, badUsage: readonly string[]])[] = [
  ['check', 'check', ['--bogus']],
  ['import', 'import', ['brat', '--bogus', 'x']],
  ['import', 'import', ['csv', 'x']],
  ['export', 'export', ['--format', 'brat', '--out']],
  ['export', 'export', ['x']],
  ['suggest', 'suggest', ['--format']],
  ['merge-driver', 'merge-driver', ['--article']],
  ['stats', 'stats', ['--json=yes']],
  ['agree', 'agree', ['--bogus']],
];

describe('marginalia (the command line entry point)', () => {
  for (const [command, usageName, badUsage] of COMMANDS) {
    it(`${command} --help prints its usage on stdout and exits 0`, async () => {
      for (const help of ['--help', '-h']) {
        const io = memoryIo('.');
        assert.equal(await main([command, help], io), 0);
        assert.match(io.out.join(''), new RegExp(`^Usage: marginalia ${usageName}`));
        assert.deepEqual(io.err, []);
      }
    });

    it(`${command} ${badUsage.join(' ')} says what is wrong and its usage on stderr, exit 2`, async () => {
      const io = memoryIo('.');
      assert.equal(await main([command, ...badUsage], io), 2);
      assert.match(io.err.join(''), new RegExp(`^marginalia ${usageName}: .+\\n[\\s\\S]*Usage: marginalia ${usageName}`));
      assert.deepEqual(io.out, []);
    });
  }

  it('prints the list of commands on stdout for --help (exit 0), on stderr without a command or with an unknown one (exit 2)', async () => {
    const help = memoryIo('.');
    assert.equal(await main(['--help'], help), 0);
    assert.match(help.out.join(''), /^Usage: marginalia <command>/);
    assert.deepEqual(help.err, []);
    for (const [args, problem] of [[[], 'no command given'], [['frobnicate'], "unknown command 'frobnicate'"]] as const) {
      const io = memoryIo('.');
      assert.equal(await main(args, io), 2);
      assert.equal(io.err.join('').split('\n')[0], `marginalia: ${problem}`);
      assert.match(io.err.join(''), /Usage: marginalia <command>/);
      assert.deepEqual(io.out, []);
    }
  });

  it('lists every command it runs in its usage', async () => {
    const io = memoryIo('.');
    await main(['--help'], io);
    for (const command of new Set(COMMANDS.map(([name]) => name))) assert.match(io.out.join(''), new RegExp(`^  ${command} `, 'm'), command);
  });
});
