/**
 * `npm run bench -- <suite> [--quick]` or `npm run bench -- all [--quick]`.
 * Each suite lives in bench/suites/<name>.ts and exports `run: Suite`.
 */
// Measure the code as it runs in production: graphql-js, for one, adds development-only checks
// to every type test unless NODE_ENV is 'production'. (Suites are imported below, after this.)
process.env.NODE_ENV ??= 'production';

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { printResult, Suite } from './harness';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const name = args.find((a) => !a.startsWith('--'));
  const available = readdirSync(join(__dirname, 'suites'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  if (!name || (name !== 'all' && !available.includes(name))) {
    console.error(`usage: npm run bench -- <${[...available, 'all'].join('|')}> [--quick]`);
    return 2;
  }
  for (const suite of name === 'all' ? available : [name]) {
    const { run } = (await import(`./suites/${suite}`)) as { run: Suite };
    printResult(await run({ quick }));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
