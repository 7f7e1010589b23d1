import * as vscode from 'vscode';
import { reportFailure } from '../errorReporter';
import type { WorkspaceIndex } from '../workspaceIndex';
import type { RowOptions } from '../../core/corpus/rows';
import { corpusData } from './corpusData';
import type { CorpusData, HostMessage, ViewMessage } from './corpusProtocol';
import { corpusStrings } from './corpusStrings';

/** What the page showed after its last render (the page reports it: see corpusProtocol.ts). */
export interface CorpusViewState {
  readonly shown: number;
  readonly total: number;
  readonly filter: string;
}

const UPDATE_DELAY_MS = 300;
/** A first load that takes longer than this shows a progress notification. */
const PROGRESS_AFTER_MS = 400;

/**
 * `Marginalia: Open Corpus View`: one webview panel with every quotation of the workspace in a
 * table and charts beside it. The page (src/webviews/corpusView) gets its data by message and
 * recounts what its filters keep; this side gathers the rows from the workspace index, follows
 * its changes, and opens the article at a quotation the user chooses.
 */
export class CorpusView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private data: CorpusData | undefined;
  private state: CorpusViewState | undefined;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: WorkspaceIndex,
    /** The properties of an actor (the workspace's shared actors). */
    private readonly rowOptions: RowOptions = {},
  ) {
    this.disposables.push(index.onDidChange(() => this.scheduleUpdate()));
  }

  /** What the page showed after its last render; undefined while it has not rendered. */
  get lastRendered(): CorpusViewState | undefined {
    return this.state;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webviews');
    const panel = vscode.window.createWebviewPanel('marginalia.corpusView', vscode.l10n.t('Marginalia Corpus'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [root, vscode.Uri.joinPath(this.extensionUri, 'media')],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.webview.html = pageHtml(panel.webview, root);
    panel.webview.onDidReceiveMessage((message: ViewMessage) => this.receive(message), undefined, this.disposables);
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.state = undefined;
    }, undefined, this.disposables);
    this.panel = panel;
  }

  /** Types into the page's search box, as the user would (the command `marginalia.filterCorpusView`). */
  setFilter(text: string): void {
    this.post({ type: 'setFilter', text });
  }

  private receive(message: ViewMessage): void {
    switch (message.type) {
      case 'ready':
        this.post({ type: 'strings', strings: corpusStrings() });
        reportFailure(this.load());
        return;
      case 'open':
        reportFailure(this.open(message.id));
        return;
      case 'rendered':
        this.state = { shown: message.shown, total: message.total, filter: message.filter };
        return;
    }
  }

  private async load(): Promise<void> {
    // How far the gathering got, for a notification shown only when it takes a while.
    let reached: { done: number; total: number } | undefined;
    let report: ((done: number, total: number) => void) | undefined;
    const loading = this.refresh((done, total) => {
      reached = { done, total };
      report?.(done, total);
    });
    let finished = false;
    void loading.finally(() => (finished = true));
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_AFTER_MS));
    if (finished) return loading;
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Marginalia: reading the annotations of the workspace…') },
      (progress) => {
        let shown = 0;
        report = (done, total) => {
          const percent = (100 * done) / Math.max(total, 1);
          progress.report({ message: vscode.l10n.t('{0} of {1} articles', done, total), increment: percent - shown });
          shown = percent;
        };
        if (reached) report(reached.done, reached.total);
        return loading;
      },
    );
  }

  private async refresh(progress?: (done: number, total: number) => void): Promise<void> {
    this.data = await corpusData(await this.index.all(), this.rowOptions, progress);
    this.post({ type: 'data', data: this.data });
  }

  private scheduleUpdate(): void {
    // A hidden panel's page is gone (no retainContextWhenHidden); shown again, it asks for the
    // data afresh ('ready'), so typing in an article while the view sits in another tab costs nothing.
    if (!this.panel?.visible) return;
    clearTimeout(this.pending);
    this.pending = setTimeout(() => reportFailure(this.refresh()), UPDATE_DELAY_MS);
  }

  private async open(id: string): Promise<void> {
    const quotation = this.data?.quotations.find((q) => q.id === id);
    if (!quotation) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(quotation.uri));
    const { offsets } = quotation;
    const range = offsets ? new vscode.Range(document.positionAt(offsets.start), document.positionAt(offsets.end)) : undefined;
    // Beside the view, so the table stays in sight while the user reads the article.
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      ...(range && { selection: new vscode.Selection(range.start, range.start) }),
    });
    if (range) vscode.window.activeTextEditor?.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(message: HostMessage): void {
    void this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The page: the bundle and its stylesheet, nothing from the network, scripts only with the nonce. */
function pageHtml(webview: vscode.Webview, root: vscode.Uri): string {
  const nonce = randomNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'corpusView.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'corpusView.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>${escapeHtml(vscode.l10n.t('Marginalia Corpus'))}</title>
</head>
<body>
<main id="marginalia-corpus" aria-busy="true"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
