import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { isIntrospectionEntry } from './introspection-fields';

/**
 * Refuses an operation whose fields nest deeper than `maxDepth`: `{ plan { id } }` has depth 2.
 * Fragments count where they are spread. Each fragment is measured once, so a document that
 * spreads fragments into each other many times costs linear time, not exponential.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const measure = fragmentAwareDepth(context);
    return {
      OperationDefinition(operation) {
        const depth = measure(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`the operation nests ${depth} fields deep; the limit is ${maxDepth}`, {
            nodes: [operation],
            extensions: { limit: 'depth', depth, maxDepth },
          }));
        }
      },
    };
  };
}

function fragmentAwareDepth(context: ValidationContext): (selectionSet: SelectionSetNode) => number {
  const fragmentDepths = new Map<string, number>();
  const entered = new Set<string>();

  const depthOfFragment = (name: string): number => {
    const known = fragmentDepths.get(name);
    if (known !== undefined) return known;
    const fragment = context.getFragment(name);
    // Unknown and cyclic spreads are refused by graphql's own rules; they add no depth here.
    if (!fragment || entered.has(name)) return 0;
    entered.add(name);
    const depth = depthOf(fragment.selectionSet);
    entered.delete(name);
    fragmentDepths.set(name, depth);
    return depth;
  };

  const depthOf = (selectionSet: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospectionEntry(selection.name.value)) continue;
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, depthOfFragment(selection.name.value));
      }
    }
    return deepest;
  };

  return depthOf;
}
