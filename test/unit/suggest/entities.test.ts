import { strict as assert } from 'node:assert';
import { suggestEntities } from '../../../src/core/suggest';
import { findAcronymExpansions } from '../../../src/core/suggest/acronyms';

function entities(text: string, options = {}): string[] {
  return suggestEntities(text, { language: 'fr', ...options }).map((e) => `${text.slice(e.span.start, e.span.end)}:${e.type}`);
}

describe('entity candidates', () => {
  it('joins name particles and hyphenated prefixes', () => {
    const found = entities('Hier, Charles de Gaulle, Ludwig van Beethoven et la ville de al-Bab ont été cités.');
    assert.ok(found.includes('Charles de Gaulle:person'), found.join(', '));
    assert.ok(found.includes('Ludwig van Beethoven:person'), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('al-Bab:')), found.join(', '));
  });
  it('leaves titles, nationality nouns and elided articles out of the name', () => {
    const found = entities("Le podium est complété par le Britannique Tom Bishop et M. Emmanuel Macron à l'Élysée.");
    assert.ok(found.includes('Tom Bishop:person'), found.join(', '));
    assert.ok(found.includes('Emmanuel Macron:person'), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Élysée:')), found.join(', '));
  });
  it('reads a nationality noun as such even where another language spells a country the same ("Italien")', () => {
    const found = entities("Le podium est complété par l'Italien Vincenzo Nibali et l'Australien Jacob Birtwhistle.");
    assert.ok(found.includes('Vincenzo Nibali:person'), found.join(', '));
    assert.ok(found.includes('Jacob Birtwhistle:person'), found.join(', '));
  });
  it('types well-known organisations, seats of power and names built on a country', () => {
    const found = entities("Un attentat revendiqué par Daech a été condamné par Matignon et commenté sur France Info.");
    assert.ok(found.includes('Daech:organization'), found.join(', '));
    assert.ok(found.includes('Matignon:organization'), found.join(', '));
    assert.ok(found.includes('France Info:organization'), found.join(', '));
  });
  it('also suggests the place named inside a longer name', () => {
    const found = entities('La mairie de Lyon a ouvert une enquête. Lyon accueille le procès.');
    assert.ok(found.includes('mairie de Lyon:organization'), found.join(', '));
    assert.equal(found.filter((e) => e === 'Lyon:place').length, 2, found.join(', '));
  });
  it('does not join coordinated names', () => {
    const found = entities('La liaison entre Barcelone et Paris est rétablie.');
    assert.deepEqual(found, ['Barcelone:place', 'Paris:place']);
  });
  it('skips capitalised common words at the start of a sentence', () => {
    assert.deepEqual(entities('Malgré la pluie, le match a eu lieu. Quatre joueurs sont blessés.'), []);
  });
  it('types by head words, countries and road numbers', () => {
    const found = entities("L'Assemblée nationale et le Parti socialiste ont visité la Belgique par l'A7.");
    assert.deepEqual(found, ['Assemblée nationale:organization', 'Parti socialiste:organization', 'Belgique:place', 'A7:place']);
  });
  it('finds acronyms with their expansion', () => {
    const text = "Francisca Bostyn dirige la Sûreté de l'État (VSSE) depuis 2023.";
    const [expansion] = findAcronymExpansions(text);
    assert.equal(text.slice(expansion!.expansion.start, expansion!.expansion.end), "Sûreté de l'État");
    assert.equal(expansion!.acronymText, 'VSSE');
    const found = entities(text);
    assert.ok(found.includes("Sûreté de l'État:organization"), found.join(', '));
    assert.ok(found.includes('VSSE:organization'), found.join(', '));
  });
  it('suggests the workspace actors and their aliases (gazetteer)', () => {
    const text = 'Hier, la directrice a rencontré ses homologues à Rabat.';
    const found = suggestEntities(text, { language: 'fr', knownActors: [{ id: 'francisca-bostyn', names: ['Francisca Bostyn', 'la directrice'], type: 'person' }] });
    const first = found[0]!;
    assert.equal(text.slice(first.span.start, first.span.end), 'la directrice');
    assert.equal(first.type, 'person');
    assert.equal(first.actorId, 'francisca-bostyn');
  });
});
