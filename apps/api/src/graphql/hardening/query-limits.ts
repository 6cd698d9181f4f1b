import type { ValidationRule } from 'graphql';
import { complexityLimitRule } from './complexity-limit.rule';
import { depthLimitRule } from './depth-limit.rule';
import type { HardeningConfig } from './hardening-config';

/**
 * The rules for `GraphQLModule.forRoot({ validationRules })`. Apollo reports what they refuse as
 * GRAPHQL_VALIDATION_FAILED with HTTP 400, before anything executes.
 */
export function queryLimitRules(config: Pick<HardeningConfig, 'maxQueryDepth' | 'maxQueryComplexity'>): ValidationRule[] {
  return [depthLimitRule(config.maxQueryDepth), complexityLimitRule({ maxComplexity: config.maxQueryComplexity })];
}
