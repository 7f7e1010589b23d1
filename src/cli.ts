import { main } from './cli/main';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`marginalia: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
