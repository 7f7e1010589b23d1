// Writes the grammar files of syntaxes/ from syntaxes/quotations.grammar.ts.
// Run: npx tsx syntaxes/generate.ts
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatedGrammarFiles, serializeGrammar } from './quotations.grammar';

for (const [fileName, grammar] of Object.entries(generatedGrammarFiles())) {
  writeFileSync(path.join(__dirname, fileName), serializeGrammar(grammar));
  console.log(`wrote syntaxes/${fileName}`);
}
