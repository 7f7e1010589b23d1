import * as vscode from 'vscode';
import { createAnchor } from '../../core/anchoring';
import { placedAt, placedExactly, storedAnchorFor } from '../../core/article/queries';
import type { ArticleView } from '../../core/article/view';
import { mentionUnder } from '../../core/navigation';
import type { Actor, Span, Speaker } from '../../core/model';
import * as ops from '../../core/operations';
import { cueSpeaker } from '../../core/quotes/cueSpeaker';
import { enclosingQuotation } from '../../core/quotes/enclosing';
import type { ArticleRegistry } from '../articleRegistry';
import { renameActorEverywhere } from '../navigation/renameEverywhere';
import type { WorkspaceIndex } from '../workspaceIndex';
import { actorTypeLabel } from '../localizedLabels';
import { activeArticle, guarded, selectionOrWord, type ArticleContext } from './context';
import { pickActor, pickExistingActor, pickType, pickWithFilter } from './pickers';
import { oneLine } from '../../core/shorten';

/** Arguments tests and keybindings may pass instead of answering the pickers. */
export interface AnnotateArgs { readonly type?: string; readonly name?: string; readonly actorId?: string }
export interface ActorArgs {
  readonly actorId?: string;
  /** Outline nodes: the article(s) the node belongs to (URIs); the command works there. */
  readonly article?: string;
  readonly articles?: readonly string[];
}
export interface AliasArgs extends ActorArgs { readonly alias?: string; readonly kind?: string }
export interface RenameArgs extends ActorArgs { readonly name?: string; readonly changeId?: boolean }
export interface MergeArgs extends ActorArgs { readonly from?: string; readonly into?: string }
export interface TypeArgs extends ActorArgs { readonly type?: string }
export interface AttributeArgs {
  readonly speaker?: string;
  readonly speakerText?: string;
  /** The quotation's span (an outline quotation node carries it, with its `article`). */
  readonly span?: Span;
  readonly article?: string;
}
export interface TopicArgs { readonly topic?: string }
export interface NoteArgs { readonly text?: string }

/** Registers the commands that change annotations; each goes through the core and the session. */
export function registerAnnotationCommands(registry: ArticleRegistry, index: WorkspaceIndex): vscode.Disposable[] {
  const command = (id: string, body: (context: ArticleContext, args: never) => Promise<unknown>, create = false) =>
    vscode.commands.registerCommand(
      id,
      guarded(async (args?: unknown) => {
        const context = await activeArticle(registry, { create, ...articleOf(args) });
        return context ? await body(context, (args ?? {}) as never) : undefined;
      }),
    );
  return [
    command('marginalia.annotate', (context, args: AnnotateArgs) => annotate(context, args, index), true),
    command('marginalia.addAlias', addAlias),
    command('marginalia.excludeOccurrence', excludeOccurrence),
    command('marginalia.removeAnnotation', removeAnnotation),
    command('marginalia.changeType', changeType),
    command('marginalia.renameActor', renameActor(registry, index)),
    command('marginalia.mergeActors', mergeActors),
    command('marginalia.deleteActor', deleteActor),
    command('marginalia.attributeQuotation', attributeQuotation, true),
    command('marginalia.toggleIndirectSpeech', toggleIndirectSpeech, true),
    command('marginalia.tagTopic', (context, args: TopicArgs) => tagTopic(context, args, index), true),
    command('marginalia.addNote', addNote, true),
    command('marginalia.undo', async ({ session }) => report(await session.undo(), (label) => vscode.l10n.t('Marginalia: undone {0}', label), vscode.l10n.t('Marginalia: nothing to undo'))),
    command('marginalia.redo', async ({ session }) => report(await session.redo(), (label) => vscode.l10n.t('Marginalia: redone {0}', label), vscode.l10n.t('Marginalia: nothing to redo'))),
  ];
}

/** The article(s) named by a command's args (outline nodes carry `article` or `articles`). */
function articleOf(args: unknown): { article?: string | readonly string[] } {
  if (typeof args !== 'object' || args === null) return {};
  const { article, articles } = args as ActorArgs;
  if (Array.isArray(articles) && articles.length > 0) return { article: articles };
  return typeof article === 'string' ? { article } : {};
}

/** Shows what Undo or Redo did in the status bar; returns it too (tests read it from the command). */
function report(label: string | undefined, done: (label: string) => string, nothing: string): string {
  const shown = label ? done(label) : nothing;
  vscode.window.setStatusBarMessage(shown, 3000);
  return shown;
}

