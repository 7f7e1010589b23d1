import { strict as assert } from 'node:assert';
import { suggestEntities } from '../../../src/core/suggestions';
import { findAcronymExpansions } from '../../../src/core/suggestions/entities/acronyms';
import { readTowns } from '../../../src/cli/towns';

function entities(text: string, options = {}): string[] {
  return suggestEntities(text, { language: 'fr', towns: readTowns(), ...options }).map((e) => `${text.slice(e.span.start, e.span.end)}:${e.type}`);
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
    const found = entities("L'Université de Lyon a ouvert une enquête. Lyon accueille le procès.");
    assert.ok(found.includes('Université de Lyon:organization'), found.join(', '));
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
    const found = suggestEntities(text, { language: 'fr', towns: readTowns(), knownActors: [{ id: 'francisca-bostyn', names: ['Francisca Bostyn', 'la directrice'], type: 'person' }] });
    const first = found[0]!;
    assert.equal(text.slice(first.span.start, first.span.end), 'la directrice');
    assert.equal(first.type, 'person');
    assert.equal(first.actorId, 'francisca-bostyn');
  });
  it('keeps initials and apostrophes inside a name, and leaves a maker\'s model out of it', () => {
    const found = entities("Selon Michael E. Brown et Zeid Ra'ad Al-Hussein, un Airbus A320 a décollé.");
    assert.ok(found.includes('Michael E. Brown:person'), found.join(', '));
    assert.ok(found.some((e) => e.startsWith("Zeid Ra'ad Al-Hussein:")), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Airbus:')), found.join(', '));
  });
  it('does not take acronyms of common nouns, nor their lowercase expansions, for names', () => {
    const found = entities("La croissance du produit intérieur brut (PIB) ralentit ; le PIB recule et l'ONG proteste.");
    assert.deepEqual(found.filter((e) => !e.endsWith(':date')), []);
  });
  it('keeps a lowercase expansion that opens like a body\'s name', () => {
    const found = entities('Le parquet national financier (PNF) a ouvert une enquête.');
    assert.ok(found.includes('parquet national financier:organization'), found.join(', '));
  });
  it('leaves out inhabitants after an article, and capitalised heads of lowercase phrases', () => {
    const found = entities("Elle devance la Néo-Zélandaise. L'avis de l'Autorité de sûreté nucléaire est attendu, comme un Ouzbek de 39 ans.");
    assert.deepEqual(found.filter((e) => !e.endsWith(':date')), [], found.join(', '));
  });
  it('still reads a name followed by an infinitive ("permet à Nantes de conforter")', () => {
    const found = entities('Ce succès permet à Nantes de conforter sa place.');
    assert.ok(found.includes('Nantes:place'), found.join(', '));
  });
  it('ends a name at its particle after a function, a cardinal point, a country or an acronym', () => {
    const found = entities("Le Président de la République Tartempion a parlé du Nord de l'Italie, de la sortie du Royaume-Uni de l'Union européenne et du PGHM de Briançon, pas de la Corée du Nord.");
    assert.ok(found.some((e) => e.startsWith('Italie:')), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Royaume-Uni:')), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Union européenne:')), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Briançon:')), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Corée du Nord:')), found.join(', '));
    assert.ok(!found.some((e) => e.startsWith("Nord de l'Italie")), found.join(', '));
  });
  it('does not make an owner part of what is theirs, nor a score part of a team', () => {
    const found = entities('Les Bleus de Laurent Blanc ont battu le PSG 1 à 0, selon Manuel Valls sur Twitter.');
    assert.ok(found.includes('Laurent Blanc:person'), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('PSG:')), found.join(', '));
    assert.ok(found.includes('Manuel Valls:person'), found.join(', '));
  });
  it('names a building or a lake after its place, and a law after its author', () => {
    const found = entities('La mairie de Lyon et le lac Léman sont cités dans la Loi Macron.');
    assert.ok(found.includes('Lyon:place'), found.join(', '));
    assert.ok(found.includes('Léman:place'), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Macron:')), found.join(', '));
  });
  it('leaves a nationality before a full name out of the name', () => {
    const found = entities('Le jeune Français Warren Barguil devance le Kazakh Farkhad Kharki.');
    assert.ok(found.includes('Warren Barguil:person'), found.join(', '));
    assert.ok(found.includes('Farkhad Kharki:person'), found.join(', '));
  });
  it('types the ministry after a minister as an organisation, also with an adjective between', () => {
    const found = entities('Il a rencontré le ministre belge de la Justice, Paul Van Tigchelt.');
    assert.ok(found.includes('Justice:organization'), found.join(', '));
    assert.ok(found.includes('Paul Van Tigchelt:person'), found.join(', '));
  });
  it('keeps a capitalised function word that is part of a name, and a French town ending like a German demonym', () => {
    const found = entities('La coentreprise entre Snecma et General Electric est née. La victoire du Montpellier Handball est nette.');
    assert.ok(found.some((e) => e.startsWith('General Electric:')), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('Montpellier Handball:')), found.join(', '));
  });
  it('still leaves a conventional capitalised title out ("le Président Macron")', () => {
    const found = entities('Hier, le Président Macron a reçu le Pape François.');
    assert.ok(found.includes('Macron:person'), found.join(', '));
    assert.ok(found.some((e) => e.startsWith('François:')), found.join(', '));
  });
  it('types well-known websites and spacecraft as works, and a storm\'s name as an event wherever it recurs', () => {
    const found = entities("Il l'a écrit sur Facebook. Le télescope Hubble observe l'ouragan Matthew. Matthew a frappé Haïti.");
    assert.ok(found.includes('Facebook:work'), found.join(', '));
    assert.ok(found.includes('Hubble:work'), found.join(', '));
    assert.deepEqual(found.filter((e) => e.startsWith('Matthew:')), ['Matthew:event', 'Matthew:event']);
  });
  it('leaves English capitalised titles out, and keeps "White" in "the White House"', () => {
    const found = entities('Prime Minister Rishi Sunak met President Joe Biden, the White House said.', { language: 'en' });
    assert.ok(found.includes('Rishi Sunak:person'), found.join(', '));
    assert.ok(found.includes('Joe Biden:person'), found.join(', '));
    assert.ok(found.includes('White House:organization'), found.join(', '));
  });
  it('reads "according to" as a source, knows news agencies, and does not join two names with "and"', () => {
    const found = entities('Prices rose in March, according to Reuters and AFP.', { language: 'en' });
    assert.ok(found.includes('Reuters:organization'), found.join(', '));
    assert.ok(found.includes('AFP:organization'), found.join(', '));
  });
  it('proposes in German only names with evidence of their own, not every capitalised noun', () => {
    const found = entities('Die Polizei bedankte sich bei der Bevölkerung. Bundeskanzler Olaf Scholz kam aus Lyon; die Lage ist ernst, sagte die NATO.', { language: 'de' });
    assert.deepEqual(found, ['Olaf Scholz:person', 'Lyon:place', 'NATO:organization']);
  });
  it('types a town as a place even without a preposition', () => {
    const found = entities('Le club a battu Créteil. Créteil perd un rang.');
    assert.deepEqual(found, ['Créteil:place', 'Créteil:place']);
  });
});
