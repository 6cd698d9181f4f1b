/**
 * The entry points of introspection. The depth and complexity limits leave their subtrees alone:
 * the standard introspection query nests `ofType` nine levels deep, more than any limit sized for
 * our own types, and graphql's specified MaxIntrospectionDepthRule (which Apollo always runs)
 * already refuses the self-recursive introspection queries that could blow up. When introspection
 * is off, Apollo refuses these fields outright.
 */
const INTROSPECTION_ENTRY_FIELDS = new Set(['__schema', '__type']);

export function isIntrospectionEntry(fieldName: string): boolean {
  return INTROSPECTION_ENTRY_FIELDS.has(fieldName);
}
