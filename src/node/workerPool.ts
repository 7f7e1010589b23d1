/**
 * A pool of `worker_threads` running named tasks over a list of inputs, handing the results
 * back in input order so that what the caller prints and writes is the same as with one thread.
 * The workers start from a script (the bundled CLI) that calls {@link serveTasks} when it finds
 * itself started as a worker ({@link isPoolWorker}).
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** The tasks a worker can run, by name: each takes a structured-cloneable input and returns one. */
export type TaskHandlers = Readonly<Record<string, (input: never) => unknown>>;

const WORKER_MARK = 'marginaliaPoolWorker';

interface Request {
  readonly id: number;
  readonly task: string;
  readonly input: unknown;
}
type Reply = { readonly id: number; readonly result: unknown } | { readonly id: number; readonly error: string };

/** The default number of jobs: one per CPU the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** Whether this thread was started by {@link mapInOrder} and should serve its tasks. */
export function isPoolWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true;
}

/** Runs in a worker: answers each request with its task's result (or its error's message). */
export function serveTasks(handlers: TaskHandlers): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread only');
  port.on('message', (request: Request) => {
    const handler = handlers[request.task] as ((input: unknown) => unknown) | undefined;
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown task '${request.task}'`);
        return handler(request.input);
      })
      .then(
        (result) => port.postMessage({ id: request.id, result } satisfies Reply),
        (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
      );
  });
}

/**
 * Runs `task` on every input in up to `jobs` workers started from `entry`, and calls `onResult`
 * with each result in input order (a result waits for those before it). Rejects on the first
 * task that throws or worker that dies; the workers are stopped either way.
 */
export async function mapInOrder<I, R>(
  entry: string,
  task: string,
  inputs: readonly I[],
  jobs: number,
  onResult: (result: R, index: number) => void,
): Promise<void> {
  const count = Math.max(1, Math.min(jobs, inputs.length));
  const workers: Worker[] = [];
  const results = new Map<number, R>();
  let next = 0;
  let delivered = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (inputs.length === 0) return resolve();
      let failed = false;
      const fail = (error: Error) => {
        if (!failed) reject(error);
        failed = true;
      };
      const give = (worker: Worker) => {
        if (next >= inputs.length) return;
        const id = next++;
        worker.postMessage({ id, task, input: inputs[id] } satisfies Request);
      };
      for (let k = 0; k < count; k++) {
        const worker = new Worker(entry, { workerData: { [WORKER_MARK]: true } });
        workers.push(worker);
        worker.on('message', (reply: Reply) => {
          if (failed) return;
          if ('error' in reply) return fail(new Error(reply.error));
          results.set(reply.id, reply.result as R);
          give(worker);
          try {
            // Everything ready from the first undelivered result on, in order.
            while (results.has(delivered)) {
              const result = results.get(delivered) as R;
              results.delete(delivered);
              onResult(result, delivered++);
            }
          } catch (error) {
            return fail(error instanceof Error ? error : new Error(String(error)));
          }
          if (delivered === inputs.length) resolve();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (delivered < inputs.length) fail(new Error(`a worker stopped (exit code ${code}) before the run ended`));
        });
        give(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
