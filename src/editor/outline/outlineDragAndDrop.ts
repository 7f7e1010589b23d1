import * as vscode from 'vscode';
import { createAnchor } from '../../core/anchoring';
import type { Annotations } from '../../core/model';
import * as ops from '../../core/operations';
import type { LocationNode, OutlineNode } from '../../core/outline/outlineModel';
import type { ArticleRegistry } from '../articleRegistry';
import { guarded } from '../commands/context';
import { sessionOf } from './outlineArticles';
import type { OutlineSource } from './outlineSource';
import { pushTo } from '../../core/multiMap';

/** What the outline puts on a drag: the ids of the dragged mention nodes, as JSON. */
export const OUTLINE_NODES_MIME = 'application/vnd.marginalia.outline-nodes';

/**
 * Drag a mention onto another actor to re-assign it. A name occurrence is excluded from its
 * actor and added by hand to the new one; a hand-added mention moves. One undoable change per
 * article. Dropping on a mention re-assigns to that mention's actor.
 */
export class OutlineDragAndDrop implements vscode.TreeDragAndDropController<OutlineNode> {
  readonly dragMimeTypes = [OUTLINE_NODES_MIME];
  readonly dropMimeTypes = [OUTLINE_NODES_MIME];

  constructor(
    private readonly registry: ArticleRegistry,
    private readonly source: OutlineSource,
  ) {}

  handleDrag(nodes: readonly OutlineNode[], dataTransfer: vscode.DataTransfer): void {
    const mentions = nodes.filter((n) => n.kind === 'mention');
    if (mentions.length > 0) dataTransfer.set(OUTLINE_NODES_MIME, new vscode.DataTransferItem(JSON.stringify(mentions.map((n) => n.id))));
  }

  async handleDrop(target: OutlineNode | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
    const item = dataTransfer.get(OUTLINE_NODES_MIME);
    const targetActor = target?.kind === 'actor' ? target : target?.kind === 'mention' ? this.source.parentOfKind(target, 'actor') : undefined;
    if (!item || !targetActor || targetActor.kind !== 'actor') return;
    const ids = JSON.parse(await item.asString()) as string[];
    const mentions = ids
      .map((id) => this.source.node(id))
      .filter((n): n is LocationNode => n?.kind === 'mention' && n.span !== undefined && n.actorId !== targetActor.actorId);
    const byArticle = new Map<string, LocationNode[]>();
    for (const mention of mentions) pushTo(byArticle, mention.article, mention);
    await guarded(async () => {
      for (const [article, moved] of byArticle) {
        const session = await sessionOf(this.registry, article);
        const view = session.view;
        await session.update(vscode.l10n.t('re-assign to {0}', targetActor.label), (annotations) => {
          let result: Annotations = annotations;
          if (!result.actors.some((a) => a.id === targetActor.actorId)) {
            // Workspace scope: the actor is annotated in another article; bring it here.
            result = ops.addActor(result, targetActor.actorType, targetActor.label, { id: targetActor.actorId });
          }
          for (const mention of moved) {
            const span = mention.span!;
            const stored = view.placed.find(
              (p) => p.ref.kind === 'added' && p.ref.actorId === mention.actorId && p.resolution.kind !== 'orphan' && p.resolution.span.start === span.start && p.resolution.span.end === span.end,
            );
            const anchor = stored?.anchor ?? createAnchor(view.text, span);
            result = stored ? ops.removeMention(result, mention.actorId!, anchor) : ops.excludeOccurrence(result, mention.actorId!, anchor);
            result = ops.addMention(result, targetActor.actorId, anchor);
          }
          return result;
        });
      }
    })();
  }
}
