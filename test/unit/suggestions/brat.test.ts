import { strict as assert } from 'node:assert';
import { formatStandoff, parseStandoff } from '../../../src/core/formats/standoff';
import { suggestEntities, suggestQuotations, suggestionsToStandoff } from '../../../src/core/suggestions';
import { readTowns } from '../../../src/cli/towns';

describe('suggestions as brat', () => {
  it('writes Quote, Speaker, Cue with relations and the Direct attribute, and entity types', () => {
    const text = '« Nous restons prudents », a déclaré Francisca Bostyn à Rabat.';
    const records = suggestionsToStandoff(text, suggestQuotations(text, { language: 'fr' }), suggestEntities(text, { language: 'fr', towns: readTowns() }));
    const ann = formatStandoff(records);
    assert.match(ann, /^T\d+\tQuote 0 25\t« Nous restons prudents »$/mu);
    const at = (s: string): string => `${text.indexOf(s)} ${text.indexOf(s) + s.length}\t${s}`;
    assert.ok(ann.includes(`\tSpeaker ${at('Francisca Bostyn')}\n`), ann);
    assert.ok(ann.includes(`\tCue ${at('a déclaré')}\n`), ann);
    assert.match(ann, /^A\d+\tDirect T\d+$/mu);
    assert.match(ann, /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/mu);
    assert.match(ann, /^R\d+\tCue Arg1:T\d+ Arg2:T\d+$/mu);
    assert.ok(ann.includes(`\tLocation ${at('Rabat')}\n`), ann);
    const parsed = parseStandoff(ann);
    assert.deepEqual(parsed.problems, []);
    for (const record of parsed.records) {
      if (record.kind === 'T') assert.equal(text.slice(record.fragments[0]!.start, record.fragments[0]!.end), record.text);
    }
  });
});
