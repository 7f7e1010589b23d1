/** The per-file work the `--jobs` workers do, by the task name the commands give the pool. */
import { importPair } from './brat';
import { checkSidecarSafely } from './check';
import { speakersTask } from './exportRows';
import { SharedActorsFiles } from './sharedActorsFile';
import { statsTask } from './stats';
import { suggestText } from './suggest';

export const WORKER_TASKS = {
  suggest: suggestText,
  check: (sidecar: string) => checkSidecarSafely(sidecar),
  import: importPair,
  speakers: speakersTask(new SharedActorsFiles()),
  stats: statsTask,
};
