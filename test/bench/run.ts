/**
 * `npm run bench`: runs every `*.bench.ts` of this folder (each default-exports an async
 * function) one after the other.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
  for (const file of files) {
    console.log(`\n## ${file}`);
    // tsx loads this CommonJS package's modules with require; the default export is a property.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bench = require(join(__dirname, file)) as { default: () => Promise<void> };
    await bench.default();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
