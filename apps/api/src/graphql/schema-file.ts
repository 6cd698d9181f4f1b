import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createApp } from '../main';

/** The committed SDL at the repository root: reviews show every change to the API's shape. */
export const SCHEMA_FILE = join(__dirname, '../../../../schema.graphql');

export const PRINT_SCHEMA_COMMAND = 'node -r @swc-node/register scripts/print-schema.ts';

const HEADER = `# The GraphQL schema the API serves. Generated: do not edit; run \`${PRINT_SCHEMA_COMMAND}\`.\n\n`;

/**
 * The SDL of the schema the app builds and serves, as `schema.graphql` holds it. Starts the real
 * app (resolvers, guards, plugins) on an in-memory database without listening, so what is
 * printed is what clients get.
 */
export async function renderServedSchema(): Promise<string> {
  const app = await createApp(
    { port: 0, dataDir: 'memory://', seed: false, seedsDir: join(__dirname, '../../../../seeds'), introspection: true },
    { quiet: true },
  );
  try {
    await app.init();
    return `${HEADER}${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
  } finally {
    await app.close();
  }
}

export async function writeSchemaFile(): Promise<string> {
  writeFileSync(SCHEMA_FILE, await renderServedSchema());
  return SCHEMA_FILE;
}

export function readSchemaFile(): string | undefined {
  return existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : undefined;
}

/** Undefined when the committed schema is what the app serves; else where they part and how to fix it. */
export function schemaDrift(committed: string | undefined, served: string): string | undefined {
  if (committed === served) return undefined;
  const fix = `regenerate it with \`${PRINT_SCHEMA_COMMAND}\` and commit it`;
  if (committed === undefined) return `schema.graphql is missing: ${fix}`;
  const committedLines = committed.split('\n');
  const servedLines = served.split('\n');
  const line = committedLines.findIndex((text, index) => text !== servedLines[index]);
  const at = line === -1 ? committedLines.length : line;
  return [
    `schema.graphql differs from the schema the API serves, first at line ${at + 1}:`,
    `  committed: ${committedLines[at] ?? '(end of file)'}`,
    `  served:    ${servedLines[at] ?? '(end of file)'}`,
    fix,
  ].join('\n');
}