async function annotate(context: ArticleContext, args: AnnotateArgs, index: WorkspaceIndex): Promise<void> {
  const span = selectionOrWord(context);
  if (!span) return void vscode.window.showInformationMessage(vscode.l10n.t('Select the words to annotate.'));
  const { session } = context;
  const text = session.view.text.slice(span.start, span.end);
  const choice = args.actorId
    ? { actorId: args.actorId }
    : args.type
      ? { newType: args.type }
      : await pickActor(session.view, text, vscode.l10n.t('Annotate "{0}" as…', text), { allowNew: true, elsewhere: await actorsElsewhere(index, session.view) });
  if (!choice) return;
  if ('fromWorkspace' in choice) {
    // An actor of another article: the same id here, so both articles name the same actor.
    const actor = choice.fromWorkspace;
    await session.update(vscode.l10n.t('mention of {0}', actor.name), (a) =>
      ops.addMention(ops.addActor(a, actor.type, actor.name, { id: actor.id, aliases: actor.aliases }), actor.id, createAnchor(session.view.text, span)),
    );
    return;
  }
  if ('newType' in choice) {
    await session.update(vscode.l10n.t('new {0} {1}', actorTypeLabel(choice.newType), args.name ?? text), (a) => ops.addActor(a, choice.newType, args.name ?? text));
    return;
  }
  const actor = session.view.actorsById.get(choice.actorId);
  if (!actor) throw new Error(`unknown actor '${choice.actorId}'`);
  const current = mentionUnder(session.view, span.start);
  if (current && current.actorId === actor.id && current.start === span.start && current.end === span.end) return;
  await session.update(vscode.l10n.t('mention of {0}', actor.name), (a) => ops.addMention(a, actor.id, createAnchor(session.view.text, span)));
}

/** Actors of the other annotated articles that this one does not have yet (one per id). */
async function actorsElsewhere(index: WorkspaceIndex, view: ArticleView): Promise<Actor[]> {
  const seen = new Set(view.annotations.actors.map((a) => a.id));
  const found: Actor[] = [];
  for (const other of await index.all()) {
    for (const actor of other.annotations.actors) {
      if (seen.has(actor.id)) continue;
      seen.add(actor.id);
      found.push(actor);
    }
  }
  return found;
}

async function addAlias(context: ArticleContext, args: AliasArgs): Promise<void> {
  const { session } = context;
  const span = selectionOrWord(context);
  // From the outline (a node) the alias is typed, with the selection as a proposal.
  const fromTree = args.kind !== undefined;
  const selected = span ? session.view.text.slice(span.start, span.end) : undefined;
  const actorName = args.actorId ? session.view.actorsById.get(args.actorId)?.name : undefined;
  const alias =
    args.alias ??
    (fromTree || !selected
      ? (await vscode.window.showInputBox({ title: vscode.l10n.t('New alias of {0}', actorName ?? args.actorId ?? ''), value: selected ?? '' }))?.trim()
      : selected);
  if (!alias) return;
  const actorId = args.actorId ?? (await pickExistingActor(session.view, vscode.l10n.t('Add "{0}" as an alias of…', alias)))?.id;
  if (!actorId) return;
  await session.update(vscode.l10n.t('alias {0}', alias), (a) => ops.addAlias(a, actorId, alias));
}

async function excludeOccurrence(context: ArticleContext): Promise<void> {
  const { session } = context;
  const mention = mentionUnder(session.view, context.selection.start);
  if (!mention) return void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a mention to exclude it.'));
  const anchor = createAnchor(session.view.text, mention);
  await session.update(
    vscode.l10n.t('exclude {0}', anchor.text),
    mention.source === 'added' ? (a) => ops.removeMention(a, mention.actorId, storedAnchorFor(session.view, mention) ?? anchor) : (a) => ops.excludeOccurrence(a, mention.actorId, anchor),
  );
}

