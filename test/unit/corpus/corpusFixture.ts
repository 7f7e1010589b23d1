/** A small article written for these tests: astral characters, commas, quotes and line breaks in quotations. */
import { buildArticleView, type ArticleView } from '../../../src/core/article/view';
import { createAnchor } from '../../../src/core/anchoring';
import type { Actor, Annotations, Quotation } from '../../../src/core/model';

export const TEXT = [
  'Mardi 🎉, Léa Martin, maire de Brest, a répondu à la Cour des comptes.',
  '« Nous avons, dit-elle, un budget \"tenu\" 👍 »,',
  'a-t-elle déclaré. Selon la Cour, le budget dérape.',
  '',
  'Paul Durand, du syndicat, estime que Léa Martin se trompe.',
].join('\n');

export const at = (passage: string, text = TEXT) => {
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`not in the text: ${passage}`);
  return createAnchor(text, { start, end: start + passage.length });
};

const actor = (id: string, type: string, name: string, extra: Partial<Actor> = {}): Actor => ({ id, type, name, aliases: [], added: [], excluded: [], ...extra });

export const ACTORS: Actor[] = [
  actor('lea-martin', 'person', 'Léa Martin', { externalId: 'Q1' }),
  actor('brest', 'place', 'Brest'),
  actor('cour-des-comptes', 'organization', 'Cour des comptes', { aliases: ['la Cour'] }),
  actor('paul-durand', 'person', 'Paul Durand'),
];

export const QUOTATIONS: Quotation[] = [
  { anchor: at('« Nous avons, dit-elle, un budget \"tenu\" 👍 »'), speaker: { actor: 'lea-martin' }, cue: at('déclaré'), topics: ['budget'], note: 'a note, "quoted"' },
  { anchor: at('le budget dérape'), kind: 'indirect', speaker: { actor: 'cour-des-comptes' }, topics: [] },
  { anchor: at('Léa Martin se trompe'), kind: 'indirect', speaker: { text: 'le syndicat' }, topics: [] },
  { anchor: { text: 'une phrase disparue', before: 'x ', after: ' y' }, kind: 'indirect', topics: [] },
];

export const ANNOTATIONS: Annotations = { actors: ACTORS, quotations: QUOTATIONS, topics: [], notes: [], rejected: [] };

export function fixtureView(annotations: Annotations = ANNOTATIONS, text = TEXT): ArticleView {
  return buildArticleView(text, annotations);
}
