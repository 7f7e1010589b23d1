import { strict as assert } from 'node:assert';
import { createAnchor } from '../../../src/core/anchoring';
import { buildArticleView } from '../../../src/core/article/view';
import { EMPTY_ANNOTATIONS, type Actor, type Annotations } from '../../../src/core/model';
import * as ops from '../../../src/core/operations';
import { suggestEntities, suggestQuotations } from '../../../src/core/suggestions';
import { acceptSuggestions, pendingSuggestions, rejectSuggestions, suggestionWindow, WINDOW_MARGIN, workspaceActors, type PendingSuggestion } from '../../../src/core/suggestions';
import { readTowns } from '../../../src/cli/towns';

const TEXT =
  'Francisca Bostyn, la patronne de la VSSE, était à Rabat le 3 mars 2024. ' +
  '« La menace terroriste reste élevée », a déclaré Francisca Bostyn devant Paul Van Tigchelt.\n';

function pending(annotations: Annotations, known: readonly Actor[][] = []): PendingSuggestion[] {
  const view = buildArticleView(TEXT, annotations);
  const gazetteer = workspaceActors([annotations.actors, ...known]);
  return pendingSuggestions(view, suggestQuotations(TEXT, { knownActors: gazetteer.known, language: 'fr' }), suggestEntities(TEXT, { towns: readTowns(), knownActors: gazetteer.known, language: 'fr' }));
}
const texts = (list: readonly PendingSuggestion[]) => list.map((s) => `${s.kind}:${s.text}`);

describe('suggestions shown to the user', () => {
  it('proposes entity candidates and the reported-speech quotation of an unannotated article', () => {
    const list = texts(pending(EMPTY_ANNOTATIONS));
    assert.ok(list.includes('person:Paul Van Tigchelt'), list.join(', '));
    assert.ok(list.includes('place:Rabat'), list.join(', '));
    assert.ok(list.includes('quotation:« La menace terroriste reste élevée »'), list.join(', '));
  });

  it('leaves out what is annotated (a mention, a stored quotation) and what was rejected', () => {
    let annotations = ops.addActor(EMPTY_ANNOTATIONS, 'person', 'Paul Van Tigchelt');
    const quote = TEXT.indexOf('«');
    annotations = ops.addQuotation(annotations, createAnchor(TEXT, { start: quote, end: TEXT.indexOf('»') + 1 }));
    const rabat = pending(EMPTY_ANNOTATIONS).find((s) => s.text === 'Rabat')!;
    annotations = rejectSuggestions(annotations, TEXT, [rabat]);
    assert.deepEqual(annotations.rejected.map((r) => [r.kind, r.anchor.text]), [['actor', 'Rabat']]);
    const list = texts(pending(annotations));
    assert.ok(!list.some((s) => s.includes('Van Tigchelt') || s.includes('Rabat') || s.startsWith('quotation:')), list.join(', '));
    assert.ok(list.some((s) => s.includes('Francisca Bostyn')), 'other candidates stay');
  });

  it('suggests the actors of other articles (gazetteer) and accepts one as a mention of that actor, copied with its id', () => {
    const elsewhere: Actor = { id: 'vsse', type: 'organization', name: 'Sûreté de l’État', aliases: ['VSSE'], added: [], excluded: [], externalId: 'Q2' };
    const list = pending(EMPTY_ANNOTATIONS, [[elsewhere]]);
    const vsse = list.find((s) => s.text === 'VSSE')!;
    assert.equal(vsse.kind, 'organization');
    assert.equal('actorId' in vsse && vsse.actorId, 'vsse');
    const accepted = acceptSuggestions(EMPTY_ANNOTATIONS, TEXT, [vsse], workspaceActors([[elsewhere]]).byId);
    assert.deepEqual(accepted.actors.map((a) => [a.id, a.type, a.name, a.aliases, a.externalId, a.added.length]), [['vsse', 'organization', 'Sûreté de l’État', ['VSSE'], 'Q2', 0]]);
    assert.ok(!texts(pending(accepted)).includes('organization:VSSE'), 'no longer suggested');
  });

  it('accepts several candidates of one name as one new actor, and a quotation with its speaker and cue', () => {
    const list = pending(EMPTY_ANNOTATIONS);
    const bostyn = list.filter((s) => s.text === 'Francisca Bostyn');
    assert.equal(bostyn.length, 2);
    const quotation = list.find((s) => s.kind === 'quotation')!;
    let accepted = acceptSuggestions(EMPTY_ANNOTATIONS, TEXT, bostyn);
    assert.deepEqual(accepted.actors.map((a) => [a.id, a.type, a.name]), [['francisca-bostyn', 'person', 'Francisca Bostyn']]);
    // the speaker links to the actor now that it exists
    const relinked = pending(accepted).find((s) => s.kind === 'quotation')!;
    accepted = acceptSuggestions(accepted, TEXT, [relinked]);
    assert.deepEqual(accepted.quotations.map((q) => [q.anchor.text, q.speaker, q.cue?.text]), [[quotation.text, { actor: 'francisca-bostyn' }, 'a déclaré']]);
  });

  it('stores an unlinked speaker as free text', () => {
    const text = '« Nous resterons vigilants », a déclaré un porte-parole du ministère.';
    const q = suggestQuotations(text, { language: 'fr' });
    const list = pendingSuggestions(buildArticleView(text, EMPTY_ANNOTATIONS), q, []);
    assert.equal(list.length, 1);
    const accepted = acceptSuggestions(EMPTY_ANNOTATIONS, text, list);
    const speaker = accepted.quotations[0]!.speaker;
    assert.ok(speaker && 'text' in speaker && /porte-parole/.test(speaker.text), JSON.stringify(speaker));
  });

  it('stores a pronoun speaker as the name it stands for, not as "il"', () => {
    const text = 'Le maire Paul Martin est arrivé tôt au conseil municipal.\n\n« Tout est prêt pour le vote », a-t-il assuré devant les élus.\n';
    const list = pendingSuggestions(buildArticleView(text, EMPTY_ANNOTATIONS), suggestQuotations(text, { language: 'fr' }), []);
    assert.equal(list.length, 1);
    assert.deepEqual(acceptSuggestions(EMPTY_ANNOTATIONS, text, list).quotations[0]!.speaker, { text: 'Paul Martin' });
  });
});

describe('the part of a text searched for suggestions', () => {
  it('is the whole of a short text, and the visible part widened to paragraph breaks in a long one', () => {
    assert.deepEqual(suggestionWindow('court', { start: 0, end: 1 }), { start: 0, end: 5 });
    const paragraph = 'mot '.repeat(2_000) + '\n\n';
    const long = paragraph.repeat(20); // 160 KB, paragraphs of 8 KB
    const visible = { start: 80_100, end: 82_000 };
    const window = suggestionWindow(long, visible);
    assert.ok(window.start <= visible.start - WINDOW_MARGIN && window.end >= visible.end + WINDOW_MARGIN, JSON.stringify(window));
    assert.equal(long.slice(window.start - 2, window.start), '\n\n');
    assert.equal(long.slice(window.end, window.end + 2), '\n\n');
    assert.ok(window.end - window.start < long.length / 2);
  });
});
