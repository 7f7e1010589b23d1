import { strict as assert } from 'node:assert';
import { frenchTypographyProblems } from './frenchTypography';
import { glossaryProblems } from './glossary';

describe('l10n: the French typography and glossary checks', () => {
  it('accept espaces insécables before « : ; ? » and inside « »', () => {
    assert.deepEqual(frenchTypographyProblems('Qui a dit «\u00a0{0}\u00a0»\u00a0? Marginalia\u00a0: rien\u00a0; fin.'), []);
  });

  it('reject an ordinary space or none before the high punctuation, and inside « »', () => {
    assert.equal(frenchTypographyProblems('Marginalia : rien').length, 1);
    assert.equal(frenchTypographyProblems('Quoi?').length, 1);
    assert.equal(frenchTypographyProblems('« citation »').length, 2);
  });

  it('reject ASCII double quotes, except in code spans, and ignore link targets', () => {
    assert.equal(frenchTypographyProblems('Annoter "{0}"').length, 1);
    assert.deepEqual(frenchTypographyProblems('Par exemple `{ "weapon": {} }` et [codicon](https://example.org/a:b).'), []);
  });

  it('require the glossary terms and catch English words left over', () => {
    assert.deepEqual(glossaryProblems('Quotations', 'Citations'), []);
    assert.deepEqual(glossaryProblems('Reveal Sidecar', 'Afficher le sidecar'), ["sidecar → fichier d'annotations (.ann.yaml)", 'English "sidecar" left in the French']);
    assert.deepEqual(glossaryProblems('Next quotation', 'Guillemet suivant'), ['quotation → citation']);
  });
});
