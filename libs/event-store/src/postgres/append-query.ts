import type { PreparedAppend } from '../validation/append-input';

/** A named statement, prepared once per connection, with its values; rows come back as arrays. */
export interface AppendQuery {
  name: string;
  text: string;
  values: unknown[];
  rowMode: 'array';
}

/** The expectation as the SQL statements take it: 'any' | 'no-stream' | 'stream-exists' | a revision as text. */
export function expectedText(append: PreparedAppend): string {
  return typeof append.expected === 'bigint' ? append.expected.toString() : append.expected;
}
