import * as vscode from 'vscode';
import { DEFAULT_ACTOR_TYPES } from '../../core/model';
import { articleSymbols, type ArticleSymbol } from '../../core/navigation';
import { actorTypeStyles, styleOf } from '../actorTypes';
import type { ArticleRegistry } from '../articleRegistry';
import { rangeOf, sessionOf } from './articles';
import { symbolKindOf } from './symbolKinds';

/**
 * Document symbols of an article, for the Outline view, breadcrumbs and Go to Symbol
 * (Ctrl+Shift+O): actors grouped by type (each at its first mention), then quotations.
 */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  private asked = 0;

  constructor(private readonly registry: ArticleRegistry) {}

  /** How many times VS Code asked (the Outline view, breadcrumbs, Go to Symbol). */
  get requests(): number {
    return this.asked;
  }

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[] | undefined> {
    this.asked++;
    const session = await sessionOf(this.registry, document);
    if (!session) return undefined;
    const styles = actorTypeStyles();
    const toSymbol = (symbol: ArticleSymbol): vscode.DocumentSymbol => {
      const name = symbol.kind === 'type' ? styleOf(symbol.type!, styles).label : symbol.kind === 'quotations' ? vscode.l10n.t('Quotations') : symbol.name;
      const result = new vscode.DocumentSymbol(name || '…', symbol.detail, kindOf(symbol), rangeOf(document, symbol.range), rangeOf(document, symbol.selection));
      result.children = symbol.children.map(toSymbol);
      return result;
    };
    return articleSymbols(session.view, [...DEFAULT_ACTOR_TYPES]).map(toSymbol);
  }
}

function kindOf(symbol: ArticleSymbol): vscode.SymbolKind {
  switch (symbol.kind) {
    case 'type':
      return vscode.SymbolKind.Namespace;
    case 'actor':
      return symbolKindOf(symbol.type!);
    case 'quotations':
      return vscode.SymbolKind.Array;
    case 'quotation':
      return vscode.SymbolKind.String;
  }
}
