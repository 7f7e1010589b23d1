import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Message } from '../../../src/core/messages';

/** The French bundle, English template → French. */
export const FRENCH = JSON.parse(readFileSync(path.join(__dirname, '../../../l10n/bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;

/**
 * What src/editor/localizedMessage.ts shows with the French bundle: `vscode.l10n.t` looks the
 * template up (English when missing) and fills `{n}` with the arguments, nested ones translated.
 */
export function inFrench(shown: Message): string {
  const args = shown.args.map((argument) => (typeof argument === 'object' ? inFrench(argument) : String(argument)));
  return (FRENCH[shown.template] ?? shown.template).replace(/\{(\d+)\}/g, (placeholder, index: string) => args[Number(index)] ?? placeholder);
}
