import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import fc from 'fast-check';
import addFormats from 'ajv-formats';
import { codePointIndex } from '../../../src/core/corpus/codePoints';
import { articleRows, type MentionRow } from '../../../src/core/corpus/rows';
import { annotationCollection, fileUri, webAnnotations, type WebAnnotation } from '../../../src/core/corpus/webAnnotation';
import { fixtureView, TEXT } from './corpusFixture';

const W3C = join(__dirname, '../../fixtures/w3c-annotation-model');
const readJson = (path: string) => JSON.parse(readFileSync(join(W3C, path), 'utf8')) as Record<string, unknown>;

/** The W3C's assertions, each a draft-04 schema an Annotation must be valid against. */
function w3cAssertions(): { name: string; validate: (data: unknown) => boolean; errors: () => unknown }[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of readdirSync(join(W3C, 'definitions'))) ajv.addSchema(readJson(join('definitions', file)));
  const musts = readJson('annotations/annotationMusts.test').assertions as string[];
  const selectors = readdirSync(join(W3C, 'annotations/specificResource')).map((file) => `annotations/specificResource/${file}`);
  assert.equal(musts.length, 14);
  assert.equal(selectors.length, 3);
  return [...musts, ...selectors].map((path) => {
    const validate = ajv.compile(readJson(path));
    return { name: path, validate: (data) => validate(data) as boolean, errors: () => validate.errors };
  });
}

describe('W3C Web Annotation export', () => {
  const rows = articleRows('dossiers/brest #1.txt', fixtureView());
  const annotations = webAnnotations({
    text: TEXT,
    rows,
    source: fileUri('file:///corpus/', 'dossiers/brest #1.txt'),
    sidecar: fileUri('file:///corpus/', 'dossiers/brest #1.txt.ann.yaml'),
  });
  const assertions = w3cAssertions();

  it('passes every MUST of annotationMusts.test and the selector assertions, for every annotation', () => {
    assert.equal(annotations.length, rows.quotations.length + rows.mentions.length);
    for (const annotation of annotations) {
      for (const check of assertions) assert.ok(check.validate(annotation), `${annotation.id} fails ${check.name}: ${JSON.stringify(check.errors())}`);
    }
  });

  it('the checks can fail: an annotation without @context, with a bad selector or with body and bodyValue is refused', () => {
    const [first] = annotations as WebAnnotation[];
    const failing = (data: unknown) => assertions.filter((check) => !check.validate(data)).map((check) => check.name.replace(/^.*\//, ''));
    const withoutContext: Record<string, unknown> = { ...first };
    delete withoutContext['@context'];
    assert.deepEqual(failing(withoutContext), ['3.1-annotationContextValidated.json']);
    assert.deepEqual(failing({ ...first, bodyValue: 'x' }), ['3.2.5-notBodyBodyValue.json']);
    const badPosition = { ...first, target: { ...first!.target, selector: [{ type: 'TextPositionSelector', start: -1, end: 2 }] } };
    assert.ok(failing(badPosition).includes('4.2-TextDataPositionSelectorValid.json'));
    assert.ok(failing({ ...first, id: 'not a uri' }).includes('3.1-annotationIdValidated.json'));
    assert.ok(failing({ ...first, target: { selector: first!.target.selector } }).includes('3.2-targetObjectsRecognized.json'));
    assert.ok(failing({ ...first, body: [{ type: 'TextualBody', purpose: 'tagging' }] }).includes('3.2-bodyObjectsRecognized.json'));
  });

  it('selects each span twice: the exact text with its context, and its position in code points', () => {
    const points = Array.from(TEXT);
    for (const annotation of annotations) {
      const [quote, position] = annotation.target.selector as unknown as [{ exact: string; prefix?: string; suffix?: string }, { start: number; end: number } | undefined];
      if (!position) continue;
      assert.equal(points.slice(position.start, position.end).join(''), quote.exact);
      assert.ok(points.slice(0, position.start).join('').endsWith(quote.prefix ?? ''));
      assert.ok(points.slice(position.end).join('').startsWith(quote.suffix ?? ''));
      assert.ok(Array.from(quote.prefix ?? '').length <= 32 && Array.from(quote.suffix ?? '').length <= 32);
    }
  });

  it('says who speaks, the kind, topics and note of a quotation, and links a Wikidata id', () => {
    const first = annotations[0]!;
    assert.equal(first.id, 'file:///corpus/dossiers/brest%20%231.txt.ann.yaml#quotation-1');
    assert.equal(first.target.source, 'file:///corpus/dossiers/brest%20%231.txt');
    assert.deepEqual(first.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'quotation' },
      { type: 'TextualBody', purpose: 'tagging', value: 'direct' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Léa Martin' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q1' },
      { type: 'TextualBody', purpose: 'tagging', value: 'budget' },
      { type: 'TextualBody', purpose: 'commenting', value: 'a note, "quoted"' },
    ]);
  });

  it('keeps a quotation the text no longer holds with its stored quote and context only', () => {
    const lost = annotations[3]!;
    assert.deepEqual(lost.target.selector, [{ type: 'TextQuoteSelector', exact: 'une phrase disparue', prefix: 'x ', suffix: ' y' }]);
  });

  it('wraps the annotations in an AnnotationCollection with one page', () => {
    const collection = annotationCollection('file:///corpus/marginalia.jsonld', 'Marginalia', annotations) as { type: string; total: number; first: { items: unknown[]; type: string } };
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, annotations.length);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.items.length, annotations.length);
  });
});

describe('W3C selectors (property)', () => {
  it('quote, context and code point position always select the same text, whatever the astral characters', () => {
    const piece = fc.constantFrom('a', 'é', ' ', '🎉', '𝔘', '«', '\n', 'Brest');
    const sample = fc.array(piece, { minLength: 1, maxLength: 120 }).map((parts) => parts.join('')).chain((text) => {
      const boundaries = [0];
      for (let i = 1; i <= text.length; i++) if (!/[\uDC00-\uDFFF]/.test(text[i] ?? '')) boundaries.push(i);
      const at = fc.constantFrom(...boundaries);
      return fc.record({ text: fc.constant(text), a: at, b: at });
    });
    fc.assert(fc.property(sample, ({ text, a, b }) => {
      const start = Math.min(a, b);
      const end = Math.max(a, b);
      if (start === end) return;
      const points = codePointIndex(text);
      const row: MentionRow = {
        kind: 'mention', article: 'x', text: text.slice(start, end), actorId: 'a', actorName: 'A', actorType: 'person', properties: {}, source: 'added',
        offsets: { start, end, startCodePoint: points.toCodePoint(start), endCodePoint: points.toCodePoint(end) },
      };
      const [annotation] = webAnnotations({ text, rows: { quotations: [], mentions: [row] }, source: 'file:///a.txt', sidecar: 'file:///a.txt.ann.yaml' });
      const [quote, position] = annotation!.target.selector as unknown as [{ exact: string; prefix?: string; suffix?: string }, { start: number; end: number }];
      const chars = Array.from(text);
      assert.equal(chars.slice(position.start, position.end).join(''), quote.exact);
      assert.equal(quote.exact, text.slice(start, end));
      assert.ok(text.slice(0, start).endsWith(quote.prefix ?? ''));
      assert.ok(text.slice(end).startsWith(quote.suffix ?? ''));
      assert.equal(Array.from(quote.prefix ?? '').length, Math.min(32, position.start));
      assert.equal(Array.from(quote.suffix ?? '').length, Math.min(32, chars.length - position.end));
    }));
  });
});
