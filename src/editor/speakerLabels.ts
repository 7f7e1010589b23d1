import * as vscode from 'vscode';
import { quotationsIn, textLength, type ArticleView } from '../core/article/view';
import type { Annotations, Speaker } from '../core/model';
import type { ArticleSession } from './articleSession';
import type { ArticleRegistry } from './articleRegistry';
import { documentLength } from './documentLength';
import { ARTICLE_SELECTOR, sessionOf } from './navigation/articles';

/**
 * "— Speaker" after each attributed quotation, as an inlay hint rather than a decoration's
 * `after` text: VS Code wraps lines around inlay hints but not around decoration text, so in a
 * wrapped article (prose) the label stays inside the editor instead of running past its edge.
 */
export class SpeakerLabelProvider implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscription: vscode.Disposable;

  /** The annotations each session had when last seen: typing keeps them, and VS Code asks for
   * inlay hints again after an edit by itself, so only an annotation change needs the event. */
  private readonly seen = new WeakMap<ArticleSession, Annotations>();

  constructor(private readonly registry: ArticleRegistry) {
    this.subscription = registry.onDidChange((session) => {
      const annotations = session.view.annotations;
      if (this.seen.get(session) === annotations) return;
      this.seen.set(session, annotations);
      this.changed.fire();
    });
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.InlayHint[]> {
    const session = await sessionOf(this.registry, document);
    if (!session || textLength(session.view) !== documentLength(document)) return [];
    const window = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const hints: vscode.InlayHint[] = [];
    for (const { span, quotation } of quotationsIn(session.view, window)) {
      const name = speakerName(session.view, quotation.speaker);
      if (!name) continue;
      const hint = new vscode.InlayHint(document.positionAt(span.end), `— ${name}`);
      hint.paddingLeft = true;
      hint.tooltip = vscode.l10n.t('Speaker: {0}', name);
      hints.push(hint);
    }
    return hints;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function speakerName(view: ArticleView, speaker: Speaker | undefined): string | undefined {
  if (!speaker) return undefined;
  if ('text' in speaker) return speaker.text;
  return view.actorsById.get(speaker.actor)?.name ?? speaker.actor;
}

/** The speaker labels of every article, for `context.subscriptions`. */
export function registerSpeakerLabels(registry: ArticleRegistry): vscode.Disposable[] {
  const provider = new SpeakerLabelProvider(registry);
  return [provider, vscode.languages.registerInlayHintsProvider(ARTICLE_SELECTOR, provider)];
}
