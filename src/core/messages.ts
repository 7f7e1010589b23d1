/**
 * Texts the core writes for people (sidecar problems, orphan reasons, Quick Fix titles), kept
 * as a template and its arguments rather than as a finished English sentence. The core cannot
 * translate (it imports no `vscode`), so it hands the editor what `vscode.l10n.t` needs: the
 * English template is the key of the l10n bundles, the arguments fill `{0}`, `{1}`, ….
 * The CLI and the tests read the English text through {@link formatMessage}.
 *
 * Every template must be written as a literal in the call to {@link message}:
 * test/unit/l10n extracts them from the sources and requires a French translation of each.
 */

/** What fills a placeholder: a value shown as is, or a nested message translated in its turn. */
export type MessageArgument = string | number | Message;

/** A text to show, as `vscode.l10n.t` takes it: an English template and its arguments. */
export interface Message {
  /** English, with `{0}`, `{1}`, … for the arguments; the key of the translations. */
  readonly template: string;
  readonly args: readonly MessageArgument[];
}

/** A message: `message('duplicate key {0} in {1}', key, message('a quotation'))`. */
export function message(template: string, ...args: MessageArgument[]): Message {
  return { template, args };
}

/**
 * A text that is not Marginalia's to translate (a YAML parser error, a value from the file):
 * shown as is in every language. Its template has no words, so it needs no translation.
 */
export function verbatim(text: string): Message {
  return message('{0}', text);
}

/**
 * The message in English: each `{n}` replaced by argument n (nested messages formatted first),
 * a placeholder without an argument left as written, as `vscode.l10n.t` does.
 */
export function formatMessage(shown: Message): string {
  return shown.template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const argument = shown.args[Number(index)];
    if (argument === undefined) return placeholder;
    return typeof argument === 'object' ? formatMessage(argument) : String(argument);
  });
}

/** An error whose text is a {@link Message}: `message` is its English, the editor translates `localizable`. */
export class LocalizableError extends Error {
  constructor(readonly localizable: Message) {
    super(formatMessage(localizable));
    this.name = 'LocalizableError';
  }
}
