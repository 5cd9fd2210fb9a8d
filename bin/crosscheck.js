#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the command works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
// a reader that stops early (`crosscheck analyze ... | head`) is no error
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
});
process.exitCode = await run(process.argv.slice(2));
