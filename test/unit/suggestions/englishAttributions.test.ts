/**
 * English attributions beyond the verbs of saying (issue 17, PolNeAR conventions): intentions
 * and requests before an infinitive, verbs of finding and announcing, two attributions joined
 * in one sentence. Every sentence here is written for the test.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { suggestQuotations } from '../../../src/core/suggestions';

/** The indirect attributions of `text` as content | source | cue. */
function indirect(text: string): string[] {
  return suggestQuotations(text, { language: 'en' })
    .filter((q) => q.kind === 'indirect')
    .map((q) => `${text.slice(q.span.start, q.span.end)} | ${q.speaker?.text ?? ''} | ${q.cue ? text.slice(q.cue.start, q.cue.end) : ''}`);
}

const contents = (text: string): string[] => indirect(text).map((s) => s.split(' | ')[0]!);

describe('English attributions', () => {
  describe('an intention or a request before an infinitive', () => {
    it('takes the infinitive after a verb of intention, its subject as the source', () => {
      assert.deepEqual(indirect('The rowing club plans to build a second boathouse next spring.'), ['to build a second boathouse next spring | The rowing club | plans']);
      assert.deepEqual(contents('The bakery no longer wants to open on Sundays.'), ['to open on Sundays']);
      assert.deepEqual(contents('Last winter the council decided to close the old bridge.'), ['to close the old bridge']);
    });

    it('takes the infinitive after the object of a verb of request', () => {
      assert.deepEqual(contents('The headmaster asked the parents of every pupil to sign the form.'), ['to sign the form']);
      assert.deepEqual(contents('A petition is urging the county to repair the pier.'), ['to repair the pier']);
    });

    it('reads the source back over the verb group, and gives none when those words are no subject', () => {
      assert.deepEqual(indirect('Several villages have started asking the county to fix the road.'), ['to fix the road | Several villages | asking']);
      assert.deepEqual(indirect('The residents sent a letter asking the mayor to plant more trees.'), ['to plant more trees |  | asking']);
      assert.deepEqual(indirect('The museum has opened a new wing to persuade families to visit in winter.'), ['to visit in winter |  | persuade']);
    });

    it('ends the infinitive at the first comma', () => {
      assert.deepEqual(contents('The orchestra intends to tour three cities, at a cost of two million.'), ['to tour three cities']);
    });

    it('takes the whole clause of a passive requirement or belief, without a source', () => {
      assert.deepEqual(indirect('At the fair, visitors are required to wear a badge.'), ['visitors are required to wear a badge |  | required']);
      assert.deepEqual(indirect('The old oak is believed to bring good harvests.'), ['The old oak is believed to bring good harvests |  | believed']);
      assert.deepEqual(contents('The final race is scheduled to start at noon.'), ['The final race is scheduled to start at noon']);
    });

    it('does not read "to" before a noun phrase as an infinitive', () => {
      assert.deepEqual(contents('The mayor wanted to the end a quieter square.'), []);
      assert.deepEqual(contents('She asked her sister to Paris for the weekend.'), []);
      assert.deepEqual(contents('The choir planned to 2030 at least.'), []);
    });

    it('does not take a verb outside the lists, nor a request without an object', () => {
      assert.deepEqual(contents('The volunteers went to repaint the fence.'), []);
      assert.deepEqual(contents('The tenants asked to the landlord.'), []);
    });
  });

  describe('verbs of finding, showing and announcing', () => {
    it('take a clause without "that" and a noun phrase after them', () => {
      assert.deepEqual(contents('The survey found most pupils walk to school.'), ['most pupils walk to school']);
      assert.deepEqual(contents('Pictures from the valley showed flooded fields and broken fences.'), ['flooded fields and broken fences']);
      assert.deepEqual(indirect('The ferry company announced a new route to the islands.'), ['a new route to the islands | The ferry company | announced']);
    });

    it('leave the passive and the noun after a determiner alone', () => {
      assert.deepEqual(contents('The missing dog was found near the station on Friday.'), []);
      assert.deepEqual(contents('The show starts at nine in the village hall.'), []);
    });
  });

  describe('the object of a verb of stance', () => {
    it('takes the noun phrase after the verb, up to a word that ends it, with the subject as the source', () => {
      assert.deepEqual(indirect('The dockers union rejected the latest pay offer.'), ['the latest pay offer | The dockers union | rejected']);
      assert.deepEqual(contents('The inspector criticised the state of the kitchens while praising the staff.'), ['the state of the kitchens']);
    });

    it('takes the object of a participle after a comma, without a source', () => {
      assert.deepEqual(indirect('The floods closed four schools, highlighting the poor drainage of the valley.'), ['the poor drainage of the valley |  | highlighting']);
    });

    it('leaves the passive, an adverb between, and a noun after a determiner alone', () => {
      assert.deepEqual(contents('The sailors were twice denied shore leave.'), []);
      assert.deepEqual(contents('Their demands surprised the board.'), []);
    });

    it('leaves verbs with a physical sense alone', () => {
      assert.deepEqual(contents('The home side defended its lead for an hour.'), []);
    });
  });

  describe('an attitude after a copula', () => {
    it('takes what the attitude is about, after its preposition or as a clause, with the subject as the source', () => {
      assert.deepEqual(indirect('The fishermen are deeply critical of the new quotas.'), ['the new quotas | The fishermen | are deeply critical']);
      assert.deepEqual(contents('Shop owners were pleased with the longer opening hours.'), ['the longer opening hours']);
      assert.deepEqual(contents('The farmers remain worried that the dam will not hold.'), ['that the dam will not hold']);
      assert.deepEqual(contents('Local teachers are confident the new term will start on time.'), ['the new term will start on time']);
    });

    it('needs a copula, and a preposition or a clause after the adjective', () => {
      assert.deepEqual(contents('A critical report of the audit came out on Monday.'), []);
      assert.deepEqual(contents('The mayor was happy to help.'), []);
    });
  });

  describe('"according to" without a comma', () => {
    it('takes the clause after a name that closes the source', () => {
      assert.deepEqual(indirect('According to the Coast Guard two fishing boats sank overnight.'), ['two fishing boats sank overnight | Coast Guard | According to']);
    });

    it('takes the clause before "according to" at the end of a sentence', () => {
      assert.deepEqual(contents('Ticket sales doubled this summer according to the organisers.'), ['Ticket sales doubled this summer']);
    });

    it('needs a name for the source and a clause after it', () => {
      assert.deepEqual(contents('According to the rules of the club members vote in May.'), []);
      assert.deepEqual(contents('According to Professor Hale in his lecture.'), []);
    });
  });

  describe('a clause before ", X said"', () => {
    it('is not read off a list that goes on after a noun like "show"', () => {
      assert.deepEqual(contents('The parade had a brass band, a light show and a fireworks display.'), []);
    });
  });

  describe('two attributions joined in one sentence', () => {
    it('ends the first content where the second cue starts', () => {
      assert.deepEqual(contents('The tenants claimed the heating was broken and claim the landlord ignored them.'), ['the heating was broken', 'the landlord ignored them']);
      assert.deepEqual(contents('The coach said the pitch was too wet, and said the match would be moved.'), ['the pitch was too wet', 'the match would be moved']);
    });

    it('reads "…, according to X" as the outer attribution, the words of saying inside its content', () => {
      assert.deepEqual(indirect('The mayor said that the pool would reopen in June, according to the local paper.'), [
        'The mayor said that the pool would reopen in June | the local paper | according to',
      ]);
    });

    it('keeps a coordination without a second cue in the content', () => {
      assert.deepEqual(contents('The coach said the pitch was too wet and the match would be moved.'), ['the pitch was too wet and the match would be moved']);
    });
  });

  describe('on any sentence made of cue words and filler', () => {
    const WORDS = ['the', 'council', 'plans', 'to', 'asked', 'residents', 'said', 'that', 'and', 'claim', 'found', 'rejected', 'offer', 'is', 'are', 'required', 'critical', 'of', 'according', 'Harbour', 'Board', 'with', 'highlighting', ',', 'believed', 'wants', 'new', 'bridge', 'will', 'open', 'in', 'May'];
    const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 24 }).map((words) => `${words.join(' ').replace(/ ,/gu, ',')}.`);

    it('suggests contents inside the text, none overlapping another, each with its cue outside it when it has a source', () => {
      fc.assert(
        fc.property(sentence, (text) => {
          const found = suggestQuotations(text, { language: 'en' }).filter((q) => q.kind === 'indirect');
          for (const q of found) {
            assert.ok(0 <= q.span.start && q.span.start < q.span.end && q.span.end <= text.length, 'content inside the text');
            assert.ok(/[\p{L}\p{N}]/u.test(text.slice(q.span.start, q.span.end)), 'content has words');
            // only a passive without its source holds its cue ("visitors are required to …")
            if (q.cue && q.speaker) assert.ok(q.cue.end <= q.span.start || q.cue.start >= q.span.end, 'cue outside its content');
          }
          for (const a of found) for (const b of found) if (a !== b) assert.ok(a.span.end <= b.span.start || b.span.end <= a.span.start, 'contents do not overlap');
        }),
        { numRuns: 300 },
      );
    });
  });
});
