import { main } from './cli/main';
import { processIo } from './cli/io';
import { WORKER_TASKS } from './cli/workerTasks';
import { isPoolWorker, serveTasks } from './node/workerPool';

// The same bundle is the `--jobs` workers' script: started as one, it serves the per-file tasks.
if (isPoolWorker()) {
  serveTasks(WORKER_TASKS);
} else {
  // Workers start from the bundle (dist/cli.js); run from the sources (tsx), the commands stay in one thread.
  const workerEntry = __filename.endsWith('.js') ? { workerEntry: { value: __filename } } : {};
  const io = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(processIo), ...workerEntry }) as typeof processIo;
  main(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`marginalia: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
