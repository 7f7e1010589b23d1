import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { suggestQuotations, type SpeakerSetting, type SuggestLanguage } from '../../../src/core/suggestions';
import { resolveDescription, resolvePronoun } from '../../../src/core/suggestions/quotations/pronounResolution';
import { speakerCandidate } from '../../../src/core/suggestions/quotations/speakerCandidates';
import { SPEAKER_SETTINGS, SPEAKER_THRESHOLDS, keepsSpeaker, speakerConfidence, speakerSetting } from '../../../src/core/suggestions/quotations/speakerConfidence';

// Sentences made up for these tests (issue 17: speakers who can speak, and their confidence).

/** The speaker of the one quotation of `text`, its confidence, what it stands for, and the reason. */
function speakerOf(text: string, language: SuggestLanguage, speakers?: SpeakerSetting) {
  const found = suggestQuotations(text, { language, ...(speakers ? { speakers } : {}) }).find((q) => q.direct);
  assert.ok(found, `no direct quotation in ${text}`);
  const s = found.speaker;
  return { text: s?.span ? text.slice(s.span.start, s.span.end) : s?.text, confidence: s?.confidence, refersTo: s?.refersTo, reason: found.reason };
}

function candidateIn(text: string, phrase: string, language: SuggestLanguage): string | undefined {
  const start = text.indexOf(phrase);
  const candidate = speakerCandidate(text, { start, end: start + phrase.length }, language);
  return candidate ? text.slice(candidate.span.start, candidate.span.end) : undefined;
}

