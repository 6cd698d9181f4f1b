/**
 * One numbered step of a projection's tables. `sql` receives the schema to create them in: the
 * live READ_SCHEMA at start, REBUILD_SCHEMA when a projection is rebuilt from the log. Steps are
 * recorded per scope (a projection's name, or 'core'), applied once and in order.
 */
export interface ReadMigration {
  version: number;
  name: string;
  sql(schema: string): string;
}
