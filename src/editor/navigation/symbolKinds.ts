import * as vscode from 'vscode';

/**
 * Symbol kinds (icons in the Outline, breadcrumbs and Go to Symbol) by actor type, chosen for
 * their icons and names: a person is an object, an organization a module, a place a package,
 * a date a number, an event an event, a work a file; other types are variables.
 */
const KINDS: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Package,
  date: vscode.SymbolKind.Number,
  event: vscode.SymbolKind.Event,
  work: vscode.SymbolKind.File,
};

export function symbolKindOf(type: string): vscode.SymbolKind {
  return Object.hasOwn(KINDS, type) ? KINDS[type] : vscode.SymbolKind.Variable;
}
