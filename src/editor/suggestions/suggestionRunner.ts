/**
 * Where the suggesters run for the editor: behind this interface, in the extension host's own
 * thread ({@link InThreadSuggestionRunner}, what a web build can use) or in a worker thread
 * (./workerSuggestionRunner.ts, desktop only). Neither `vscode` nor Node built-ins here.
 */
import { suggestInWindow, type TownNames, type WindowRequest, type WindowSuggestions } from '../../core/suggestions';

/** Set when the text changed since the request was made: a request not yet started is dropped. */
export interface RunToken {
  readonly isCancellationRequested: boolean;
}

/** Where a result was computed (the integration tests check that it was the worker). */
export type RanIn = 'thread' | 'worker';

export interface RunResult extends WindowSuggestions {
  readonly ranIn: RanIn;
}

export interface SuggestionRunner {
  /** The suggestions of a window, or undefined when the request was cancelled before it ran. */
  run(request: WindowRequest, token: RunToken): Promise<RunResult | undefined>;
  /** Tests only: holds each answer this long (0: at once), to edit while it computes. */
  holdAnswers?(ms: number): void;
  dispose(): void;
}

/** Runs the suggesters here, between two events of the extension host (they block it meanwhile). */
export class InThreadSuggestionRunner implements SuggestionRunner {
  /** `loadTowns`: the town names, read once by the host (the core reads no files). */
  constructor(private readonly loadTowns: () => Promise<TownNames>) {}

  async run(request: WindowRequest, token: RunToken): Promise<RunResult | undefined> {
    if (token.isCancellationRequested) return undefined;
    const towns = request.entities ? await this.loadTowns() : undefined;
    if (token.isCancellationRequested) return undefined;
    return { ...suggestInWindow(request, towns), ranIn: 'thread' };
  }

  dispose(): void {
    // nothing held
  }
}