/** Removes what is under the cursor: a hand-added mention, a name mention (excluded), a quotation, a tag, a note. */
async function removeAnnotation(context: ArticleContext): Promise<void> {
  const { session } = context;
  const offset = context.selection.start;
  const view = session.view;
  const under = placedAt(view, offset, ['quotation', 'passage', 'note', 'added']);
  const mention = mentionUnder(view, offset);
  type Item = vscode.QuickPickItem & { run: () => Promise<void> };
  const items: Item[] = under.map((p) => {
    const ref = p.ref;
    switch (ref.kind) {
      case 'quotation':
        return { label: vscode.l10n.t('Quotation {0}', short(p.anchor.text)), run: () => session.update(vscode.l10n.t('remove quotation'), (a) => ops.removeQuotation(a, p.anchor)) };
      case 'passage':
        return { label: vscode.l10n.t('Topic tag {0}', ref.topicId), run: () => session.update(vscode.l10n.t('untag'), (a) => ops.untag(a, ref.topicId, p.anchor)) };
      case 'note':
        return { label: vscode.l10n.t('Note {0}', short(view.annotations.notes[ref.index]?.text ?? '')), run: () => session.update(vscode.l10n.t('remove note'), (a) => ops.removeNote(a, p.anchor)) };
      case 'added':
        return { label: vscode.l10n.t('Mention of {0}', view.actorsById.get(ref.actorId)?.name ?? ref.actorId), run: () => session.update(vscode.l10n.t('remove mention'), (a) => ops.removeMention(a, ref.actorId, p.anchor)) };
      default:
        throw new Error('unreachable');
    }
  });
  if (mention && mention.source === 'name') {
    items.push({ label: vscode.l10n.t('Mention of {0} (exclude this occurrence)', view.actorsById.get(mention.actorId)?.name ?? mention.actorId), run: () => excludeOccurrence(context) });
  }
  if (items.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('Nothing annotated under the cursor.'));
  const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Remove which annotation?') });
  await picked?.run();
}

async function changeType(context: ArticleContext, args: TypeArgs): Promise<void> {
  const actor = await actorFor(context, args, vscode.l10n.t('Change the type of…'));
  if (!actor) return;
  const type = args.type ?? (await pickType(actor.type, vscode.l10n.t('Type of {0}', actor.name)));
  if (!type || type === actor.type) return;
  await context.session.update(vscode.l10n.t('type of {0}', actor.name), (a) => ops.changeType(a, actor.id, type));
}

/** Renames the actor as F2 does: here and in every article that shares its id. */
function renameActor(registry: ArticleRegistry, index: WorkspaceIndex) {
  return async (context: ArticleContext, args: RenameArgs): Promise<void> => {
    const actor = await actorFor(context, args, vscode.l10n.t('Rename…'));
    if (!actor) return;
    const name = args.name ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Rename {0}', actor.name), value: actor.name, validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name cannot be empty.')) }));
    if (!name || name.trim() === actor.name) return;
    const elsewhere = await renameActorEverywhere(registry, index, context.session, actor, name.trim(), args.changeId === true);
    if (elsewhere.size > 0) await vscode.workspace.applyEdit(elsewhere, { isRefactoring: true });
  };
}

async function mergeActors(context: ArticleContext, args: MergeArgs): Promise<void> {
  const from = await actorFor(context, { actorId: args.from ?? args.actorId }, vscode.l10n.t('Merge which actor…'));
  if (!from) return;
  const into = args.into ?? (await pickExistingActor(context.session.view, vscode.l10n.t('Merge {0} into…', from.name), from.id))?.id;
  if (!into) return;
  await context.session.update(vscode.l10n.t('merge {0}', from.name), (a) => ops.mergeActors(a, from.id, into));
}

async function deleteActor(context: ArticleContext, args: ActorArgs): Promise<void> {
  const actor = await actorFor(context, args, vscode.l10n.t('Delete which actor…'));
  if (!actor) return;
  await context.session.update(vscode.l10n.t('delete {0}', actor.name), (a) => ops.deleteActor(a, actor.id));
}

async function attributeQuotation(context: ArticleContext, args: AttributeArgs): Promise<void> {
  const { session } = context;
  const view = session.view;
  const span = args.span ?? quotationSpan(context);
  if (!span) return void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor inside a quotation, or select it.'));
  let speaker: Speaker | undefined = args.speaker ? { actor: args.speaker } : args.speakerText ? { text: args.speakerText } : undefined;
  if (!speaker) {
    type Item = vscode.QuickPickItem & { speaker?: Speaker; freeText?: boolean };
    // The speaker the cue names ("Selon les médias marocains, «…»") comes first.
    const named = cueSpeaker(view.text, span, view.annotations.actors);
    const namedActor = named?.actorId ? view.actorsById.get(named.actorId) : undefined;
    const namedItem: Item[] = named
      ? [{
          label: namedActor ? `$(person) ${namedActor.name}` : `$(comment) ${named.text}`,
          description: vscode.l10n.t('named by the cue'),
          speaker: namedActor ? { actor: namedActor.id } : { text: named.text },
          alwaysShow: true,
        }]
      : [];
    const picked = await pickWithFilter<Item>(
      [
        ...namedItem,
        { label: `$(edit) ${vscode.l10n.t('Other speaker (free text)…')}`, freeText: true, alwaysShow: true },
        ...view.annotations.actors.map((actor) => ({ label: actor.name, description: actor.type, speaker: { actor: actor.id } })),
      ],
      { title: vscode.l10n.t('Who said {0}?', short(view.text.slice(span.start, span.end))), matchOnDescription: true },
    );
    if (!picked) return;
    if (picked.item.freeText) {
      const text = await vscode.window.showInputBox({
        title: vscode.l10n.t('Speaker'),
        value: picked.filter || named?.text || '',
        placeHolder: vscode.l10n.t('e.g. the Belgian side, per La Libre'),
      });
      if (!text?.trim()) return;
      speaker = { text: text.trim() };
    } else speaker = picked.item.speaker;
  }
  const anchor = storedQuotationAnchor(view, span) ?? createAnchor(view.text, span);
  await session.update(vscode.l10n.t('attribute quotation'), (a) => ops.attributeQuotation(a, anchor, speaker));
}

