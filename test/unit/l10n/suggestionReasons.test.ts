import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { formatMessage, type Message } from '../../../src/core/messages';
import { suggestEntities, suggestQuotations, type EntitySuggestion, type QuotationSuggestion } from '../../../src/core/suggestions';
import { loadFolder } from '../../eval/corpus';
import { FRENCH, inFrench } from './inFrench';
import { readTowns } from '../../../src/cli/towns';

const ARTICLE =
  'Francisca Bostyn, la patronne de la VSSE, était à Rabat le 3 mars 2024 avec Jean-Marc Lemaire. ' +
  '« La menace terroriste reste élevée », a déclaré Francisca Bostyn devant Paul Van Tigchelt.\n';
const GERMAN = 'Der Minister sagte: „Wir prüfen alles sehr genau.“ „Die Lage ist ernst.“\n';
const ENGLISH = '"We will not give up," said the minister, Jane Smith, in London on Monday.\n';

/** Every suggestion of `text`, by the text it covers. */
function suggestions(text: string): Map<string, EntitySuggestion | QuotationSuggestion> {
  const all = [...suggestQuotations(text), ...suggestEntities(text, { towns: readTowns(), knownActors: [{ id: 'vsse', names: ['VSSE'], type: 'organization' }] })];
  return new Map(all.map((s) => [text.slice(s.span.start, s.span.end), s]));
}

/** The templates of a message and of the messages nested in it. */
function templates(shown: Message): string[] {
  return [shown.template, ...shown.args.flatMap((argument) => (typeof argument === 'object' ? templates(argument) : []))];
}

/**
 * English words of the reasons' sentences, none of which may be left in French. What the
 * reasons quote from the text (« déclaré », « minister ») is taken out before looking.
 */
const ENGLISH_WORDS = /\b(before|after|name|word|words|capitalised|speaker|named|the|of|by|with|quoted|sentence|cue|known|actor|town|first|two|three|subject|function|title|continued|next|quotation|inside|near|short|head|well|time|ministry|acronym)\b/;

describe('l10n: the reasons of suggestions', () => {
  it('keeps the English reasons as they were (CLI, brat export, eval)', () => {
    const french = suggestions(ARTICLE);
    assert.equal(french.get('« La menace terroriste reste élevée »')?.reason, 'sentence with a cue of attribution; speaker: named with the cue');
    assert.equal(french.get('VSSE')?.reason, "known actor 'vsse'");
    assert.equal(french.get('Rabat')?.reason, "a town, 'à' before");
    assert.equal(french.get('3 mars 2024')?.reason, 'date or time expression');
    assert.equal(french.get('Jean-Marc Lemaire')?.reason, 'first name, two or three capitalised words');
    assert.equal(suggestions(GERMAN).get('„Wir prüfen alles sehr genau.“ „Die Lage ist ernst.“')?.reason, 'sentence with a cue of attribution; speaker: named with the cue; continued by the next quotation');
    const english = suggestions(ENGLISH);
    assert.equal(english.get('"We will not give up,"')?.reason, 'words attributed by a cue (verb); speaker: named with the cue');
    assert.equal(english.get('Jane Smith')?.reason, "function 'minister' before, two or three capitalised words");
  });

  it('shows them in French with the bundle, what they quote from the text in « »', () => {
    const french = suggestions(ARTICLE);
    const shown = (text: string) => inFrench(french.get(text)!.reasonMessage!);
    assert.equal(shown('« La menace terroriste reste élevée »'), "phrase avec un indice d'attribution\u00a0; locuteur\u00a0: nommé avec l'indice d'attribution");
    assert.equal(shown('VSSE'), 'acteur connu «\u00a0vsse\u00a0»');
    assert.equal(shown('Rabat'), 'une ville, «\u00a0à\u00a0» avant');
    assert.equal(shown('Jean-Marc Lemaire'), 'prénom, deux ou trois mots à majuscule');
    assert.equal(inFrench(suggestions(ENGLISH).get('Jane Smith')!.reasonMessage!), 'fonction «\u00a0minister\u00a0» avant, deux ou trois mots à majuscule');
  });

  it('gives every suggestion of the fixtures a message whose English is its reason and whose French has no English sentence left', () => {
    const seen = new Set<string>();
    const fixtures = join(__dirname, '..', '..', 'fixtures', 'suggest');
    for (const folder of ['quotes-fr', 'winer-fr', 'en-gum']) {
      for (const doc of loadFolder(join(fixtures, folder))) {
        for (const suggestion of [...suggestQuotations(doc.text), ...suggestEntities(doc.text, { towns: readTowns() })]) {
          const why = suggestion.reasonMessage;
          assert.ok(why, `${folder}/${doc.name}: "${suggestion.reason}" has a message`);
          assert.equal(formatMessage(why), suggestion.reason);
          for (const template of templates(why)) {
            seen.add(template);
            assert.ok(template in FRENCH || !/\p{L}/u.test(template.replace(/\{\d+\}/g, '')), `"${template}" has a French translation`);
          }
          const french = inFrench(why).replace(/«\u00a0[^»]*\u00a0»/gu, '«»');
          assert.doesNotMatch(french, ENGLISH_WORDS, `${suggestion.reason} → ${inFrench(why)}`);
        }
      }
    }
    // the fixtures reach most kinds of reason, so the check above is not a check of a few
    assert.ok(seen.size >= 30, `${seen.size} templates seen: ${[...seen].join(' | ')}`);
  });
});
