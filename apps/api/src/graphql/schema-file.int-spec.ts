import { readSchemaFile, renderServedSchema, schemaDrift } from './schema-file';

/**
 * The committed schema.graphql must be the schema the app serves, so a change to the API's shape
 * shows in review. On failure the message names the first differing line and the command to
 * regenerate the file.
 */
describe('schema.graphql', () => {
  it('is the schema the API serves', async () => {
    expect(schemaDrift(readSchemaFile(), await renderServedSchema())).toBeUndefined();
  });
});

describe('schemaDrift', () => {
  it('finds nothing when the files are equal, and the first differing line otherwise', () => {
    expect(schemaDrift('type A\n', 'type A\n')).toBeUndefined();
    expect(schemaDrift('type A\ntype B\n', 'type A\ntype C\n')).toContain('line 2');
    expect(schemaDrift('type A\n', 'type A\ntype B\n')).toContain('line 2');
    expect(schemaDrift(undefined, 'type A\n')).toContain('scripts/print-schema.ts');
  });
});
