import * as vscode from 'vscode';
import { agreementOf, unitsOfView } from '../../core/agreement';
import { compareViews, type Comparison, type Disagreement } from '../../core/agreement/disagreements';
import { buildArticleView, type ArticleView } from '../../core/article/view';
import type { ArticleRegistry } from '../articleRegistry';
import type { ArticleSession } from '../articleSession';
import type { OtherSidecar } from './otherRevision';

/** An article compared with another branch: both sides placed in this branch's current text. */
export interface ArticleComparisonState {
  readonly other: OtherSidecar;
  readonly there: ArticleView;
  readonly comparison: Comparison;
  /** Overlap F1 and κ of all entity types, this branch against the other. */
  readonly f1: number | null;
  readonly kappa: number | null;
}

/**
 * The comparisons under way, one per article, kept in step with this branch's annotations and
 * text: each change of the article's session compares again (the other side re-anchored in the
 * current text).
 */
export class BranchComparisons implements vscode.Disposable {
  private readonly states = new Map<string, ArticleComparisonState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(registry: ArticleRegistry) {
    this.subscription = registry.onDidChange((session) => {
      const state = this.states.get(session.document.uri.toString());
      if (state) this.set(session, state.other);
    });
  }

  get(uri: vscode.Uri): ArticleComparisonState | undefined {
    return this.states.get(uri.toString());
  }

  /** Compares the session's article with `other` (again after a change), and tells the views. */
  set(session: ArticleSession, other: OtherSidecar): ArticleComparisonState {
    const here = session.view;
    const there = buildArticleView(here.text, other.annotations);
    const figures = agreementOf([{ length: here.text.length, a: unitsOfView(here), b: unitsOfView(there), reanchored: false }]).entities;
    const state = { other, there, comparison: compareViews(here, there), f1: figures.overlap.f1, kappa: figures.kappa };
    this.states.set(session.document.uri.toString(), state);
    this.changed.fire(session.document.uri);
    return state;
  }

  clear(uri: vscode.Uri): void {
    if (this.states.delete(uri.toString())) this.changed.fire(uri);
  }

  /** The disagreement under `offset` (ends included), if any. */
  at(uri: vscode.Uri, offset: number): Disagreement | undefined {
    return this.get(uri)?.comparison.disagreements.find((d) => d.span.start <= offset && offset <= d.span.end);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
