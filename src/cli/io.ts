/** Where a command writes, so tests can run commands in-process and read what they printed. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The folder relative paths are read from. */
  readonly cwd: string;
  /** Standard error is a terminal: progress is shown there, and never in CI logs or piped output. */
  readonly stderrIsTTY?: boolean;
  /** The script `--jobs` workers start from (the bundled CLI); absent, every file is worked on in this thread. */
  readonly workerEntry?: string;
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get cwd() {
    return process.cwd();
  },
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};
