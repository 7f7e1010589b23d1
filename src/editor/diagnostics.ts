import * as vscode from 'vscode';
import { inexactAnchors, mentionCount, type ArticleView } from '../core/article/view';
import { parseSidecar, type SidecarProblem } from '../core/sidecar';
import { articleUriFor, holdsSidecars, openDocument, readSidecar, type SidecarRead } from './articleFiles';
import type { ArticleRegistry } from './articleRegistry';
import type { ArticleSession } from './articleSession';
import { localize, problemMessage } from './localizedMessage';
import { truncate } from '../core/shorten';
import type { SidecarPosition } from '../core/article/anchorPositions';

/**
 * The Problems panel: sidecar errors (with line and column) and orphaned anchors on the
 * sidecar, approximate re-anchorings (to review) on the article where they landed.
 *
 * A sidecar whose article is not open (a merge left conflict markers in it, the user opened
 * it from the Explorer) has no session: its own problems are reported from its document when
 * it is open in an editor, else from the registry's read of the file each time it changes on
 * disk; the session takes over when the article is opened.
 */
export class AnnotationDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('marginalia');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly registry: ArticleRegistry) {
    this.subscriptions = [
      // git wrote it (a merge left conflict markers), or it was fixed or deleted outside.
      registry.onDidChangeSidecarFile(({ uri, read }) => this.sidecarChangedOnDisk(uri, read)),
      registry.onDidChange((session) => this.update(session)),
      vscode.workspace.onDidOpenTextDocument((document) => this.updateOpenSidecar(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.updateOpenSidecar(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.documentClosed(document)),
    ];
    for (const session of registry.all()) this.update(session);
    for (const document of vscode.workspace.textDocuments) this.updateOpenSidecar(document);
  }

  /** A sidecar document whose article has no session: its parse problems, from its text. */
  private updateOpenSidecar(document: vscode.TextDocument): void {
    const article = sidecarArticle(document);
    if (!article || this.registry.get(article)) return;
    const text = document.getText();
    // U+FFFD may stand for bytes that are not UTF-8 on disk, which only the file's bytes tell.
    if (text.includes('\uFFFD')) this.reread(document.uri, article, true);
    else this.collection.set(document.uri, parseSidecar(text).problems.map(toDiagnostic));
  }

  /** A sidecar changed on disk while neither it nor its article is open: its problems, from the registry's read. */
  private sidecarChangedOnDisk(sidecar: vscode.Uri, read: SidecarRead | undefined): void {
    const article = articleUriFor(sidecar);
    if (article && !this.registry.get(article) && !openDocument(sidecar)) this.show(sidecar, read);
  }

  /**
   * Reads the sidecar and reports its problems, unless meanwhile its article was opened (the
   * session reports them) or the sidecar was opened or closed (`open`: whether it is expected open).
   */
  private reread(sidecar: vscode.Uri, article: vscode.Uri, open: boolean): void {
    readSidecar(sidecar).then(
      (read) => {
        if (!this.registry.get(article) && (openDocument(sidecar) !== undefined) === open) this.show(sidecar, read);
      },
      (error: unknown) => console.error(`Marginalia: could not read ${sidecar.toString()}`, error),
    );
  }

  /** The problems of a sidecar as read; none when it is gone. */
  private show(sidecar: vscode.Uri, read: SidecarRead | undefined): void {
    if (read === undefined) this.collection.delete(sidecar);
    else this.collection.set(sidecar, read.parsed.problems.map(toDiagnostic));
  }

  private documentClosed(document: vscode.TextDocument): void {
    const article = sidecarArticle(document);
    if (article) {
      // Closed with no article open: what the file on disk says (the editor may have held unsaved edits).
      if (!this.registry.get(article)) this.reread(document.uri, article, false);
      return;
    }
    // An article closed (its session is gone): an open sidecar reports on its own again.
    const sidecar = vscode.workspace.textDocuments.find((d) => articleUriFor(d.uri)?.toString() === document.uri.toString());
    if (sidecar) this.updateOpenSidecar(sidecar);
  }

  update(session: ArticleSession): void {
    const sidecarDiagnostics = session.sidecarProblems.map(toDiagnostic);
    const articleDiagnostics: vscode.Diagnostic[] = [];
    for (const placed of inexactAnchors(session.view)) {
      const { resolution, anchor } = placed;
      if (resolution.kind === 'orphan') {
        const diagnostic = new vscode.Diagnostic(
          sidecarRange(session.sidecarPositionOf(anchor)),
          vscode.l10n.t('Orphaned annotation: "{0}" is no longer in the article ({1}). It is kept; re-attach or remove it.', shorten(anchor.text), resolution.localizableReason ? localize(resolution.localizableReason) : resolution.reason),
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
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.collection.dispose();
  }
}

/** Counts shown in the status bar and the tree: the same numbers everywhere. */
export function articleCounts(view: ArticleView): { actors: number; mentions: number; quotations: number; orphans: number } {
  return {
    actors: view.annotations.actors.length,
    mentions: mentionCount(view),
    quotations: view.annotations.quotations.length,
    orphans: inexactAnchors(view).filter((p) => p.resolution.kind === 'orphan').length,
  };
}

/** A sidecar problem as VS Code shows it (lines and columns are 1-based in the core). */
export function toDiagnostic(problem: SidecarProblem): vscode.Diagnostic {
  const range = new vscode.Range(
    problem.line - 1,
    problem.column - 1,
    (problem.endLine ?? problem.line) - 1,
    (problem.endColumn ?? problem.column + 1) - 1,
  );
  const diagnostic = new vscode.Diagnostic(
    range,
    problemMessage(problem),
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'Marginalia';
  diagnostic.code = problem.code;
  return diagnostic;
}

/** The article of a sidecar document in a file system (not a git: or diff view of one). */
function sidecarArticle(document: vscode.TextDocument): vscode.Uri | undefined {
  if (!holdsSidecars(document.uri.scheme)) return undefined;
  return articleUriFor(document.uri);
}

function toRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The line of an anchor in its sidecar, from the parser's position; the file's start when unknown. */
function sidecarRange(position: SidecarPosition | undefined): vscode.Range {
  if (position === undefined) return new vscode.Range(0, 0, 0, 1);
  const line = position.line - 1;
  return new vscode.Range(line, position.column - 1, line, Number.MAX_SAFE_INTEGER);
}

function shorten(text: string): string {
  return truncate(text, 60);
}
