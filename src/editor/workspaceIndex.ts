import * as vscode from 'vscode';
import { buildArticleView, type ArticleView } from '../core/article/view';
import type { Annotations } from '../core/model';
import { checkArticleText, decodeUtf8, isWritable } from '../core/sidecar';
import { articleUriFor, readSidecar, sidecarUriFor, type SidecarRead } from './articleFiles';
import { maxArticleLength } from './articleGuard';
import type { ArticleRegistry } from './articleRegistry';
import { reportFailure } from './errorReporter';

/** What the index needs of the shared actors (editor/sharedActors): the one hook it has. */
export interface SharedAnnotations {
  merge(annotations: Annotations): Annotations;
  readonly onDidChange: vscode.Event<void>;
}

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

  /** `shared`: the workspace's shared actors, added to every article's view; all is indexed again when they change. */
  constructor(private readonly registry: ArticleRegistry, private readonly shared?: SharedAnnotations) {
    this.disposables.push(
      ...(shared ? [shared.onDidChange(() => {
        if (this.building) reportFailure((this.building = this.build()).then(() => this.changed.fire()));
      })] : []),
      registry.onDidChangeSidecarFile(({ uri, read }) => {
        const article = articleUriFor(uri);
        if (article && this.building) reportFailure(this.reindex(article, { read }).then(() => this.changed.fire()));
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

  /** Indexes an article again; `sidecar.read`: its sidecar as the registry read it (undefined: gone), else read here. */
  private async reindex(article: vscode.Uri, sidecar?: { readonly read: SidecarRead | undefined }): Promise<void> {
    const key = article.toString();
    const open = this.registry.get(article);
    if (open) {
      this.articles.set(key, { uri: article, view: open.view, sidecarWritable: open.writable });
      return;
    }
    try {
      const [text, read] = await Promise.all([readArticle(article), sidecar ? sidecar.read : readSidecar(sidecarUriFor(article))]);
      // Not UTF-8, too large or binary: not an article Marginalia reads (the CLI's rule), so not indexed.
      if (read === undefined || text === undefined) {
        this.articles.delete(key);
        return;
      }
      const { annotations, problems } = read.parsed;
      this.articles.set(key, { uri: article, view: buildArticleView(text, this.shared?.merge(annotations) ?? annotations), sidecarWritable: isWritable(problems) });
    } catch (error) {
      if (error instanceof vscode.FileSystemError) this.articles.delete(key); // deleted or unreadable: no longer indexed
      else throw error;
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** The article's text as the CLI reads it (UTF-8, BOM dropped), or undefined when Marginalia refuses it. */
async function readArticle(uri: vscode.Uri): Promise<string | undefined> {
  const decoded = decodeUtf8(await vscode.workspace.fs.readFile(uri));
  const text = decoded.text.replace(/^\uFEFF/, '');
  return decoded.problems.length === 0 && checkArticleText(text, maxArticleLength()).length === 0 ? text : undefined;
}
