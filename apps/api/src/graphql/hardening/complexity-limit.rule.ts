import {
  getNamedType, getNullableType, GraphQLError, isInterfaceType, isListType, isObjectType, Kind,
  type FieldNode, type GraphQLField, type GraphQLNamedType, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from 'graphql';
import { isIntrospectionEntry } from './introspection-fields';

/** Arguments that say how many items a field returns. */
export const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'limit', 'pageSize'] as const;

export interface ComplexityLimits {
  maxComplexity: number;
  /** How many items a list without a page size is assumed to hold. */
  listFactor?: number;
}

const FIELD_COST = 1;
const DEFAULT_LIST_FACTOR = 10;

/**
 * Refuses an operation whose estimated cost exceeds `maxComplexity`. Every field costs 1; what is
 * selected under a list costs once per item. A list holds as many items as its page size
 * (`first`, `last`, `limit` or `pageSize`) says, else `listFactor`. A page size on a field that
 * is not itself a list (a page object, as `history(first:) { entries }`) counts for the lists
 * directly inside it. A page size given as a variable is unknown while validating: it counts
 * as the argument's default, else `listFactor` — resolvers cap it with `capPageSize`.
 * Sibling branches on different types are all counted: an upper bound for unions and interfaces.
 */
export function complexityLimitRule({ maxComplexity, listFactor = DEFAULT_LIST_FACTOR }: ComplexityLimits): ValidationRule {
  return (context: ValidationContext) => {
    const measure = fragmentAwareCost(context, listFactor);
    return {
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation);
        const complexity = measure(operation.selectionSet, root ?? undefined, undefined);
        if (complexity > maxComplexity) {
          context.reportError(new GraphQLError(`the operation's estimated cost is ${complexity}; the limit is ${maxComplexity}`, {
            nodes: [operation],
            extensions: { limit: 'complexity', complexity, maxComplexity },
          }));
        }
      },
    };
  };
}

type Measure = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, inheritedPageSize: number | undefined) => number;

function fragmentAwareCost(context: ValidationContext, listFactor: number): Measure {
  const schema = context.getSchema();
  const fragmentCosts = new Map<string, number>();
  const entered = new Set<string>();

  const costOfFragment = (name: string, inheritedPageSize: number | undefined): number => {
    const key = `${name}\u0000${inheritedPageSize ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    // Unknown and cyclic spreads are refused by graphql's own rules; they add no cost here.
    if (!fragment || entered.has(key)) return 0;
    entered.add(key);
    const cost = costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), inheritedPageSize);
    entered.delete(key);
    fragmentCosts.set(key, cost);
    return cost;
  };

  const costOfField = (node: FieldNode, parentType: GraphQLNamedType | undefined, inheritedPageSize: number | undefined): number => {
    if (node.name.value === '__typename' || isIntrospectionEntry(node.name.value)) return 0;
    const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[node.name.value] : undefined;
    // Unknown fields are refused by graphql's own rules.
    if (!field) return 0;
    const pageSize = pageSizeOf(node, field, listFactor);
    const isList = isListType(getNullableType(field.type));
    const items = isList ? (pageSize ?? inheritedPageSize ?? listFactor) : 1;
    const children = node.selectionSet ? costOf(node.selectionSet, getNamedType(field.type), isList ? undefined : pageSize) : 0;
    return FIELD_COST + items * children;
  };

  const costOf: Measure = (selectionSet, parentType, inheritedPageSize) => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += costOfField(selection, parentType, inheritedPageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        total += costOf(selection.selectionSet, type ?? undefined, inheritedPageSize);
      } else {
        total += costOfFragment(selection.name.value, inheritedPageSize);
      }
    }
    return total;
  };

  return costOf;
}

/** The page size a field asks for: a literal, else the argument's default; undefined when it has none. */
function pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown>, listFactor: number): number | undefined {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const definition = field.args.find((argument) => argument.name === name);
    if (!definition) continue;
    const given = node.arguments?.find((argument) => argument.name.value === name)?.value;
    if (given?.kind === Kind.INT) return Math.max(0, Number(given.value));
    const fallback = typeof definition.defaultValue === 'number' ? definition.defaultValue : undefined;
    if (given?.kind === Kind.VARIABLE) return fallback ?? listFactor;
    if (fallback !== undefined) return fallback;
  }
  return undefined;
}
