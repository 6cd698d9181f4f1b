import { NoSchemaIntrospectionCustomRule, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { HardeningConfig } from './hardening-config';
import { queryLimitRules } from './query-limits';

/**
 * graphql-ws runs operations — subscriptions, and queries or mutations sent over the socket —
 * without Apollo, so Apollo's validation rules do not apply there. This is graphql-ws's `validate`
 * with the same rules as over HTTP: the standard ones, the depth and complexity limits, and the
 * introspection switch.
 */
export function websocketValidation(
  config: Pick<HardeningConfig, 'maxQueryDepth' | 'maxQueryComplexity'>,
  introspection: boolean,
): (schema: GraphQLSchema, document: DocumentNode) => ReturnType<typeof validate> {
  const rules = [...specifiedRules, ...queryLimitRules(config), ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  return (schema, document) => validate(schema, document, rules);
}
