/**
 * Regression floor on small CC BY fixtures (test/fixtures/suggest, see the README there), so
 * that CI catches a regression without the evaluation corpus. The floors sit a little below
 * what the suggesters reach today; `npm run eval` gives the real figures on the full corpus.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { suggestEntities, suggestQuotations } from '../../../src/core/suggestions';
import { loadFolder } from '../../eval/corpus';
import { addCounts, emptyCounts, exactCounts, overlaps, scores, type Labelled } from '../../eval/metrics';
import { readTowns } from '../../../src/cli/towns';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'suggest');
const CORE: Record<string, string> = { Person: 'person', Organization: 'organization', Location: 'place', person: 'person', organization: 'organization', place: 'place' };

describe('suggesters on CC BY fixtures (regression floor)', () => {
  it('French direct quotations and their speakers', () => {
    const counts = emptyCounts();
    let right = 0;
    let matched = 0;
    for (const doc of loadFolder(join(fixtures, 'quotes-fr'))) {
      const byId = new Map(doc.spans.map((s) => [s.id, s]));
      const gold = doc.spans.filter((s) => s.type === 'Quote' && doc.direct.has(s.id));
      const predicted = suggestQuotations(doc.text).filter((q) => q.direct);
      const label = (s: { start: number; end: number }): Labelled => ({ start: s.start, end: s.end, type: 'Quote' });
      addCounts(counts, exactCounts(gold.map(label), predicted.map((p) => label(p.span)), false));
      for (const p of predicted) {
        const g = gold.find((q) => q.start === p.span.start && q.end === p.span.end);
        if (!g) continue;
        matched++;
        const speakers = (doc.speakers.get(g.id) ?? []).map((id) => byId.get(id)!);
        if (speakers.some((s) => p.speaker?.span && overlaps(s, p.speaker.span))) right++;
      }
    }
    const s = scores(counts);
    assert.ok(s.f1 >= 0.9, `direct quotation F1 ${s.f1}`);
    assert.ok(right / matched >= 0.8, `speaker accuracy ${right}/${matched}`);
  });

  it('French entity candidates (person, organisation, place) and dates', () => {
    const untyped = emptyCounts();
    const typed = emptyCounts();
    const dates = emptyCounts();
    for (const doc of loadFolder(join(fixtures, 'winer-fr'))) {
      const gold: Labelled[] = doc.spans.filter((s) => CORE[s.type]).map((s) => ({ ...s, type: CORE[s.type]! }));
      const predicted = suggestEntities(doc.text, { towns: readTowns() }).map((e) => ({ ...e.span, type: e.type }));
      // as `npm run eval` counts them: works (websites, spacecraft) and events are other kinds
      const core = predicted.filter((p) => p.type === 'person' || p.type === 'organization' || p.type === 'place');
      addCounts(untyped, exactCounts(gold, core, false));
      addCounts(typed, exactCounts(gold, core, true));
      const goldDates = doc.spans.filter((s) => s.type === 'Date' || s.type === 'Hour').map((s) => ({ ...s, type: 'date' }));
      addCounts(dates, exactCounts(goldDates, predicted.filter((p) => p.type === 'date'), true));
    }
    assert.ok(scores(untyped).f1 >= 0.84, `untyped F1 ${scores(untyped).f1}`);
    assert.ok(scores(typed).f1 >= 0.73, `typed F1 ${scores(typed).f1}`);
    assert.ok(scores(dates).f1 >= 0.9, `dates F1 ${scores(dates).f1}`);
  });

  it('English entity candidates overlap the GUM mentions', () => {
    const counts = emptyCounts();
    for (const doc of loadFolder(join(fixtures, 'en-gum'))) {
      const gold = doc.spans.filter((s) => CORE[s.type]);
      const predicted = suggestEntities(doc.text, { towns: readTowns() }).filter((e) => e.type in { person: 1, organization: 1, place: 1 });
      const hit = predicted.filter((p) => gold.some((g) => overlaps(g, p.span))).length;
      counts.tp += hit;
      counts.fp += predicted.length - hit;
      counts.fn += gold.filter((g) => !predicted.some((p) => overlaps(g, p.span))).length;
    }
    assert.ok(scores(counts).f1 >= 0.6, `overlap F1 ${scores(counts).f1}`);
  });
});
