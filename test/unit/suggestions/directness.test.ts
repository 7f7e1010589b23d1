/**
 * Which quotation-marked passages are someone's words: fragments whose shape or frame says so
 * without a verb of saying beside them, and names or terms that must stay names. Sentences
 * written for these tests.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { suggestQuotations } from '../../../src/core/suggestions';
import type { SuggestLanguage } from '../../../src/core/suggestions';
import { isInfinitive, isVerbPhrase } from '../../../src/core/suggestions/languages/fr/verbForms';

function direct(text: string, quote: string, language: SuggestLanguage = 'fr'): boolean {
  const found = suggestQuotations(text, { language }).find((q) => text.slice(q.span.start, q.span.end) === quote);
  assert.ok(found, `no quotation ${quote}`);
  return found.direct;
}

describe('directness: French verb phrases are words cut from speech', () => {
  it('tells verb phrases from noun phrases', () => {
    for (const words of ['bloquer les dépôts', "d'entendre les salariés", 's’engage à rembourser', 'ne cédera pas', "qu'il reviendra", 'les prix baisseraient', 'il faut agir', "j'assume", "ici c'est chez nous"]) {
      assert.equal(isVerbPhrase(words), true, words);
    }
    for (const words of ['mer intérieure', 'à l’est du fleuve', 'meilleur espoir', 'guerre des prix', 'outrage à agent', 'ami', 'premier ministre', 'juge et partie']) {
      assert.equal(isVerbPhrase(words), false, words);
    }
  });

  it('knows the common nouns that end like infinitives', () => {
    assert.deepEqual(['protéger', 'agir', 'recevoir', 'prendre'].map(isInfinitive), [true, true, true, true]);
    assert.deepEqual(['mer', 'hiver', 'pouvoir', 'ordre', 'ministre'].map(isInfinitive), [false, false, false, false, false]);
  });

  it('a verb phrase in a sentence is speech, a noun phrase without a source is not', () => {
    assert.equal(direct('Le syndicat a appelé à « bloquer les dépôts » dès lundi.', '« bloquer les dépôts »'), true);
    assert.equal(direct('Selon la fédération, le club « s’engage à rembourser » les abonnés.', '« s’engage à rembourser »'), true);
    assert.equal(direct('Le gouvernement « ne cédera pas » sur les retraites, ont répété ses ministres.', '« ne cédera pas »'), true);
    assert.equal(direct('Le navire a traversé la « mer intérieure » en deux jours.', '« mer intérieure »'), false);
  });

  it('after "pour": a purpose in someone’s words, but the wording of a charge stays a term', () => {
    assert.equal(direct('La mairie a fermé le parc pour « protéger les promeneurs » du vent.', '« protéger les promeneurs »'), true);
    assert.equal(direct('Il a été placé en garde à vue pour « outrage à agent ».', '« outrage à agent »'), false);
  });

  it('"a appelé « … »" calls on someone; "un village appelé « … »" names', () => {
    assert.equal(direct('Le préfet a appelé « chacun au calme » avant le match.', '« chacun au calme »'), true);
    assert.equal(direct('Ils vivent dans un hameau appelé « la petite Venise » depuis vingt ans.', '« la petite Venise »'), false);
  });
});

describe('directness: French frames that give the words a source', () => {
  it('"X parle de « … »" is X’s word, "on parle de « … »" is no one’s', () => {
    assert.equal(direct('La ministre parle d’une « trahison » de ses alliés.', '« trahison »'), true);
    assert.equal(direct('Dans la ville, on parle du « miracle de mars » depuis des semaines.', '« miracle de mars »'), false);
  });

  it('"qualifié de « … » par X" has a source, "qualifié de « … »" alone has none', () => {
    assert.equal(direct('La réforme, qualifiée de « recul historique » par les syndicats, entre en vigueur.', '« recul historique »'), true);
    assert.equal(direct('Le joueur, qualifié de « prodige », a signé pour trois ans.', '« prodige »'), false);
  });

  it('a term after a word that names it ("la notion de", "signifie") is not speech', () => {
    assert.equal(direct('Le tribunal a rejeté la notion de « légitime défense » avancée par l’accusé.', '« légitime défense »'), false);
    assert.equal(direct('Le mot « Ubuntu » signifie « je suis parce que nous sommes » dans plusieurs langues.', '« je suis parce que nous sommes »'), false);
  });

  it('a quoted sentence followed by its verb and speaker is speech, a quoted name before its verb is not', () => {
    assert.equal(direct('« Nous avons tout donné ce soir » a déclaré l’entraîneur après le match.', '« Nous avons tout donné ce soir »'), true);
    assert.equal(direct('« Le Quotidien » a révélé l’affaire mardi.', '« Le Quotidien »'), false);
  });

  it('after "selon lui" a sentence is speech; after "selon" a short name is the source', () => {
    assert.equal(direct('Le juge a rappelé que selon lui « la loi ne prévoit rien de tel. »', '« la loi ne prévoit rien de tel. »'), true);
    assert.equal(direct('Laut „wetterdienst.de“ wird es am Wochenende wärmer.', '„wetterdienst.de“', 'de'), false);
  });
});

describe('directness: French speech needs someone who can have said it', () => {
  it('words only their shape makes speech, in a clause whose subject cannot speak, are no one’s', () => {
    assert.equal(direct('La sécheresse a frappé la région provoquant « la colère des éleveurs, la perte des récoltes et la ruine de nombreux villages »', '« la colère des éleveurs, la perte des récoltes et la ruine de nombreux villages »'), false);
    assert.equal(direct('Le projet paraissait solide car capable de « rassurer les banques » sans tarder.', '« rassurer les banques »'), false);
    assert.equal(direct('Le ministre a rassuré les éleveurs en promettant de « soutenir chaque exploitation touchée par la crise »', '« soutenir chaque exploitation touchée par la crise »'), true, 'a subject who can speak keeps them');
  });

  it('the antecedent of "qui" is the subject of the quotation’s clause', () => {
    assert.equal(direct('La proposition a été écartée par le syndicat, qui refuse de « brader les acquis des salariés ».', '« brader les acquis des salariés »'), true);
  });

  it('a passive with no agent gives the words no source; with "par" it does', () => {
    assert.equal(direct('L’accusé est finalement condamné à « deux ans de prison ferme et une amende de dix mille euros ».', '« deux ans de prison ferme et une amende de dix mille euros »'), false);
    assert.equal(direct('Il est également condamné à « verser une indemnité à chacune des familles des victimes ».', '« verser une indemnité à chacune des familles des victimes »'), false);
  });

  it('inside a clause reported with "que", the source is further back and the words stay speech', () => {
    assert.equal(direct('Cette défaite fait dire au quotidien sportif que « l’équipe a perdu son âme et sa raison d’être cette saison ».', '« l’équipe a perdu son âme et sa raison d’être cette saison »'), true);
  });
});

describe('directness: French names after a noun and "de"', () => {
  it('a short capitalised phrase completing a noun after "de" names a group, even near a cue', () => {
    assert.equal(direct('Le porte-parole a affirmé qu’une délégation de « Citoyens en colère » sera reçue lundi.', '« Citoyens en colère »'), false);
    assert.equal(direct('La ministre parle de « Graves manquements » dans ce dossier.', '« Graves manquements »'), true, 'after a verb, "de" introduces what someone spoke of');
  });
});

describe('directness: French verbs of demanding, forbidding and calling for', () => {
  it('words quoted in what someone demands, forbids or calls for are that someone’s', () => {
    assert.equal(direct('Le syndicat dénonce une « provocation » et exige que les licenciements « cessent ».', '« cessent »'), true);
    assert.equal(direct('Dans le Var, la préfecture a interdit les barbecues dans « tout espace boisé » jusqu’à lundi.', '« tout espace boisé »'), true);
    assert.equal(direct('La députée a appelé à manifester de façon « pacifique » samedi.', '« pacifique »'), true);
  });

  it('a notice in the passive and a verb of calling that names are not', () => {
    assert.equal(direct('La baignade est interdite dans « la zone rouge » du lac.', '« la zone rouge »'), false);
    assert.equal(direct('Il habite un hameau appelé « les trois chênes » depuis l’an dernier.', '« les trois chênes »'), false);
  });
});

describe('directness: names and titles in German quotation marks', () => {
  it('a company’s legal form makes a name, even with a period at its end', () => {
    assert.equal(direct('Die Firma „Nordlicht Solar GmbH“ stellte am Montag neue Module vor.', '„Nordlicht Solar GmbH“', 'de'), false);
    assert.equal(direct('Der Hersteller „Bluewave Systems Inc.“ meldete einen Verlust.', '„Bluewave Systems Inc.“', 'de'), false);
    assert.equal(direct('« Nous restons à Lyon », a déclaré la directrice de Verdi SA.', '« Nous restons à Lyon »', 'fr'), true);
  });

  it('"dem „X“ zufolge" names the source; "« … » selon X" quotes X', () => {
    assert.equal(direct('Die Regierung will dem „Tagesblatt“ zufolge die Steuern senken.', '„Tagesblatt“', 'de'), false);
    assert.equal(direct('Il est mort sur le coup « sans souffrir » selon les secours.', '« sans souffrir »', 'fr'), true);
  });

  it('a medium that reports, even written lowercase', () => {
    assert.equal(direct('Wie „netzwelt aktuell“ berichtet, fiel der Dienst zwei Stunden aus.', '„netzwelt aktuell“', 'de'), false);
  });

  it('a name in apposition before the verb that attributes something to it', () => {
    assert.equal(direct('Die Monatszeitschrift „Grüne Stadt“, berichtete der Verlag, erscheint ab Mai wöchentlich.', '„Grüne Stadt“', 'de'), false);
    assert.equal(direct('Bauer sagte: „Wir kommen wieder“.', '„Wir kommen wieder“', 'de'), true);
  });

  it('what a verb of naming names, before or after it', () => {
    assert.equal(direct('Die Gruppe, die sich „Freunde des Waldes“ nennt, pflanzte hundert Bäume.', '„Freunde des Waldes“', 'de'), false);
    assert.equal(direct('Sie schloss mit dem Prädikat „magna cum laude“ ab.', '„magna cum laude“', 'de'), false);
  });
});

describe('directness: long German names', () => {
  it('a long capitalised noun phrase after an article or a noun is a name; with a verb it is speech', () => {
    assert.equal(direct('Im Herbst erhielt sie den „Großen Preis der Stadt für Verdienste um die Musik und die Bühne“ in Wien.', '„Großen Preis der Stadt für Verdienste um die Musik und die Bühne“', 'de'), false);
    assert.equal(direct('Er arbeitet an seinem Buch „Der lange Weg – eine Geschichte der Eisenbahn in den Alpen“ seit Jahren.', '„Der lange Weg – eine Geschichte der Eisenbahn in den Alpen“', 'de'), false);
    assert.equal(direct('Der Trainer hofft, dass die „Mannschaft nach der langen Pause wieder bereit ist und gewinnt“ am Samstag.', '„Mannschaft nach der langen Pause wieder bereit ist und gewinnt“', 'de'), true);
  });
});

describe('directness: German "als „…“"', () => {
  it('a capitalised role or title after "als" is a name unless someone calls it so', () => {
    assert.equal(direct('In der neuen Serie tritt er als „Onkel Heinrich“ in zwölf Folgen auf.', '„Onkel Heinrich“', 'de'), false);
    assert.equal(direct('Die Opposition bezeichnete den Plan als „Geschenk für Konzerne“ und kündigte Widerstand an.', '„Geschenk für Konzerne“', 'de'), true);
    assert.equal(direct('Der Verband wies die Vorwürfe als „haltlos“ zurück.', '„haltlos“', 'de'), true);
  });
});

describe('directness: German reported speech and quoted sentences', () => {
  it('a phrase inside a clause in the subjunctive is the source’s words', () => {
    assert.equal(direct('Der Verband gab sich zuversichtlich. Die Lösung bestehe aus „kleinen Schritten“ und Geduld.', '„kleinen Schritten“', 'de'), true);
    assert.equal(direct('Die Partei unterstütze die Reform „ohne Vorbehalt“.', '„ohne Vorbehalt“', 'de'), true);
  });

  it('a quotation that is a whole sentence with a verb is speech; a title alone is not', () => {
    assert.equal(direct('„Wir bleiben dabei“. Mehr wollte der Sprecher nicht sagen.', '„Wir bleiben dabei“', 'de'), true);
    assert.equal(direct('„Die stille Welle“. Unter diesem Titel lief der Film im Herbst.', '„Die stille Welle“', 'de'), false);
  });
});

describe('directness: German frames of naming and of charges', () => {
  it('"unter dem Motto", "mit dem Titel", "trägt den Namen" make a name of any length, even a sentence', () => {
    assert.equal(direct('Die Schüler zogen unter dem Motto „Wir sind die Zukunft und wir lassen uns nicht aufhalten!“ durch die Stadt.', '„Wir sind die Zukunft und wir lassen uns nicht aufhalten!“', 'de'), false);
    assert.equal(direct('Unter dem Titel „Wir haben keine Zeit mehr, jetzt muss gehandelt werden!“ legte der Verband seinen Bericht vor.', '„Wir haben keine Zeit mehr, jetzt muss gehandelt werden!“', 'de'), false);
    assert.equal(direct('Die Aktion trägt den Titel „Saubere Stadt für alle Bürger und ihre vielen Gäste“.', '„Saubere Stadt für alle Bürger und ihre vielen Gäste“', 'de'), false);
    assert.equal(direct('Die Band nennt sich „Die Roten Rosen“ und spielt heute in Köln.', '„Die Roten Rosen“', 'de'), false);
  });

  it('"der Name lautet „…“" and "„…“, so lautet der Titel" name; a quoted sentence with its speaker stays speech', () => {
    assert.equal(direct('„Hoffnung für Afrika“, so lautet der Name der neuen Stiftung.', '„Hoffnung für Afrika“', 'de'), false);
    assert.equal(direct('Der Arbeitstitel lautet also „ein Sommer ohne Ende“.', '„ein Sommer ohne Ende“', 'de'), false);
    assert.equal(direct('„Wir haben keine Zeit mehr“, sagte die Sprecherin des Verbands.', '„Wir haben keine Zeit mehr“', 'de'), true);
    assert.equal(direct('Die Sprecherin sagte: „So lautet der Plan, und wir halten uns daran.“', '„So lautet der Plan, und wir halten uns daran.“', 'de'), true);
  });

  it('after "wegen" or "unter dem Vorwurf" the wording of a charge is no one’s words, unless a cue gives it a source', () => {
    assert.equal(direct('Der Fahrer wurde wegen „versuchten Totschlags“ angeklagt.', '„versuchten Totschlags“', 'de'), false);
    assert.equal(direct('Die Polizei nahm ihn unter dem Vorwurf „gewerbsmäßigen Betrugs“ fest.', '„gewerbsmäßigen Betrugs“', 'de'), false);
    assert.equal(direct('Die Anlage fiel wegen „technischer Probleme mit der Kühlung“ aus, sagte ein Sprecher.', '„technischer Probleme mit der Kühlung“', 'de'), true);
  });

  it('"galt … als „…“" is a reputation even when its verb opens the clause far back', () => {
    assert.equal(direct('Galt der Minister vor seiner Wahl noch lange Zeit als „Retter der Nation“, verlor er später viel Vertrauen.', '„Retter der Nation“', 'de'), false);
    assert.equal(direct('Die Gewerkschaft bezeichnete den Minister in ihrer Erklärung vom Montag als „Totengräber der Rente“.', '„Totengräber der Rente“', 'de'), true);
  });
});

describe('directness: German titles after their noun and in lists', () => {
  it('the genitive of a naming noun names what follows ("des Magazins „…“", "des Buches „…“")', () => {
    assert.equal(direct('Laut einem Test des Magazins „auto, motor und sport“ sind die Preise gestiegen.', '„auto, motor und sport“', 'de'), false);
    assert.equal(direct('Die Autorin des Buches „Leise Tage“ las am Abend in Bonn.', '„Leise Tage“', 'de'), false);
  });

  it('with no cue in the sentence a title after its noun may be as long as a sentence; with a cue it is speech', () => {
    assert.equal(direct('Der Roman „Der Himmel über uns ist weit und leer“ wurde im Herbst ausgezeichnet.', '„Der Himmel über uns ist weit und leer“', 'de'), false);
    assert.equal(direct('Der Minister sagte der Zeitung „Wir werden das Spiel am Samstag ganz sicher gewinnen“.', '„Wir werden das Spiel am Samstag ganz sicher gewinnen“', 'de'), true);
  });

  it('three or more capitalised quoted passages joined as a list are titles; a list of evaluations stays speech', () => {
    const text = 'Die Schüler stellten Arbeiten vor, darunter „Die Stadt im Wandel der Zeit“, „Mobile Menschen und das Reisen“ und „Der Hafen bei Nacht“.';
    for (const title of ['„Die Stadt im Wandel der Zeit“', '„Mobile Menschen und das Reisen“', '„Der Hafen bei Nacht“']) assert.equal(direct(text, title, 'de'), false, title);
    assert.equal(direct('Er nannte die Pläne „unsozial“, „kurzsichtig“ und „gefährlich“.', '„kurzsichtig“', 'de'), true);
  });
});

describe('directness: German terms given with their translation', () => {
  it('a short term with a gloss in parentheses after it, or after "etwa:", "deutsch:", is a term', () => {
    assert.equal(direct('Im Herbst folgt ein „deep field survey“ (Tiefenfeld-Durchmusterung) des Teleskops.', '„deep field survey“', 'de'), false);
    assert.equal(direct('Sie trat der „Rassemblement Vert“ (etwa: „Grüne Sammlung“) bei.', '„Grüne Sammlung“', 'de'), false);
  });

  it('with a cue in the sentence the quoted words and their translation stay speech', () => {
    assert.equal(direct('Der Mann rief „never again“ (deutsch: nie wieder) in die Menge.', '„never again“', 'de'), true);
    assert.equal(direct('Die Ministerin sagte, das sei ein „game changer“ (Wendepunkt) für die Region.', '„game changer“', 'de'), true);
  });
});

describe('directness: properties', () => {
  it('a capitalised name of one to three words after a naming word is never speech', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,8}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('le film', 'surnommé', 'la notion de', 'le mot'), (name, naming) => {
        const quote = `« ${name.join(' ')} »`;
        return !direct(`Hier soir, ${naming} ${quote} a été évoqué.`, quote);
      }),
      { numRuns: 60 },
    );
  });
});
