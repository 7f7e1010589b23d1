import * as vscode from 'vscode';
import { mergeActor, ownPart, promoteActor, propertyNames, setActorProperty, valuesToOffer, type SharedActor } from '../../core/actors';
import type { Actor, Annotations } from '../../core/model';
import { mentionUnder } from '../../core/navigation';
import { notWritableError } from '../articleFiles';
import type { ArticleRegistry } from '../articleRegistry';
import { activeArticle, guarded, type ArticleContext } from '../commands/context';
import { pickExistingActor } from '../commands/pickers';
import type { SharedActorsStore } from './sharedActorsStore';

/** Arguments the commands take (an outline actor node passes `actorId` and `article`; tests pass the rest). */
export interface SharedActorArgs {
  readonly actorId?: string;
  readonly article?: string;
  readonly articles?: readonly string[];
  /** Edit Actor Properties: the property, and its value ('' removes it). */
  readonly property?: string;
  readonly value?: string;
}

/** "Promote Actor to Workspace" and "Edit Actor Properties". */
export function registerSharedActorCommands(registry: ArticleRegistry, store: SharedActorsStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('marginalia.promoteActor', guarded(async (args?: SharedActorArgs) => {
      const context = await activeArticle(registry, { create: false, ...articleOf(args) });
      if (!context) return undefined;
      const actor = await actorFor(context, args ?? {}, vscode.l10n.t('Promote which actor to the workspace…'));
      if (!actor) return undefined;
      await promote(store, context, actor);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Marginalia: {0} is now an actor of every article', actor.name), 3000);
      return actor.id;
    })),
    vscode.commands.registerCommand('marginalia.editActorProperties', guarded(async (args?: SharedActorArgs) => editProperties(registry, store, args ?? {}))),
  ];
}

/**
 * Puts the article's actor into the shared file, then leaves in the sidecar only what is this
 * article's own (hand-added or excluded mentions, a speaker's minimal entry): a move, so that
 * the shared file is where its names and properties are edited from then on.
 */
async function promote(store: SharedActorsStore, context: ArticleContext, actor: Actor): Promise<SharedActor> {
  // Checked first: the shared file must not change when the sidecar then cannot.
  if (!context.session.writable) throw notWritableError(context.session.sidecarUri, context.session.sidecarProblems);
  await store.update((shared) => promoteActor(shared, actor));
  const shared = store.current.actors.find((candidate) => candidate.id === actor.id)!;
  await context.session.updateOwn(vscode.l10n.t('promote {0}', actor.name), (own) => keepOwnPart(own, shared));
  return shared;
}

/** The article(s) an outline node names. */
function articleOf(args: SharedActorArgs | undefined): { article?: string | readonly string[] } {
  if (args?.articles && args.articles.length > 0) return { article: args.articles };
  return typeof args?.article === 'string' ? { article: args.article } : {};
}

function keepOwnPart(own: Annotations, shared: SharedActor): Annotations {
  const index = own.actors.findIndex((actor) => actor.id === shared.id);
  if (index === -1) return own;
  const speaks = own.quotations.some((quotation) => quotation.speaker && 'actor' in quotation.speaker && quotation.speaker.actor === shared.id);
  const part = ownPart(mergeActor(own.actors[index], shared), shared, speaks);
  const actors = own.actors.flatMap((actor, i) => (i !== index ? [actor] : part ? [part] : []));
  return { ...own, actors };
}

async function actorFor(context: ArticleContext, args: SharedActorArgs, title: string): Promise<Actor | undefined> {
  const view = context.session.view;
  if (args.actorId) return view.actorsById.get(args.actorId);
  const mention = mentionUnder(view, context.selection.start);
  if (mention) return view.actorsById.get(mention.actorId);
  return pickExistingActor(view, title);
}

/**
 * Sets a property of an actor: the actor under the cursor (promoted first when it is not a
 * shared actor yet, since properties live in the shared file) or one picked among the shared
 * actors; the property picked among those declared or in use, or a new one; its value picked
 * among the declared values, or typed.
 */
