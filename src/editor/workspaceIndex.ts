import * as vscode from 'vscode';
import { buildArticleView, type ArticleView } from '../core/article/view';
import { checkArticleText, isWritable, parseSidecar } from '../core/sidecar';
import { articleUriFor } from './articleFiles';
import { maxArticleLength } from './articleGuard';
import type { ArticleRegistry } from './articleRegistry';
import { reportFailure } from './errorReporter';

export interface IndexedArticle {
  readonly uri: vscode.Uri;
  readonly view: ArticleView;
  /** False when the sidecar has errors (Marginalia will not write it; `view` may miss entries). */
  readonly sidecarWritable: boolean;
}

/**
 * Every annotated article of the workspace (those with a sidecar), for the workspace outline,
 * references across articles and workspace symbols. Built lazily on first use; afterwards only
 * the article whose text or sidecar changed is read again. Open articles use their live view.
 */
export class WorkspaceIndex implements vscode.Disposable {
  private readonly articles = new Map<string, IndexedArticle>();
  private building: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly registry: ArticleRegistry) {
    this.disposables.push(
      registry.onDidChangeSidecarFile(({ uri }) => {
        const article = articleUriFor(uri);
        if (article && this.building) reportFailure(this.reindex(article).then(() => this.changed.fire()));
      }),
      registry.onDidChange((session) => {
        if (!this.building) return;
        this.articles.set(session.document.uri.toString(), { uri: session.document.uri, view: session.view, sidecarWritable: session.writable });
        this.changed.fire();
      }),
    );
  }

  async all(): Promise<IndexedArticle[]> {
    this.building ??= this.build();
    await this.building;
    // Open articles: their live view, which includes unsaved edits.
    for (const session of this.registry.all()) {
      this.articles.set(session.document.uri.toString(), { uri: session.document.uri, view: session.view, sidecarWritable: session.writable });
    }
    return [...this.articles.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  private async build(): Promise<void> {
    const sidecars = await vscode.workspace.findFiles('**/*.ann.yaml', '**/{node_modules,.git}/**');
    await Promise.all(sidecars.map((sidecar) => this.reindex(articleUriFor(sidecar)!)));
  }

  private async reindex(article: vscode.Uri): Promise<void> {
    const key = article.toString();
    const open = this.registry.get(article);
    if (open) {
      this.articles.set(key, { uri: article, view: open.view, sidecarWritable: open.writable });
      return;
    }
    try {
      const [text, sidecar] = await Promise.all([read(article), read(article.with({ path: article.path + '.ann.yaml' }))]);
      const articleText = text.replace(/^\uFEFF/, '');
      // Too large or binary: not an article Marginalia reads (the CLI's rule), so not indexed.
      if (checkArticleText(articleText, maxArticleLength()).length > 0) {
        this.articles.delete(key);
        return;
      }
      const parsed = parseSidecar(sidecar);
      this.articles.set(key, { uri: article, view: buildArticleView(articleText, parsed.annotations), sidecarWritable: isWritable(parsed.problems) });
    } catch (error) {
      if (error instanceof vscode.FileSystemError) this.articles.delete(key); // deleted or unreadable: no longer indexed
      else throw error;
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
