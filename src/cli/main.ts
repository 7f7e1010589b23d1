/** The `marginalia` command line: the same core as the extension. */
import { runExport, runImport } from './brat';
import { runCheck } from './check';
import { runMergeDriver } from './mergeDriver';
import { runStats } from './stats';
import { runSuggest } from './suggest';
import { version } from '../../package.json';

const USAGE = `Usage: marginalia <command> [options] [PATH...]

Commands:
  check [PATH...]                         check sidecars: parse, schema, anchors
  import brat [--out DIR] PATH...         brat .ann beside each text -> .ann.yaml
  export --format brat [--out DIR] PATH...
  suggest --format brat [--out DIR] PATH...
  merge-driver %O %A %B %P                three-way merge of a sidecar (git merge driver)
  stats [PATH...]                         counts per type, quotations per speaker, orphans

Every command takes --help; marginalia --version prints the version.`;

export async function main(args: readonly string[]): Promise<number> {
  const [command] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (command === 'check') return runCheck(args.slice(1));
  if (command === 'merge-driver') return runMergeDriver(args.slice(1));
  if (command === 'stats') return runStats(args.slice(1));
  if (command === 'suggest') return runSuggest(args.slice(1));
  if (command === 'import') return runImport(args.slice(1));
  if (command === 'export') return runExport(args.slice(1));
  process.stderr.write(`marginalia: unknown command '${command}'\n${USAGE}\n`);
  return 2;
}