/**
 * Marks the quotation under the cursor (or the selected passage, stored as a quotation if it is
 * not yet) as indirect speech, or back to direct: what a reader annotates by hand in English
 * news, where most speech is reported without quotation marks.
 */
async function toggleIndirectSpeech(context: ArticleContext, args: { span?: Span }): Promise<void> {
  const { session } = context;
  const view = session.view;
  const span = args.span ?? quotationSpan(context);
  if (!span) return void vscode.window.showInformationMessage(vscode.l10n.t('Select the reported clause, or put the cursor inside a quotation.'));
  const stored = placedExactly(view, span, 'quotation');
  const indirect = stored?.ref.kind === 'quotation' && view.annotations.quotations[stored.ref.index]?.kind === 'indirect';
  const anchor = stored?.anchor ?? createAnchor(view.text, span);
  await session.update(indirect ? vscode.l10n.t('mark as direct speech') : vscode.l10n.t('mark as indirect speech'), (a) =>
    ops.setQuotationKind(a, anchor, indirect ? undefined : 'indirect'));
}

async function tagTopic(context: ArticleContext, args: TopicArgs, index: WorkspaceIndex): Promise<void> {
  const { session } = context;
  const span = selectionOrWord(context);
  if (!span) return;
  const view = session.view;
  let label = args.topic;
  if (!label) {
    type Item = vscode.QuickPickItem & { create?: boolean };
    const here = view.annotations.topics.map((t): Item => ({ label: t.label, description: t.parent }));
    // Topics of the other articles, so that one vocabulary serves the whole workspace.
    const elsewhere = (await index.all())
      .flatMap((other) => other.annotations.topics.map((t) => t.label))
      .filter((topic, i, all) => all.indexOf(topic) === i && !here.some((h) => h.label === topic))
      .map((topic): Item => ({ label: topic, description: vscode.l10n.t('other articles') }));
    const picked = await pickWithFilter<Item>(
      [...here, ...elsewhere, { label: `$(add) ${vscode.l10n.t('New topic…')}`, alwaysShow: true, create: true }],
      { title: vscode.l10n.t('Tag with topic'), matchOnDescription: true },
    );
    if (!picked) return;
    label = picked.item.create ? await vscode.window.showInputBox({ title: vscode.l10n.t('New topic'), value: picked.filter }) : picked.item.label;
  }
  if (!label?.trim()) return;
  const topicLabel = label.trim();
  await session.update(vscode.l10n.t('tag {0}', topicLabel), (a) => ops.tagWithTopic(a, topicLabel, createAnchor(view.text, span)));
}

async function addNote(context: ArticleContext, args: NoteArgs): Promise<void> {
  const { session } = context;
  const span = selectionOrWord(context);
  if (!span) return;
  const text = args.text ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Note on {0}', short(session.view.text.slice(span.start, span.end))) }));
  if (!text?.trim()) return;
  await session.update(vscode.l10n.t('note'), (a) => ops.addNote(a, createAnchor(session.view.text, span), text.trim()));
}

async function actorFor(context: ArticleContext, args: ActorArgs, title: string) {
  const view = context.session.view;
  if (args.actorId) return view.actorsById.get(args.actorId);
  const mention = mentionUnder(view, context.selection.start);
  if (mention) return view.actorsById.get(mention.actorId);
  return pickExistingActor(view, title);
}

function quotationSpan(context: ArticleContext): Span | undefined {
  const view = context.session.view;
  if (context.selection.end > context.selection.start) return context.selection;
  const stored = placedAt(view, context.selection.start, ['quotation'])[0];
  if (stored) return stored.resolution.span;
  return enclosingQuotation(view.text, context.selection.start);
}

function storedQuotationAnchor(view: ArticleView, span: Span) {
  return placedExactly(view, span, 'quotation')?.anchor;
}


function short(text: string): string {
  return oneLine(text, 40);
}
