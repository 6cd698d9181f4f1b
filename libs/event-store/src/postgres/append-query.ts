/** A named statement, prepared once per connection, with its values; rows come back as arrays. */
export interface AppendQuery {
  name: string;
  text: string;
  values: unknown[];
  rowMode: 'array';
}
