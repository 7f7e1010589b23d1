/** The `marginalia` command line: the same core as the extension. */
import { runAgree } from './agree';
import { runImport } from './brat';
import { runCheck } from './check';
import { runExportCommand } from './export';
import { runMergeDriver } from './mergeDriver';
import { runStats } from './stats';
import { runSuggest } from './suggest';
import { version } from '../../package.json';
import { resolveAnchors } from '../core/anchoring';
import { processIo, type CommandIo } from './io';

const USAGE = `Usage: marginalia <command> [options] [PATH...]

Commands:
  check [--jobs N] [PATH...]              check sidecars: parse, schema, anchors
  import brat [--out DIR] [--jobs N] PATH...   brat .ann beside each text -> .ann.yaml
  export --format brat [--out DIR] PATH...
  export --format csv|jsonl|w3c|conll [--out FILE] PATH...
  suggest --format brat [--out DIR] [--jobs N] PATH...
  merge-driver %O %A %B %P                three-way merge of a sidecar (git merge driver)
  stats [PATH...]                         counts per type, quotations per speaker, orphans
  stats --by speaker|type|property:NAME [--json|--csv] [PATH...]
  agree REV_A REV_B [PATH...] | --dirs A B   agreement of two annotators (F1, kappa, alpha-u)

check, suggest and import take --jobs N: N files at a time (default: the CPUs), the same output.
Every command takes --help; marginalia --version prints the version.`;

/** Runs the command named first in `args`; resolves to the exit status (2 on bad usage, whose message and usage go to stderr). */
export async function main(args: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command === '--version' || command === '-V') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (command === 'check') return runCheck(rest, { out: io.stdout, err: io.stderr, resolve: resolveAnchors, stderrIsTTY: io.stderrIsTTY, workerEntry: io.workerEntry });
  if (command === 'merge-driver') return runMergeDriver(rest, io);
  if (command === 'stats') return runStats(rest, io);
  if (command === 'agree') return runAgree(rest, io);
  if (command === 'suggest') return runSuggest(rest, io);
  if (command === 'import') return runImport(rest, io);
  if (command === 'export') return runExportCommand(rest, io);
  io.stderr(`marginalia: ${command === undefined ? 'no command given' : `unknown command '${command}'`}\n${USAGE}\n`);
  return 2;
}
