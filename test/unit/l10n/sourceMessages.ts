import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** One `l10n.t('message', ...args)` call whose message is a literal, hence a key of the bundles. */
export interface MessageCall {
  readonly message: string;
  /** How many arguments follow the message (they fill `{0}`, `{1}`, …). */
  readonly argumentCount: number;
  /** `src/…/file.ts:line`, for failure messages. */
  readonly where: string;
}

/**
 * A use of `l10n.t` the bundles cannot be checked against: a message held in a variable, a
 * template with substitutions, the object form, or `l10n.t` passed around as a function.
 * Its text is looked up at run time, so no test can tell whether a translation exists.
 */
export interface UncheckableUse {
  readonly code: string;
  readonly where: string;
}

export interface SourceMessages {
  readonly calls: readonly MessageCall[];
  readonly uncheckable: readonly UncheckableUse[];
}

/** Every `.ts` file under `dir`, sorted so failure lists are stable. */
export function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Parses the TypeScript sources (no regular expressions: a message may contain quotes,
 * escapes or span lines) and collects the messages given to `vscode.l10n.t` / `l10n.t`.
 * `root` only shortens the reported locations.
 */
export function collectMessages(files: readonly string[], root: string): SourceMessages {
  return collect(files, root, isL10nT, true);
}

/**
 * The templates the core gives its `message(template, ...args)` helper (src/core/messages.ts):
 * the editor passes them to `vscode.l10n.t`, so they are keys of the bundles as well. Only
 * calls count: `message` is also a common name for a variable.
 */
export function collectCoreMessages(files: readonly string[], root: string): SourceMessages {
  return collect(files, root, (node) => ts.isIdentifier(node) && node.text === 'message', false);
}

/**
 * The calls of the function `isCallee` recognizes; with `otherUsesUncheckable`, a use that is
 * not a call (the function passed around) is reported as uncheckable.
 */
function collect(files: readonly string[], root: string, isCallee: (node: ts.Node) => boolean, otherUsesUncheckable: boolean): SourceMessages {
  const calls: MessageCall[] = [];
  const uncheckable: UncheckableUse[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string =>
      `${path.relative(root, file).split(path.sep).join('/')}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (isCallee(node)) {
        const call = node.parent;
        if (ts.isCallExpression(call) && call.expression === node) {
          const message = literalMessage(call);
          if (message === undefined) uncheckable.push({ code: call.getText(source), where: where(call) });
          else calls.push({ message, argumentCount: call.arguments.length - 1, where: where(call) });
        } else if (otherUsesUncheckable) {
          uncheckable.push({ code: node.parent.getText(source), where: where(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, uncheckable };
}

/** `l10n.t` or `<anything>.l10n.t` (normally `vscode.l10n.t`). */
function isL10nT(node: ts.Node): node is ts.PropertyAccessExpression {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 't') return false;
  const owner = node.expression;
  return (ts.isIdentifier(owner) && owner.text === 'l10n') || (ts.isPropertyAccessExpression(owner) && owner.name.text === 'l10n');
}

/** The message when it is written in the call itself: `'…'`, `"…"` or a template without `${}`. */
function literalMessage(call: ts.CallExpression): string | undefined {
  const first = call.arguments[0];
  if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) return first.text;
  return undefined;
}

/** The placeholder indices of a message (`{0}`, `{1}`, …), sorted and without repeats. */
export function placeholders(message: string): number[] {
  const found = new Set<number>();
  for (const match of message.matchAll(/\{(\d+)\}/g)) found.add(Number(match[1]));
  return [...found].sort((a, b) => a - b);
}
