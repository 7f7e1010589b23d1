import * as vscode from 'vscode';
import type { ArticleView } from '../core/article/view';
import type { ArticleRegistry } from './articleRegistry';
import type { ArticleSession } from './articleSession';

/**
 * The Problems panel: sidecar errors (with line and column) and orphaned anchors on the
 * sidecar, approximate re-anchorings (to review) on the article where they landed.
 */
export class AnnotationDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('marginalia');
  private readonly subscription: vscode.Disposable;

  constructor(registry: ArticleRegistry) {
    this.subscription = registry.onDidChange((session) => this.update(session));
    for (const session of registry.all()) this.update(session);
  }

  update(session: ArticleSession): void {
    const sidecarDiagnostics = session.sidecarProblems.map((problem) => {
      const range = new vscode.Range(
        problem.line - 1,
        problem.column - 1,
        (problem.endLine ?? problem.line) - 1,
        (problem.endColumn ?? problem.column + 1) - 1,
      );
      const diagnostic = new vscode.Diagnostic(
        range,
        problem.message,
        problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Marginalia';
      diagnostic.code = problem.code;
      return diagnostic;
    });
    const sidecarText = session.sidecarSourceText ?? '';
    const articleDiagnostics: vscode.Diagnostic[] = [];
    for (const placed of session.view.placed) {
      const { resolution, anchor } = placed;
      if (resolution.kind === 'orphan') {
        const diagnostic = new vscode.Diagnostic(
          lineOfAnchor(sidecarText, anchor.text),
          vscode.l10n.t('Orphaned annotation: "{0}" is no longer in the article ({1}). It is kept; re-attach or remove it.', shorten(anchor.text), resolution.reason),
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = 'Marginalia';
        diagnostic.code = 'orphan';
        sidecarDiagnostics.push(diagnostic);
      } else if (resolution.kind === 'approximate') {
        const diagnostic = new vscode.Diagnostic(
          toRange(session.document, resolution.span),
          vscode.l10n.t('Annotation re-anchored approximately (score {0}): it was "{1}". Review it.', resolution.score.toFixed(2), shorten(anchor.text)),
          vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = 'Marginalia';
        diagnostic.code = 'approximate';
        articleDiagnostics.push(diagnostic);
      }
    }
    this.collection.set(session.sidecarUri, sidecarDiagnostics);
    this.collection.set(session.document.uri, articleDiagnostics);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

/** Counts shown in the status bar and the tree: the same numbers everywhere. */
export function articleCounts(view: ArticleView): { actors: number; mentions: number; quotations: number; orphans: number } {
  return {
    actors: view.annotations.actors.length,
    mentions: view.mentions.length,
    quotations: view.annotations.quotations.length,
    orphans: view.placed.filter((p) => p.resolution.kind === 'orphan').length,
  };
}

function toRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

function lineOfAnchor(sidecar: string, text: string): vscode.Range {
  const probe = text.split('\n')[0]!.slice(0, 40);
  const index = probe ? sidecar.indexOf(probe) : -1;
  if (index < 0) return new vscode.Range(0, 0, 0, 1);
  const before = sidecar.slice(0, index);
  const line = before.split('\n').length - 1;
  const column = index - (before.lastIndexOf('\n') + 1);
  return new vscode.Range(line, column, line, column + probe.length);
}

function shorten(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}
