import { strict as assert } from 'node:assert';
import { buildArticleView } from '../../../src/core/article/view';
import { exportBrat, importBrat } from '../../../src/core/formats/brat';
import { parseStandoff } from '../../../src/core/formats/standoff';
import { EMPTY_ANNOTATIONS } from '../../../src/core/model';
import { acceptSuggestions, pendingSuggestions, suggestQuotations, suggestionsToStandoff, type SuggestLanguage } from '../../../src/core/suggestions';

/** The indirect-speech suggestions of `text` as content | source | cue. */
function indirect(text: string, language: SuggestLanguage): string[] {
  return suggestQuotations(text, { language })
    .filter((q) => q.kind === 'indirect')
    .map((q) => {
      assert.equal(q.direct, false, 'indirect speech is not direct');
      const cue = q.cue ? text.slice(q.cue.start, q.cue.end) : '';
      return `${text.slice(q.span.start, q.span.end)} | ${q.speaker?.text ?? ''} | ${cue}`;
    });
}

describe('indirect speech', () => {
  describe('English', () => {
    it('takes the clause opened by "that" after a verb of saying, "that" included, and its subject as the source', () => {
      assert.deepEqual(indirect('The harbour master said on Monday that the ferry would not sail before noon.', 'en'), [
        'that the ferry would not sail before noon | The harbour master | said',
      ]);
    });

    it('takes a clause without "that" after "said", "says" and "told reporters" (a title beside a name gives the name)', () => {
      assert.deepEqual(indirect('Ms Okafor says volunteers cleaned the beach in two hours.', 'en'), ['volunteers cleaned the beach in two hours | Okafor | says']);
      assert.deepEqual(indirect('The coach told reporters his team had trained in the rain all week.', 'en'), [
        'his team had trained in the rain all week | The coach | told',
      ]);
    });

    it('takes the clause after a subject in apposition ("X, a councillor, said …"), not a name after ", said"', () => {
      assert.deepEqual(indirect('Anna Berg, a local councillor, said the school would close in July.', 'en'), ['the school would close in July | a local councillor | said']);
      assert.deepEqual(indirect('The bridge will reopen in May, said John Smith, the city engineer.', 'en').map((s) => s.split(' | ')[0]), ['The bridge will reopen in May']);
    });

    it('does not take an object or a preposition after the verb for a clause', () => {
      assert.deepEqual(indirect('The minister said nothing about the budget at the meeting.', 'en'), []);
      assert.deepEqual(indirect('The librarian said in a short speech to the guests.', 'en'), []);
    });

    it('takes the clause after "According to X," and before ", according to X."', () => {
      assert.deepEqual(indirect('According to the fire brigade, the blaze started in a bakery.', 'en'), ['the blaze started in a bakery | the fire brigade | According to']);
      assert.deepEqual(indirect('Three bridges were closed overnight, according to the city council.', 'en'), [
        'Three bridges were closed overnight | the city council | according to',
      ]);
    });

    it('takes the clause before ", X said." and ", said X."', () => {
      assert.deepEqual(indirect('The new line will open in spring, officials said.', 'en'), ['The new line will open in spring | officials | said']);
      assert.deepEqual(indirect('The library will stay open late on Fridays, said the head librarian.', 'en'), [
        'The library will stay open late on Fridays | the head librarian | said',
      ]);
    });

    it('leaves passives and nouns of saying alone', () => {
      assert.deepEqual(indirect('The castle is said to be haunted by a cook.', 'en'), []);
      assert.deepEqual(indirect('The claims that the mill polluted the river were dropped.', 'en'), []);
    });

    it('leaves a direct quotation to the quotation rules, and takes a clause with quoted words in it as one direct quotation', () => {
      const direct = '“We will rebuild the pier,” the mayor said.';
      assert.deepEqual(indirect(direct, 'en'), []);
      const mixed = 'The mayor said the storm was “the worst in forty years” and the pier would be rebuilt.';
      const quotations = suggestQuotations(mixed, { language: 'en' });
      assert.deepEqual(
        quotations.map((q) => [mixed.slice(q.span.start, q.span.end), q.direct, q.kind]),
        [['the storm was “the worst in forty years” and the pier would be rebuilt', true, undefined]],
      );
    });
  });

  describe('French', () => {
    it('takes the clause opened by "que" or "qu\'" after a verb of saying, with the subject as the source', () => {
      assert.deepEqual(indirect('Le maire a déclaré jeudi que la piscine rouvrirait en juin.', 'fr'), ['que la piscine rouvrirait en juin | Le maire | déclaré']);
      assert.deepEqual(indirect('La présidente du club estime qu’il faudra agrandir le stade.', 'fr'), [
        'qu’il faudra agrandir le stade | La présidente du club | estime',
      ]);
    });

    it('takes the clause after "Selon X," and before ", selon X."', () => {
      assert.deepEqual(indirect('Selon la préfecture, la route restera fermée jusqu’à lundi.', 'fr'), ['la route restera fermée jusqu’à lundi | la préfecture | Selon']);
      assert.deepEqual(indirect('Le chantier a pris trois mois de retard, selon les riverains.', 'fr'), [
        'Le chantier a pris trois mois de retard | les riverains | selon',
      ]);
    });

    it('takes the clause before ", a-t-il précisé."', () => {
      assert.deepEqual(indirect('Les travaux dureront encore deux semaines, a-t-il précisé.', 'fr'), ['Les travaux dureront encore deux semaines | il | précisé']);
    });

    it('does not take a present participle after a comma for a cue ("…, confirmant …")', () => {
      assert.deepEqual(indirect('Le club a annoncé le départ de son entraîneur, confirmant les rumeurs de la semaine.', 'fr'), []);
    });

    it('leaves a quotation in guillemets and a "que" of comparison alone', () => {
      assert.deepEqual(indirect('« Nous rouvrirons en juin », a déclaré le maire.', 'fr'), []);
      assert.deepEqual(indirect('Le maire a déclaré plus de candidats cette année que l’an passé.', 'fr').length, 1);
    });
  });

  describe('German', () => {
    it('takes the clause opened by "dass" after a verb of saying', () => {
      assert.deepEqual(indirect('Die Bürgermeisterin sagte am Montag, dass das Freibad im Juni öffnet.', 'de'), [
        'dass das Freibad im Juni öffnet | Die Bürgermeisterin | sagte',
      ]);
    });

    it('takes a clause in the Konjunktiv after a comma ("Er sagte, er sei …"), and none in the indicative', () => {
      assert.deepEqual(indirect('Der Trainer sagte, die Mannschaft sei gut vorbereitet.', 'de'), ['die Mannschaft sei gut vorbereitet | Der Trainer | sagte']);
      assert.deepEqual(indirect('Der Trainer sagte, als das Spiel vorbei war, nichts mehr.', 'de'), []);
    });

    it('takes the clause after "Laut X" (the verb second) and after "X zufolge"', () => {
      assert.deepEqual(indirect('Laut Polizei wurde niemand verletzt.', 'de'), ['wurde niemand verletzt | Polizei | Laut']);
      assert.deepEqual(indirect('Den Angaben zufolge brannte die Scheune vollständig nieder.', 'de').map((s) => s.split(' | ')[0]), ['brannte die Scheune vollständig nieder']);
    });

    it('reads the name after "nach Angaben von" as the source, even lowercase, and "nach" alone as no cue', () => {
      assert.deepEqual(indirect('Nach Angaben von n-tv waren die Straßen am Abend leer.', 'de').map((s) => s.split(' | ')[0]), ['waren die Straßen am Abend leer']);
      assert.deepEqual(indirect('Nach dem Spiel gingen die Fans nach Hause, die Polizei blieb.', 'de'), []);
    });

    it('takes the clause before ", sagte der Sprecher."', () => {
      assert.deepEqual(indirect('Die Brücke bleibt bis Freitag gesperrt, sagte ein Sprecher der Stadt.', 'de'), [
        'Die Brücke bleibt bis Freitag gesperrt | ein Sprecher der Stadt | sagte',
      ]);
    });
  });

  it('writes indirect speech as a Quote with A Indirect, its speaker and its cue in brat', () => {
    const text = 'The harbour master said that the ferry would not sail.';
    const records = suggestionsToStandoff(text, suggestQuotations(text, { language: 'en' }), []);
    assert.deepEqual(records.map((r) => `${r.kind} ${r.type}`), ['T Quote', 'A Indirect', 'T Speaker', 'R Speaker', 'T Cue', 'R Cue']);
  });

  it('is proposed to the user as indirect speech and stored as kind: indirect when accepted', () => {
    const text = 'The harbour master said that the ferry would not sail.';
    const pending = pendingSuggestions(buildArticleView(text, EMPTY_ANNOTATIONS), suggestQuotations(text, { language: 'en' }), []);
    const quotation = pending.find((p) => p.kind === 'quotation');
    assert.ok(quotation && quotation.kind === 'quotation');
    assert.equal(quotation.quotationKind, 'indirect');
    const accepted = acceptSuggestions(EMPTY_ANNOTATIONS, text, [quotation]);
    assert.deepEqual(accepted.quotations.map((q) => [q.anchor.text, q.kind, q.speaker, q.cue?.text]), [
      ['that the ferry would not sail', 'indirect', { text: 'The harbour master' }, 'said'],
    ]);
    assert.equal(pendingSuggestions(buildArticleView(text, accepted), suggestQuotations(text, { language: 'en' }), []).length, 0, 'no longer suggested');
  });

  it('comes from brat A Indirect as kind: indirect and goes back as A Indirect; A Direct and a mixed quote stay direct', () => {
    const text = 'The mayor said that the pier would reopen. She added: “We are proud.”';
    const content = text.indexOf('that the pier');
    const quote = text.indexOf('“');
    const ann = [
      `T1\tQuote ${content} ${content + 'that the pier would reopen'.length}\tthat the pier would reopen`,
      `A1\tIndirect T1`,
      `T2\tQuote ${quote} ${text.length}\t${text.slice(quote)}`,
      `A2\tDirect T2`,
    ].join('\n');
    const { annotations, problems } = importBrat(text, parseStandoff(ann).records);
    assert.deepEqual(problems, []);
    assert.deepEqual(annotations.quotations.map((q) => [q.anchor.text, q.kind]), [['that the pier would reopen', 'indirect'], ['“We are proud.”', undefined]]);
    const records = exportBrat(buildArticleView(text, annotations)).records;
    assert.deepEqual(records.filter((r) => r.kind === 'A').map((r) => r.type), ['Indirect', 'Direct']);
  });
});
