/** One numbered step of the schema. Applied once, in order, inside the migration transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