describe('speaker choice: who can speak (sentences made up for these tests)', () => {
  describe('a title next to a name gives the name', () => {
    it('French: the name in apposition after or before the title, and after an abbreviation', () => {
      assert.equal(speakerOf('Le ministre de l’Intérieur, Paul Girard, a déclaré : « Nous ne céderons rien. »', 'fr').text, 'Paul Girard');
      assert.equal(speakerOf('« Nous ne céderons rien », a déclaré le porte-parole du gouvernement, Paul Girard.', 'fr').text, 'Paul Girard');
      assert.equal(speakerOf('« Nous ne céderons rien », a déclaré M. Girard.', 'fr').text, 'M. Girard');
      assert.equal(candidateIn('Paul Girard, directeur des ventes de la firme, a dit cela.', 'directeur des ventes de la firme', 'fr'), 'Paul Girard');
      // the phrase stopped before the title's complement: the name after the complement still gives way
      assert.equal(candidateIn('L’imam de la ville, Karim Benali, est venu à la cérémonie.', 'L’imam', 'fr'), 'Karim Benali');
      assert.equal(candidateIn('Le maire du village, Karim Benali, a parlé ensuite.', 'Le maire', 'fr'), 'Karim Benali');
      assert.equal(candidateIn('Le maire du village a parlé ensuite, puis Karim Benali est arrivé.', 'Le maire', 'fr'), 'Le maire');
    });
    it('a person’s name that ends the phrase, after a capitalised title and its qualifiers', () => {
      assert.equal(speakerOf('« Nous sommes prêts », a déclaré le Mufti égyptien Karim Saleh.', 'fr').text, 'Karim Saleh');
      assert.equal(speakerOf('Vers midi, le grand maître du Cercle Vert Jean-Paul Verdier a appelé « les fidèles à la retenue ».', 'fr').text, 'Jean-Paul Verdier');
      assert.equal(speakerOf('"We are ready," said the Irish president Kevin Walsh.', 'en').text, 'Kevin Walsh');
      assert.equal(speakerOf('Selon le parcours de Jean Dupont, « tout change ».', 'fr').text, undefined, 'a name in a complement still does not speak');
    });
    it('a name that belongs to a body in the title’s complement is not the speaker: the name before the title is', () => {
      assert.equal(speakerOf('Marie Lou Garnier, cheffe du parti politique Union Verte, a déclaré : « Nous sommes prêts. »', 'fr').text, 'Marie Lou Garnier');
      assert.equal(speakerOf('Mary Jones, leader of the party Green Union, said: "We are ready."', 'en').text, 'Mary Jones');
      assert.equal(speakerOf('Le groupe Facebook Voix Libres a écrit : « Nous serons tous là samedi. »', 'fr').text, 'Facebook Voix Libres', 'a body heading the phrase keeps its name');
    });
    it('German and English: the title before the name stays with it', () => {
      assert.equal(speakerOf('„Wir haben es geschafft“, sagte Innenministerin Petra Lang.', 'de').text, 'Innenministerin Petra Lang');
      assert.equal(speakerOf('"We will be back next year," said Senator Mary Jones.', 'en').text, 'Mary Jones');
    });
  });

  describe('noun phrases headed by a human, group or role noun', () => {
    it('French', () => {
      assert.equal(speakerOf('« Nous sommes inquiets », a confié un proche du Président.', 'fr').text, 'un proche du Président');
      assert.equal(speakerOf('« Nous sommes inquiets », a déclaré le porte-parole des marins-pompiers.', 'fr').text, 'le porte-parole des marins-pompiers');
      assert.equal(speakerOf('Selon sa famille, « il allait bien ».', 'fr').text, 'sa famille');
      assert.equal(candidateIn('l’un de ses avocats a parlé', 'l’un de ses avocats', 'fr'), 'l’un de ses avocats');
      assert.equal(candidateIn('Une vingtaine de riverains a protesté', 'Une vingtaine de riverains', 'fr'), 'Une vingtaine de riverains');
    });
    it('German and English', () => {
      assert.equal(speakerOf('„Wir haben es geschafft“, sagte der Sprecher der Feuerwehr.', 'de').text, 'der Sprecher der Feuerwehr');
      assert.equal(candidateIn('Die Firma bestätigte das.', 'Die Firma', 'de'), 'Die Firma');
      assert.equal(speakerOf('"We will be back next year," said a spokesman for the union.', 'en').text, 'a spokesman for the union');
    });
    it('a phrase that cannot speak as a whole gives the first phrase inside it that can', () => {
      assert.equal(candidateIn('Marc Petit a fait part de sa joie.', 'Marc Petit a fait', 'fr'), 'Marc Petit');
      assert.equal(candidateIn('Le texte charge le secrétaire de tout.', 'Le texte charge le secrétaire de', 'fr'), 'Le texte');
    });
  });

  describe('pronouns and short references resolved to the person named before', () => {
    it('French il/elle, with gender agreement against a title', () => {
      const text = 'Claire Dubois a quitté la salle. Plus tard, elle a déclaré : « Je reviendrai. »';
      const choice = speakerOf(text, 'fr');
      assert.equal(choice.text, 'elle', 'the speaker is the pronoun the text uses');
      assert.equal(choice.refersTo, 'Claire Dubois');
      const mixed = 'Mme Anne Roy a salué M. Luc Brun. Il a ajouté : « Merci à tous. »';
      const at = mixed.indexOf('Il ');
      const antecedent = resolvePronoun(mixed, { start: at, end: at + 2 }, 'fr');
      assert.equal(antecedent && mixed.slice(antecedent.start, antecedent.end), 'Luc Brun');
    });
    it('French: a pronoun whose antecedent is named in the quotation’s own sentence gives that name', () => {
      const text = 'Le projet a été salué par Hélène Martin, maire de la ville, qui a assuré que selon elle « le chantier sera terminé avant la fin du mois de juin, comme prévu ».';
      assert.equal(speakerOf(text, 'fr').text, 'Hélène Martin');
      // the antecedent in an earlier sentence: the pronoun stays
      assert.equal(speakerOf('Hélène Martin a visité le chantier. Selon elle, « le chantier sera terminé avant la fin du mois de juin, comme prévu ».', 'fr').text, 'elle');
    });
    it('German er/sie and English he/she', () => {
      assert.equal(speakerOf('Der Bürgermeister Karl Huber war zufrieden. Er sagte: „Wir haben es geschafft.“', 'de').refersTo, 'Karl Huber');
      assert.equal(speakerOf('Mary Jones left early. Later she said: "We will be back next year."', 'en').refersTo, 'Mary Jones');
    });
    it('not to a place after a preposition of place', () => {
      const text = 'Le train est arrivé à Marseille. Il repartira demain.';
      const at = text.indexOf('Il ');
      assert.equal(resolvePronoun(text, { start: at, end: at + 2 }, 'fr'), undefined);
    });
    it('"le ministre" → the minister named before', () => {
      const text = 'Le ministre Paul Girard est arrivé. Le ministre a ensuite déclaré : « Rien ne bouge. »';
      assert.equal(speakerOf(text, 'fr').refersTo, 'Paul Girard');
      const apposition = 'Paul Girard, le ministre, est venu. Le ministre a parlé.';
      const at = apposition.lastIndexOf('Le ministre');
      const name = resolveDescription(apposition, { start: at, end: at + 11 }, 'fr');
      assert.equal(name && apposition.slice(name.start, name.end), 'Paul Girard');
    });
  });

  describe('a participle or gerund of saying takes the subject of its main clause, never its object', () => {
    it('French: after a comma or "en", the main clause’s subject, past a relative clause and a subordinate one', () => {
      assert.equal(speakerOf('Claire Dubois a quitté la salle, invitant les élus à « rester calmes ».', 'fr').text, 'Claire Dubois');
      assert.equal(speakerOf('La maire, Claire Dubois, qui dirige la ville depuis dix ans, s’est adressée aux habitants en disant : « Nous tiendrons bon. »', 'fr').text, 'Claire Dubois');
      assert.equal(speakerOf('Le ministre saluait les habitants quand un jeune homme a tenté de le bousculer en criant « Rentrez chez vous ! ».', 'fr').text, 'un jeune homme');
      assert.equal(speakerOf('Le député Luc Brun a, quant à lui, critiqué la réforme en expliquant que « les communes paieront ».', 'fr').text, 'Luc Brun');
    });
    it('French: the pronoun inverted in the main verb, or the subject after it when the quotation comes first', () => {
      const inverted = suggestQuotations('« Nous tiendrons bon », a-t-il dit, ajoutant ne pas vouloir être « un chef comme les autres ».', { language: 'fr' });
      assert.equal(inverted[1]?.speaker?.text, 'il');
      assert.equal(inverted[1]?.reason, 'words attributed by a cue (verb); speaker: named with the cue');
      assert.equal(speakerOf('« Il n’y a rien eu », martèle encore Paul Girard, précisant que tout était prévu.', 'fr').text, 'Paul Girard');
    });
    it('French: right after a noun, the participle describes that noun', () => {
      assert.equal(speakerOf('Le cortège a été accueilli par des riverains scandant « Démission ! » devant la mairie.', 'fr').text, 'des riverains');
    });
    it('French: with no subject in the sentence, the speaker comes from before, not from the object', () => {
      const text = 'Le maire Paul Girard a parlé aux journalistes : « Rien n’est encore décidé pour le port. » « Je ne dirai rien de plus », lundi, invitant la presse à ne pas « tout croire ».';
      const found = suggestQuotations(text, { language: 'fr' }).filter((q) => q.direct);
      assert.deepEqual(found.map((q) => q.speaker?.text), ['Paul Girard', 'Paul Girard']);
    });
    it('English: "telling X to …" is not said by X', () => {
      assert.equal(speakerOf('The mayor, Tom Hill, walked out of the meeting, telling the councillors to "stop wasting time".', 'en').text, 'Tom Hill');
    });
  });

  describe('a relative clause or a participle phrase between the subject and its verb is skipped', () => {
    it('French', () => {
      assert.equal(speakerOf('Un rapport de la Cour des comptes, publié le 3 mai, affirmait au contraire que « les dépenses ont doublé ».', 'fr').text, 'Un rapport de la Cour des comptes');
      assert.equal(speakerOf('Le porte-parole, arrivé sur place vers midi, a expliqué que « tout était calme ».', 'fr').text, 'Le porte-parole');
      assert.equal(speakerOf('Marie Roche, qui vit à Lyon, a déclaré : « Nous sommes prêts. »', 'fr').text, 'Marie Roche');
    });
    it('English', () => {
      assert.equal(speakerOf('The mayor, elected in 2010 by a wide margin, said: "We are ready."', 'en').text, 'The mayor');
      assert.equal(speakerOf('The report, published in May, said that "costs have doubled".', 'en').text, 'The report');
    });
    it('a capitalised word after "de la" is in a complement: the description keeps it', () => {
      assert.equal(speakerOf('« Nous partons », a déclaré le représentant de la Commission.', 'fr').text, 'le représentant de la Commission');
    });
  });

  describe('French: a subordinate conjunction ends the subject, and human nouns can speak', () => {
    it('"tandis que", "quand" end the phrase after the verb', () => {
      assert.equal(speakerOf('« Merci à tous », avait déclaré le maire tandis que, de son côté, le préfet se taisait.', 'fr').text, 'le maire');
      assert.equal(speakerOf('« Merci à tous », a dit le maire quand la séance a été levée.', 'fr').text, 'le maire');
    });
    it('a minor, a neighbour, a passer-by', () => {
      assert.equal(speakerOf('« J’ai tout vu depuis ma fenêtre », a raconté le mineur.', 'fr').text, 'le mineur');
      assert.equal(speakerOf('« J’ai tout vu depuis ma fenêtre », a raconté une voisine.', 'fr').text, 'une voisine');
      assert.equal(candidateIn('Un passant a crié.', 'Un passant', 'fr'), 'Un passant');
    });
  });

  describe('French: the subject after opening adverbials, and a place is no name in apposition', () => {
    it('"À Limoges, l’individu a appelé à « … »": the subject, not the place', () => {
      assert.equal(speakerOf('Vers midi, à Limoges, l’individu a appelé à « bloquer les routes ».', 'fr').text, 'l’individu');
      assert.equal(speakerOf('À Limoges, le maire a appelé à « garder son calme ».', 'fr').text, 'le maire');
      assert.equal(candidateIn('Paul Girard, le maire, a parlé.', 'le maire', 'fr'), 'Paul Girard', 'a name in apposition still gives the name');
      assert.equal(candidateIn('Vers midi, dans les Landes, la préfecture a réagi.', 'la préfecture', 'fr'), 'la préfecture', 'a place after a preposition and its article neither');
      assert.equal(speakerOf('Dans les Vosges, la préfecture a interdit la chasse dans « toute zone habitée » ce week-end.', 'fr').text, 'la préfecture');
    });
  });

  describe('French: the subject of the quotation’s own clause when no cue names one', () => {
    it('the antecedent of "qui", not the subject of the sentence', () => {
      assert.equal(speakerOf('Cette offre, jugée trop faible, a été refusée par le syndicat, qui ne veut pas « brader les acquis des salariés ».', 'fr').text, 'le syndicat');
    });
    it('the author of a call named after its noun: "l’appel de X à « … »"', () => {
      const text = 'Dans la soirée, suite à l’appel lundi de Marie Lenoir à « occuper la place », la police a bouclé le quartier.';
      assert.equal(speakerOf(text, 'fr').text, 'Marie Lenoir');
    });
    it('a name in apposition right before the verb, when the phrase that opens the sentence cannot speak', () => {
      assert.equal(speakerOf('L’ancien maire et actuel conseiller de la ville, Paul Girard parle d’une « trahison ».', 'fr').text, 'Paul Girard');
    });
  });

  describe('an inverted pronoun and an antecedent inside quotation marks (French)', () => {
    it('the pronoun inverted in the verb right after the quotation stays; a name before earlier quotations gives the name', () => {
      const text = 'Claire Dubois, pourtant, refuse de « céder » aux pressions : « Je ne partirai pas, quoi qu’on dise, et je finirai mon mandat jusqu’au bout », affirme-t-elle.';
      const found = suggestQuotations(text, { language: 'fr' }).filter((q) => q.direct);
      assert.deepEqual(found.map((q) => q.speaker?.text), ['Claire Dubois', 'elle']);
    });
    it('a name inside another quotation of the sentence is not who speaks', () => {
      const text = 'Le maire a reçu les élus hier. « Marc Roy m’a menti sur toute la ligne, et je le prouverai » , précise-t-il, ajoutant que « rien ne sera caché ».';
      const found = suggestQuotations(text, { language: 'fr' }).filter((q) => q.direct);
      assert.deepEqual(found.map((q) => q.speaker?.text), ['il', 'il']);
    });
  });

  describe('"pour X, « … »" names whose opinion is quoted, like "selon X"', () => {
    it('French: "pour" opening its clause, a short phrase, a comma and the quotation', () => {
      assert.equal(speakerOf('Le syndicat a publié un communiqué. Pour le délégué régional, « cette réforme ne règle rien et pénalise les plus fragiles ».', 'fr').text, 'le délégué régional');
      assert.equal(speakerOf('Les riverains ont manifesté samedi. Pour eux, « le projet de rocade va défigurer tout le quartier ».', 'fr').text, 'eux');
      assert.match(speakerOf('Mais, pour Mme Lebrun, « la ministre se trompe de combat depuis le début ».', 'fr').text ?? '', /Lebrun$/u);
    });
    it('not a "pour" that does not open the clause, nor one whose phrase is far from the quotation', () => {
      assert.equal(speakerOf('Pour la première fois, « nous avons gagné ce tournoi difficile », a dit Paul Girard.', 'fr').text, 'Paul Girard');
      assert.equal(speakerOf('Le maire a voté pour le projet du port. « Nous avons attendu ce moment depuis vingt ans », dit-il.', 'fr').text, 'il');
    });
  });

  describe('refusals: never a function word, an adverb, a piece of the cue, a phrase of another clause', () => {
    it('an adverb or a preposition opening the sentence', () => {
      assert.equal(speakerOf('Vers 10 h, Paul Girard a affirmé que « tout est prêt ».', 'fr').text, 'Paul Girard');
      assert.equal(candidateIn('Or, il est parti.', 'Or', 'fr'), undefined);
      assert.equal(candidateIn('De plus, on le dit.', 'De', 'fr'), undefined);
      assert.equal(candidateIn('Dazu sagte er nichts.', 'Dazu', 'de'), undefined);
      assert.equal(candidateIn('However, he left.', 'However', 'en'), undefined);
    });
    it('an impersonal pronoun, a piece of the cue clause, a noun phrase that names no one', () => {
      const impersonal = speakerOf('Or, dit-on, « la route restera fermée ».', 'fr', 'all');
      assert.equal(impersonal.text, undefined);
      assert.match(impersonal.reason, /no speaker suggested: “on” cannot be a speaker/);
      assert.equal(candidateIn('ajoutant qu’il le dit', 'qu’il le dit', 'fr'), undefined);
      assert.equal(candidateIn('publiée le 3 mai, la note', 'publiée le 3 mai', 'fr'), undefined);
      assert.equal(speakerOf('Selon le parcours de Marc Petit, « tout change ».', 'fr').text, undefined, 'the name in a complement does not speak');
      assert.equal(candidateIn('Die Lage sei ernst.', 'Die Lage', 'de') === undefined, false, 'German capitalises nouns: an article and a noun stay a description');
      assert.equal(candidateIn('the rise of prices', 'the rise of prices', 'en'), undefined);
    });
    it('German: a month, a measure after a number, a sentence adverb or a bare abstract noun cannot speak; names and role nouns can', () => {
      assert.equal(candidateIn('Der Verband hatte letzten September kritisiert, dass nichts geschah.', 'September', 'de'), undefined);
      assert.equal(candidateIn('Das Flugzeug kreiste in 9000 Metern Höhe über der Stadt.', 'Metern Höhe', 'de'), undefined);
      assert.equal(candidateIn('Die Kosten stiegen auf 4,2 Milliarden Euro im Jahr.', 'Milliarden Euro', 'de'), undefined);
      assert.equal(candidateIn('Abschließend fügte die Ministerin hinzu, sie sei zufrieden.', 'Abschließend', 'de'), undefined);
      assert.equal(candidateIn('Besonders betroffen seien die Dörfer im Süden.', 'Besonders', 'de'), undefined);
      assert.equal(candidateIn('Entscheidung bleibt offen, hieß es.', 'Entscheidung', 'de'), undefined);
      assert.equal(candidateIn('Kowalski sagte, er sei zufrieden.', 'Kowalski', 'de'), 'Kowalski');
      assert.equal(candidateIn('Die Sprecherin sagte, sie sei zufrieden.', 'Die Sprecherin', 'de'), 'Die Sprecherin');
      assert.equal(candidateIn('Townsend sagte, er sei zufrieden.', 'Townsend', 'de'), 'Townsend');
      const month = speakerOf('Der Vorstand hatte im Mai beschlossen, dass „die Mitglieder selbst entscheiden sollen“.', 'de', 'all');
      assert.notEqual(month.text, 'Mai');
    });
  });
});

