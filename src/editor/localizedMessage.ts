import * as vscode from 'vscode';
import type { Message } from '../core/messages';

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
