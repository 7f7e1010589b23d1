import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyChange, applyChanges, SpanTracker, type TextChange } from '../../../src/core/anchoring';
import type { Span } from '../../../src/core/model';
import { applyToText, arbitraryEdits, arbitraryText, changeFor, spanFrom } from './arbitraries';

const span: Span = { start: 10, end: 20 };
const change = (start: number, end: number, text: string): TextChange => ({ start, end, text });

describe('applyChange', () => {
  it('shifts a span when the edit is entirely before it', () => {
    assert.deepEqual(applyChange(span, change(2, 5, 'abcdef')), { start: 13, end: 23 });
    assert.deepEqual(applyChange(span, change(2, 10, '')), { start: 2, end: 12 });
  });

  it('does not extend a span on a pure insertion at either boundary', () => {
    assert.deepEqual(applyChange(span, change(10, 10, 'xx')), { start: 12, end: 22 });
    assert.deepEqual(applyChange(span, change(20, 20, 'xx')), span);
  });

  it('leaves a span when the edit is entirely after it', () => {
    assert.deepEqual(applyChange(span, change(20, 30, 'y')), span);
  });

  it('grows or shrinks a span on an edit inside it', () => {
    assert.deepEqual(applyChange(span, change(12, 14, 'abcdef')), { start: 10, end: 24 });
    assert.deepEqual(applyChange(span, change(10, 15, '')), { start: 10, end: 15 });
    assert.deepEqual(applyChange(span, change(15, 20, 'z')), { start: 10, end: 16 });
  });

  it('trims a span to what remains when the edit overlaps one boundary', () => {
    assert.deepEqual(applyChange(span, change(5, 12, 'abc')), { start: 8, end: 16 });
    assert.deepEqual(applyChange(span, change(18, 25, 'abc')), { start: 10, end: 18 });
  });

  it('drops a span whose whole text the edit replaced or deleted', () => {
    assert.equal(applyChange(span, change(10, 20, 'other')), undefined);
    assert.equal(applyChange(span, change(5, 25, '')), undefined);
    assert.equal(applyChange(span, change(10, 22, 'x')), undefined);
  });

  it('moves an empty span with insertions at it and drops it when an edit covers it', () => {
    assert.deepEqual(applyChange({ start: 5, end: 5 }, change(5, 5, 'ab')), { start: 7, end: 7 });
    assert.equal(applyChange({ start: 5, end: 5 }, change(4, 6, '')), undefined);
  });

  it('applies the changes of one event in order', () => {
    // VS Code lists a multi-cursor event from the end of the document to its start.
    assert.deepEqual(applyChanges([span, undefined], [change(30, 30, 'a'), change(0, 0, 'bb')]), [{ start: 12, end: 22 }, undefined]);
  });

  it('property: after random edits every span is valid, and a span no edit touched still covers its text', () => {
    fc.assert(fc.property(arbitraryText(), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }), arbitraryEdits,
      (initial, pairs, edits) => {
        let text = initial;
        const spans = pairs.map(([a, b]) => spanFrom(text, a, b)).filter((s) => s !== undefined);
        const quotes = spans.map((s) => text.slice(s.start, s.end));
        let current: (Span | undefined)[] = spans;
        const untouched = spans.map(() => true);
        const tracker = new SpanTracker(spans);
        for (const edit of edits) {
          const c = changeFor(text, edit);
          current.forEach((s, i) => {
            // Written independently of applyChange: does the edit change this span's text?
            if (s && (c.start === c.end ? c.start > s.start && c.start < s.end : c.start < s.end && c.end > s.start)) untouched[i] = false;
          });
          current = applyChanges(current, [c]);
          tracker.apply(c);
          text = applyToText(text, c);
        }
        assert.deepEqual(tracker.toArray(), current, 'the tracker agrees with applyChange');
        current.forEach((s, i) => {
          if (s) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, 'inside the text');
          if (untouched[i]) assert.equal(s && text.slice(s.start, s.end), quotes[i], 'untouched span still covers its text');
        });
      }), { numRuns: 500 });
  });
});

describe('SpanTracker', () => {
  it('reports the spans an edit removed and keeps the others in step', () => {
    const tracker = new SpanTracker([{ start: 0, end: 3 }, { start: 5, end: 8 }, { start: 6, end: 7 }]);
    assert.deepEqual(tracker.apply(change(4, 9, '')), [1, 2]);
    assert.deepEqual(tracker.toArray(), [{ start: 0, end: 3 }, undefined, undefined]);
    tracker.apply(change(0, 0, 'abc'));
    assert.deepEqual(tracker.get(0), { start: 3, end: 6 });
  });

  it('handles many spans across blocks like applyChange does', () => {
    const spans = Array.from({ length: 1000 }, (_, i) => ({ start: i * 10, end: i * 10 + 5 + (i % 7) * 20 }));
    const tracker = new SpanTracker(spans);
    const changes = [change(5003, 5003, 'hello'), change(100, 250, ''), change(9000, 9010, 'x'.repeat(40)), change(0, 0, 'y')];
    for (const c of changes) tracker.apply(c);
    assert.deepEqual(tracker.toArray(), applyChanges(spans, changes));
  });
});
