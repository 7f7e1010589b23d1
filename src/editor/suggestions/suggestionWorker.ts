/**
 * The suggestion worker's script (bundled alone as dist/suggestionWorker.js; no `vscode` here):
 * reads the town names once, when it starts, then answers each window the extension host sends
 * (see ./workerSuggestionRunner.ts).
 */
import { parentPort } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import { suggestInWindow } from '../../core/suggestions';
import { bundledTowns } from './bundledTowns';
import type { WorkerReply, WorkerRequest } from './workerSuggestionRunner';

const port = parentPort;
if (port) {
  const towns = bundledTowns();
  port.on('message', ({ id, request, replyDelayMs }: WorkerRequest) => {
    const answer = async (): Promise<WorkerReply> => {
      try {
        const result = suggestInWindow(request, request.entities ? await towns : undefined);
        if (replyDelayMs > 0) await sleep(replyDelayMs);
        return { id, result };
      } catch (error) {
        return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      }
    };
    void answer().then((reply) => port.postMessage(reply));
  });
}
