import * as vscode from 'vscode';

export type OutlineScope = 'article' | 'workspace';
export type OutlineSort = 'appearance' | 'count';

/**
 * What the user chose for the outline: scope, sort order, filter. Scope and sort are kept per
 * workspace; each is mirrored in a context key (`marginalia:outlineScope`, `marginalia:outlineSort`,
 * `marginalia:outlineFiltered`) so the view's title bar shows the right toggles.
 */
export class OutlineState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private filterText: string | undefined;

  constructor(private readonly memento: vscode.Memento) {
    this.publish();
  }

  get scope(): OutlineScope {
    return this.memento.get<OutlineScope>('marginalia.outline.scope') ?? 'article';
  }
  get sort(): OutlineSort {
    return this.memento.get<OutlineSort>('marginalia.outline.sort') ?? 'appearance';
  }
  get filter(): string | undefined {
    return this.filterText;
  }

  async setScope(scope: OutlineScope): Promise<void> {
    await this.memento.update('marginalia.outline.scope', scope);
    this.publish();
  }
  async setSort(sort: OutlineSort): Promise<void> {
    await this.memento.update('marginalia.outline.sort', sort);
    this.publish();
  }
  setFilter(filter: string | undefined): void {
    this.filterText = filter?.trim() || undefined;
    this.publish();
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', 'marginalia:outlineScope', this.scope);
    void vscode.commands.executeCommand('setContext', 'marginalia:outlineSort', this.sort);
    void vscode.commands.executeCommand('setContext', 'marginalia:outlineFiltered', this.filterText !== undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
