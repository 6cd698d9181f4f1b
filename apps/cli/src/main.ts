/**
 * planledger's command line for operators and auditors: `npm run cli -- <command> [args]`.
 * Each command is a module in ./commands exporting `run(args): Promise<exitCode>`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type CliCommand = (args: string[]) => Promise<number>;

function commandNames(): string[] {
  return readdirSync(join(__dirname, 'commands'))
    .filter((f) => /\.(ts|js)$/.test(f) && !/\.(spec|int-spec|e2e-spec)\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => f.replace(/\.(ts|js)$/, ''))
    .sort();
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const names = commandNames();
  if (!name || !names.includes(name)) {
    process.stderr.write(`usage: npm run cli -- <${names.join('|')}> [args]\n`);
    return 2;
  }
  const modulePath = join(__dirname, 'commands', name);
  if (!existsSync(`${modulePath}.ts`) && !existsSync(`${modulePath}.js`)) return 2;
  const { run } = (await import(modulePath)) as { run: CliCommand };
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`planledger: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
