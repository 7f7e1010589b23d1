/** Every command's arguments go through one parser: `node:util.parseArgs`, strict. */
import { parseArgs } from 'node:util';

/** The options a command takes: each a flag (`boolean`) or an option with a value (`string`). */
export type OptionTypes = Readonly<Record<string, 'boolean' | 'string'>>;

export interface CommandArguments<O extends OptionTypes> {
  readonly values: { readonly [K in keyof O]?: O[K] extends 'string' ? string : boolean };
  readonly positionals: readonly string[];
}

/**
 * Parses `args` (after the command's name). `--name=value` and `--name value` both work, `--`
 * ends the options, and `--help`/`-h` is always a flag. An unknown option or a missing value
 * gives a string saying so, for the command to print above its usage (exit 2).
 */
export function parseCommandArgs<O extends OptionTypes>(args: readonly string[], types: O): CommandArguments<O> | string {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, type] of Object.entries(types)) options[name] = { type };
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values: values as CommandArguments<O>['values'], positionals };
  } catch (error) {
    return usageProblem(error);
  }
}

/** Whether the arguments ask for the command's help (before any other check of them). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Node's message, in the words the commands have always used. */
function usageProblem(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(text);
  if (unknown) return `unknown option '${unknown[1]}'`;
  const missing = /^Option '(?:-\w, )?(--?[^\s']+) <value>' argument missing/.exec(text);
  if (missing) return `${missing[1]} needs a value`;
  return text.replace(/\.$/, '');
}
