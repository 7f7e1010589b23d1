import * as vscode from 'vscode';
import { LocalizableError, type Message } from '../core/messages';

/**
 * A message of the core (a sidecar problem, an orphan's reason, a Quick Fix title) in the
 * display language: its English template is the key of the l10n bundle, and nested messages
 * are translated first. English when the bundle has no entry, as every `l10n.t` call.
 */
export function localize(shown: Message): string {
  const args = shown.args.map((argument) => (typeof argument === 'object' ? localize(argument) : argument));
  // The one l10n.t call whose message is not a literal: the templates are literals in the
  // core's `message(…)` calls, which test/unit/l10n checks against the bundle instead.
  return vscode.l10n.t(shown.template, ...args);
}

/** What to tell the user about an error: a core error in the display language, another as it says. */
export function errorText(error: unknown): string {
  if (error instanceof LocalizableError) return localize(error.localizable);
  return error instanceof Error ? error.message : String(error);
}

/** A sidecar problem's description in the display language (as it says when the core did not write it). */
export function problemMessage(problem: { readonly message: string; readonly localizable?: Message }): string {
  return problem.localizable ? localize(problem.localizable) : problem.message;
}
