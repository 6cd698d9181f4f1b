import { writeSchemaFile } from '../apps/api/src/graphql/schema-file';

/** Writes schema.graphql from the schema the API serves; schema-file.int-spec.ts fails until it is rerun after a schema change. */
writeSchemaFile().then(
  (path) => process.stdout.write(`wrote ${path}\n`),
  (error: unknown) => {
    process.stderr.write(`print-schema: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