async function editProperties(registry: ArticleRegistry, store: SharedActorsStore, args: SharedActorArgs): Promise<string | undefined> {
  await store.ready;
  let actor: SharedActor | undefined = args.actorId ? store.current.actors.find((candidate) => candidate.id === args.actorId) : undefined;
  if (!actor) {
    const context = vscode.window.activeTextEditor || articleOf(args).article ? await activeArticle(registry, { create: false, ...articleOf(args) }) : undefined;
    const local = context && (args.actorId ? context.session.view.actorsById.get(args.actorId) : localActorUnderCursor(context));
    if (context && local) actor = store.current.actors.find((candidate) => candidate.id === local.id) ?? (await promote(store, context, local));
    else actor = await pickSharedActor(store);
  }
  if (!actor) return undefined;
  const property = args.property ?? (await pickProperty(store, actor));
  if (!property) return undefined;
  const value = args.value ?? (await pickValue(store, actor, property));
  if (value === undefined) return undefined;
  const id = actor.id;
  await store.update((shared) => setActorProperty(shared, id, property, value.trim()));
  return value.trim();
}

function localActorUnderCursor(context: ArticleContext): Actor | undefined {
  const mention = mentionUnder(context.session.view, context.selection.start);
  return mention && context.session.view.actorsById.get(mention.actorId);
}

async function pickSharedActor(store: SharedActorsStore): Promise<SharedActor | undefined> {
  const actors = store.current.actors;
  if (actors.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No shared actors yet: promote an actor of an article to the workspace first.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    actors.map((actor) => ({ label: actor.name, description: actor.type, detail: describeProperties(actor) || undefined, actor })),
    { title: vscode.l10n.t('Edit the properties of…'), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.actor;
}

async function pickProperty(store: SharedActorsStore, actor: SharedActor): Promise<string | undefined> {
  const names = propertyNames(store.current);
  for (const name of Object.keys(actor.properties)) if (!names.includes(name)) names.push(name);
  const items: (vscode.QuickPickItem & { property?: string })[] = names.map((name) => ({ label: name, description: actor.properties[name], property: name }));
  items.push({ label: `$(add) ${vscode.l10n.t('New property…')}` });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Property of {0}', actor.name) });
  if (!picked) return undefined;
  if (picked.property) return picked.property;
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New property of {0}', actor.name),
    prompt: vscode.l10n.t('A name such as gender, role, affiliation, party or country'),
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('A name cannot be empty.')),
  });
  return name?.trim() || undefined;
}

/** The value: a declared one from a list, else typed (values already in use offered first). '' removes the property. */
async function pickValue(store: SharedActorsStore, actor: SharedActor, property: string): Promise<string | undefined> {
  const current = actor.properties[property];
  const { declared, values } = valuesToOffer(store.current, property);
  const title = vscode.l10n.t('Property {0} of {1}', property, actor.name);
  if (declared || values.length > 0) {
    const items: (vscode.QuickPickItem & { value?: string })[] = values.map((value) => ({
      label: value, value, ...(value === current && { description: vscode.l10n.t('current') }),
    }));
    if (!declared) items.push({ label: `$(edit) ${vscode.l10n.t('Other value…')}` });
    if (current !== undefined) items.push({ label: `$(close) ${vscode.l10n.t('Remove this property')}`, value: '' });
    const picked = await vscode.window.showQuickPick(items, { title });
    if (!picked || picked.value !== undefined) return picked?.value;
  }
  return vscode.window.showInputBox({ title, value: current ?? '', prompt: vscode.l10n.t('Leave empty to remove the property') });
}

/** `role: minister · party: green`. */
export function describeProperties(actor: SharedActor): string {
  return Object.entries(actor.properties).map(([name, value]) => `${name}: ${value}`).join(' · ');
}
