import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cueSpeaker } from '../../../src/core/quotes/cueSpeaker';
import { parseSidecar } from '../../../src/core/sidecar';

const samples = path.join(__dirname, '../../fixtures/samples');
const article = readFileSync(path.join(samples, 'bostyn-rabat.txt'), 'utf8');
const { annotations } = parseSidecar(readFileSync(path.join(samples, 'bostyn-rabat.txt.ann.yaml'), 'utf8'));

describe('the speaker a cue names', () => {
  const start = article.indexOf('«la nécessité');
  const quotation = { start, end: article.indexOf('»', start) + 1 };

  it('is the actor the cue names ("Selon les médias marocains, «…»")', () => {
    const speaker = cueSpeaker(article, quotation, annotations.actors);
    assert.equal(speaker?.actorId, 'medias-marocains');
    assert.match(speaker!.text, /médias marocains/);
  });

  it('is the words of the cue when no actor matches them', () => {
    const speaker = cueSpeaker(article, quotation, []);
    assert.equal(speaker?.actorId, undefined);
    assert.match(speaker?.text ?? '', /médias marocains/);
  });

  it('is nothing away from any quotation', () => {
    assert.equal(cueSpeaker(article, { start: 0, end: 5 }, annotations.actors), undefined);
  });
});
