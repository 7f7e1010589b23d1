import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/**
 * Marginalia's output channel (View → Output → Marginalia): errors and the events worth
 * knowing when something looks wrong (which files are articles, the merge driver's launcher).
 * Its level follows *Developer: Set Log Level…*.
 */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Marginalia', { log: true });
  return channel;
}

/** The message of anything thrown. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
