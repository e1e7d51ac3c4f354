#!/usr/bin/env node
// Entry point for `npx stakeholder-graph`: runs the TypeScript CLI through tsx (no build step).
import { register } from 'tsx/esm/api';

register();
// A closed pipe (`... | head`) is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