describe('speaker confidence and the setting (sentences made up for these tests)', () => {
  // a paragraph that opens with a quotation takes the speaker of the paragraph before: a guess
  const guess = '« Le pont sera prêt en mai », a déclaré Léa Morel.\n\n« Nous avons tout vérifié, chaque chiffre. »';

  it('a speaker with weak evidence is left out by default and the reason says why', () => {
    const second = (speakers?: SpeakerSetting) => suggestQuotations(guess, { language: 'fr', ...(speakers ? { speakers } : {}) })[1]!;
    assert.equal(second().speaker, undefined);
    assert.match(second().reason, /no speaker suggested: “Léa Morel” is uncertain \(confidence 55%\) \(the speaker of the previous quotation\)/);
    const all = second('all').speaker;
    assert.equal(all?.text, 'Léa Morel');
    assert.ok(all.confidence !== undefined && all.confidence < SPEAKER_THRESHOLDS.precise);
    assert.equal(second('balanced').speaker?.text, 'Léa Morel');
    assert.equal(suggestQuotations(guess, { language: 'fr' })[0]!.speaker?.text, 'Léa Morel', 'the first quotation, with its cue, keeps its speaker');
  });
  it('a description that is the subject of the quotation’s own sentence is suggested by default', () => {
    const text = 'Le conseil municipal a décidé de « suspendre temporairement les travaux du nouveau port, le temps de vérifier la solidité de la digue ouest ».';
    assert.equal(speakerOf(text, 'fr').text, 'Le conseil municipal');
    assert.equal(speakerOf('Le rapport charge le maire de « réunir les habitants avant la fin de l’été ».', 'fr').text, 'Le rapport');
  });
  it('a cue right beside the quotation is worth more than one further off; an inverted pronoun most', () => {
    const adjacent = speakerOf('« Nous partons », a déclaré Marc Petit.', 'fr').confidence!;
    const apart = speakerOf('Marc Petit a déclaré hier, devant la presse réunie au siège du parti, que « tout est prêt ».', 'fr').confidence!;
    const inverted = speakerOf('« Nous partons », a-t-il déclaré.', 'fr').confidence!;
    assert.ok(adjacent > apart, `${adjacent} > ${apart}`);
    assert.ok(inverted > adjacent);
  });
  it('every confidence is in 0..1 and a stricter setting never keeps what a looser one drops', () => {
    const rules = ['cue', 'invertedPronoun', 'ownClause', 'cueBefore', 'previousInParagraph', 'pronounOfOwnClause', 'subjectBefore', 'previousParagraph', 'sourceBefore', 'subjectOfSentence'] as const;
    const kinds = ['actor', 'name', 'pronoun', 'description'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...rules), fc.constantFrom(...kinds), fc.boolean(), fc.boolean(), fc.nat(2000), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }), (rule, kind, resolved, sameSentence, distance, inherited) => {
        const c = speakerConfidence({ rule, kind, resolved, sameSentence, distance, ...(inherited !== undefined ? { inherited } : {}) });
        assert.ok(c >= 0 && c <= 1);
        if (keepsSpeaker(c, 'precise')) assert.ok(keepsSpeaker(c, 'balanced') && keepsSpeaker(c, 'all'));
        if (keepsSpeaker(c, 'balanced')) assert.ok(keepsSpeaker(c, 'all'));
      }),
    );
  });
  it('an unknown setting falls back to precise, so a typo never hides or shows every speaker', () => {
    assert.equal(speakerSetting('everything'), 'precise');
    assert.equal(speakerSetting(undefined), 'precise');
    for (const s of SPEAKER_SETTINGS) assert.equal(speakerSetting(s), s);
  });
});
