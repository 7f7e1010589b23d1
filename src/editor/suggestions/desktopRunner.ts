/** The desktop editor's suggestion runner: a worker beside the extension's bundle, this thread when it fails. */
import { join } from 'node:path';
import { log } from '../log';
import { InThreadSuggestionRunner } from './suggestionRunner';
import { extensionTowns } from './towns';
import { WorkerSuggestionRunner } from './workerSuggestionRunner';

/** The worker's bundle, beside dist/extension.js (esbuild.mjs builds both). */
export const SUGGESTION_WORKER_SCRIPT = 'suggestionWorker.js';

export function desktopSuggestionRunner(): WorkerSuggestionRunner {
  return new WorkerSuggestionRunner({
    script: join(__dirname, SUGGESTION_WORKER_SCRIPT),
    fallback: new InThreadSuggestionRunner(extensionTowns),
    warn: (message) => log().warn(message),
  });
}
