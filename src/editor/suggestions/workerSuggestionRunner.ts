/**
 * Runs the suggesters in a `worker_threads` worker (desktop only), so that the extension host's
 * thread, which every extension and every provider shares, never waits for them. One worker,
 * started at the first request from its own small bundle (dist/suggestionWorker.js, see
 * ./suggestionWorker.ts), which reads the town names once. One request at a time: a request
 * cancelled while it waits is never sent; one cancelled while the worker runs it is answered
 * and the store discards the answer. When the worker cannot start or dies, every request from
 * then on (those it held included) runs in this thread, and the log says so once.
 */
import { Worker } from 'node:worker_threads';
import type { WindowRequest, WindowSuggestions } from '../../core/suggestions';
import type { RunResult, RunToken, SuggestionRunner } from './suggestionRunner';

/** What the host sends the worker: one window, and (tests only) how long to hold the answer. */
export interface WorkerRequest {
  readonly id: number;
  readonly request: WindowRequest;
  readonly replyDelayMs: number;
}

export type WorkerReply = { readonly id: number; readonly result: WindowSuggestions } | { readonly id: number; readonly error: string };

interface Job {
  readonly request: WindowRequest;
  readonly token: RunToken;
  readonly resolve: (result: RunResult | undefined) => void;
  readonly reject: (error: unknown) => void;
}

export interface WorkerRunnerOptions {
  /** The worker's script (the bundled ./suggestionWorker.ts). */
  readonly script: string;
  /** Where requests go when the worker cannot serve them. */
  readonly fallback: SuggestionRunner;
  /** One line for the log when the worker fails. */
  readonly warn: (message: string) => void;
}

export class WorkerSuggestionRunner implements SuggestionRunner {
  private worker: Worker | undefined;
  private failed = false;
  private disposed = false;
  private readonly queue: Job[] = [];
  private current: (Job & { readonly id: number }) | undefined;
  private nextId = 0;
  /** Tests: how long the worker holds each answer, to edit the text while a request is in flight. */
  replyDelayMs = 0;

  constructor(private readonly options: WorkerRunnerOptions) {}

  holdAnswers(ms: number): void {
    this.replyDelayMs = ms;
  }

  /** Whether the worker is computing a request now. */
  get busy(): boolean {
    return this.current !== undefined;
  }

  run(request: WindowRequest, token: RunToken): Promise<RunResult | undefined> {
    if (this.failed || this.disposed) return this.options.fallback.run(request, token);
    return new Promise((resolve, reject) => {
      this.queue.push({ request, token, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.current && this.queue.length > 0 && !this.failed) {
      const job = this.queue.shift()!;
      if (job.token.isCancellationRequested) {
        job.resolve(undefined);
        continue;
      }
      const worker = this.started();
      if (!worker) {
        this.queue.unshift(job);
        return;
      }
      const id = this.nextId++;
      this.current = { ...job, id };
      worker.postMessage({ id, request: job.request, replyDelayMs: this.replyDelayMs } satisfies WorkerRequest);
    }
  }

  private started(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.options.script);
      // a worker waiting for requests must not keep the host process alive
      worker.unref();
      worker.on('message', (reply: WorkerReply) => this.answered(reply));
      worker.on('error', (error) => this.fail(`the suggestion worker failed (${error.message})`));
      worker.on('exit', (code) => {
        if (this.worker === worker && !this.disposed) this.fail(`the suggestion worker stopped (exit code ${code})`);
      });
      this.worker = worker;
      return worker;
    } catch (error) {
      this.fail(`the suggestion worker could not start (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  }

  private answered(reply: WorkerReply): void {
    const job = this.current;
    if (!job || job.id !== reply.id) return;
    this.current = undefined;
    if ('error' in reply) job.reject(new Error(reply.error));
    else job.resolve({ ...reply.result, ranIn: 'worker' });
    this.pump();
  }

  /** The worker is gone: what it held and everything after runs in this thread. */
  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    this.options.warn(`${reason}; suggestions are computed in the extension host's thread from now on`);
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const held = [...(this.current ? [this.current] : []), ...this.queue.splice(0)];
    this.current = undefined;
    for (const job of held) this.options.fallback.run(job.request, job.token).then(job.resolve, job.reject);
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    for (const job of [...(this.current ? [this.current] : []), ...this.queue.splice(0)]) job.resolve(undefined);
    this.current = undefined;
    this.options.fallback.dispose();
  }
}
