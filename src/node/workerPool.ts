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

/** Tasks a worker holds at once: one it runs, the next waiting, so that it never waits for this thread (busy with its own share). */
const IN_FLIGHT = 2;

/**
 * `jobs - 1` workers started from `entry` when first needed and kept for every
 * {@link WorkerPool.map} until {@link WorkerPool.close}: a command over several PATHs pays for
 * starting its workers (loading the bundle, its word lists) once. This thread is the last job:
 * it runs the same tasks (`local`, the handlers the workers serve) between two messages, so
 * that `--jobs 2` has two threads suggesting and one isolate fewer to warm up.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private failure: ((error: Error) => void) | undefined;

  constructor(
    private readonly entry: string,
    private readonly jobs: number,
    private readonly local: TaskHandlers,
  ) {}

  /**
   * Runs `task` on every input and calls `onResult` with each result in input order (a result
   * waits for those before it). Rejects on the first task that throws or worker that dies.
   */
  async map<I, R>(task: string, inputs: readonly I[], onResult: (result: R, index: number) => void): Promise<void> {
    if (inputs.length === 0) return;
    const handler = this.local[task] as ((input: I) => R | Promise<R>) | undefined;
    if (!handler) throw new Error(`unknown task '${task}'`);
    while (this.workers.length < Math.min(this.jobs - 1, inputs.length - 1)) this.start();
    const results = new Map<number, R>();
    let next = 0;
    let delivered = 0;
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (!failed) reject(error instanceof Error ? error : new Error(String(error)));
        failed = true;
      };
      this.failure = fail;
      const deliver = (id: number, result: R) => {
        if (failed) return;
        results.set(id, result);
        try {
          // Everything ready from the first undelivered result on, in order.
          while (results.has(delivered)) {
            const ready = results.get(delivered) as R;
            results.delete(delivered);
            onResult(ready, delivered++);
          }
        } catch (error) {
          return fail(error);
        }
        if (delivered === inputs.length) resolve();
      };
      const held = new Map<Worker, number>();
      const give = (worker: Worker) => {
        while (next < inputs.length && !failed && (held.get(worker) ?? 0) < IN_FLIGHT) {
          const id = next++;
          held.set(worker, (held.get(worker) ?? 0) + 1);
          worker.postMessage({ id, task, input: inputs[id] } satisfies Request);
        }
      };
      for (const worker of this.workers) {
        worker.removeAllListeners('message');
        worker.on('message', (reply: Reply) => {
          if (failed) return;
          if ('error' in reply) return fail(new Error(reply.error));
          held.set(worker, (held.get(worker) ?? 1) - 1);
          give(worker);
          deliver(reply.id, reply.result as R);
        });
        give(worker);
      }
      // This thread's share: one input at a time, letting the workers' messages in between.
      const runHere = async () => {
        while (next < inputs.length && !failed) {
          const id = next++;
          deliver(id, await handler(inputs[id]));
          await new Promise((resume) => setImmediate(resume));
        }
      };
      runHere().catch(fail);
    }).finally(() => (this.failure = undefined));
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private start(): void {
    const worker = new Worker(this.entry, { workerData: { [WORKER_MARK]: true } });
    this.workers.push(worker);
    worker.on('error', (error) => this.failure?.(error));
    worker.on('exit', (code) => {
      if (this.workers.includes(worker)) this.failure?.(new Error(`a worker stopped (exit code ${code}) before the run ended`));
    });
  }
}
