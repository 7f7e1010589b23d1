import * as vscode from 'vscode';
import { errorText } from './localizedMessage';
import { describeError, log } from './log';

/**
 * The one way a failure of Marginalia's own asynchronous work reaches the user: logged in the
 * Marginalia output channel and shown, never an unhandled rejection nor silence.
 */
export function reportError(error: unknown): void {
  log().error(describeError(error));
  void vscode.window.showErrorMessage(vscode.l10n.t('Marginalia: {0}', errorText(error)));
}

/** Lets `work` run on (an event handler cannot await it); its failure goes to {@link reportError}. */
export function reportFailure(work: Promise<unknown>): void {
  work.catch(reportError);
}
