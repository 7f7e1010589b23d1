import * as vscode from 'vscode';
import type { Annotations } from '../../core/model';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';

/** Time after the last annotation change before the Outline view and breadcrumbs ask again. */
const REFRESH_DELAY_MS = 200;

/**
 * Registers the document symbol provider, and registers it anew after an annotation changes.
 * VS Code asks for an article's symbols again when its text changes, but the provider API has
 * no event for "the symbols changed": a new registration is what makes the Outline view and the
 * breadcrumbs ask again, so that an actor annotated without typing appears there at once.
 */
export class RefreshingSymbolRegistration implements vscode.Disposable {
  private registration: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The annotations each session had when last seen: a text edit alone keeps them. */
  private readonly seen = new WeakMap<ArticleSession, Annotations>();
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly selector: vscode.DocumentSelector,
    private readonly provider: vscode.DocumentSymbolProvider,
    registry: ArticleRegistry,
  ) {
    this.registration = this.register();
    this.listener = registry.onDidChange((session) => this.sessionChanged(session));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.listener.dispose();
    this.registration.dispose();
  }

  private register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider(this.selector, this.provider, { label: 'Marginalia' });
  }

  private sessionChanged(session: ArticleSession): void {
    const annotations = session.view.annotations;
    const before = this.seen.get(session);
    this.seen.set(session, annotations);
    // the first sight of a session is its loading: VS Code asks when the editor opens anyway
    if (before === undefined || before === annotations) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.registration.dispose();
      this.registration = this.register();
    }, REFRESH_DELAY_MS);
  }
}
