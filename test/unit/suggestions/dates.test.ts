import { strict as assert } from 'node:assert';
import { findDates } from '../../../src/core/suggestions';

function dates(text: string, language: 'fr' | 'en' | 'de'): string[] {
  return findDates(text, language).map((s) => text.slice(s.start, s.end));
}

describe('dates and times', () => {
  it('finds French dates with weekday, ordinal, year and "dernier"', () => {
    assert.deepEqual(dates('Le mercredi 6 janvier 2016, puis le 1er janvier et le 29 décembre dernier.', 'fr'), ['mercredi 6 janvier 2016', '1er janvier', '29 décembre dernier']);
    assert.deepEqual(dates('En décembre 2013 et en 2014-2015, il y avait 28 000 cas et 2015 personnes.', 'fr'), ['décembre 2013', '2014', '2015']);
    assert.deepEqual(dates('du 25 au 27 janvier', 'fr'), ['25', '27 janvier']);
  });
  it('finds French clock times with zones', () => {
    assert.deepEqual(dates('à 23h45, vers 11 h 40 UTC, à 20:00 GMT et à 9h43 (heure locale)', 'fr'), ['23h45', '11 h 40 UTC', '20:00 GMT', '9h43 (heure locale)']);
  });
  it('finds English and German dates', () => {
    assert.deepEqual(dates('On Friday, July 21, 2017 and on September 14 at 10:30 a.m.', 'en'), ['Friday, July 21, 2017', 'September 14', '10:30 a.m.']);
    assert.deepEqual(dates('Am 6. Januar 2016 um 12:00 Uhr, im März 2005.', 'de'), ['6. Januar 2016', '12:00 Uhr', 'März 2005']);
  });
});
