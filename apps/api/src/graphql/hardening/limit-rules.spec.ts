import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import { complexityLimitRule } from './complexity-limit.rule';
import { depthLimitRule } from './depth-limit.rule';

const schema = buildSchema(`
  type Query {
    plan(id: ID!): Plan
    plans(first: Int): [Plan!]!
    history(first: Int = 100): HistoryPage!
    search: [SearchResult!]!
  }
  type Mutation { rename(title: String!): Plan! }
  type Plan { id: ID! title: String! nodes: [Node!]! owner: User }
  type Node { id: ID! text: String! children: [Node!]! }
  type User { name: String! plans(first: Int = 5): [Plan!]! }
  type HistoryPage { entries: [Entry!]! nextAfter: Int }
  type Entry { revision: Int! actor: String! }
  union SearchResult = Plan | User
`);

function errorsOf(query: string, rule: ValidationRule) {
  return validate(schema, parse(query), [rule]);
}

/** What a rule measured: every operation is reported when the limit is below zero. */
function measured(query: string, rule: ValidationRule, key: 'depth' | 'complexity'): number[] {
  return errorsOf(query, rule).map((error) => error.extensions[key] as number);
}

/** Fragments F0…F(n-1), each spreading the next one twice: 2^n paths if walked naively. */
function doublingFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, level) =>
    level === levels - 1 ? `fragment F${level} on Node { id }` : `fragment F${level} on Node { children { ...F${level + 1} } ...F${level + 1} }`);
  return `{ plan(id: "p") { nodes { ...F0 } } } ${fragments.join(' ')}`;
}

describe('depthLimitRule', () => {
  const depthOf = (query: string) => measured(query, depthLimitRule(-1), 'depth');

  it('counts nested fields, through inline fragments and named fragments', () => {
    expect(depthOf('{ plans { id } }')).toEqual([2]);
    expect(depthOf('{ plan(id: "p") { nodes { children { text } } } }')).toEqual([4]);
    expect(depthOf('{ search { ... on User { plans { owner { name } } } } }')).toEqual([4]);
    expect(depthOf('{ plan(id: "p") { ...Deep } } fragment Deep on Plan { nodes { children { children { id } } } }')).toEqual([5]);
  });

  it('measures each operation of a document on its own', () => {
    expect(depthOf('query A { plans { id } } query B { plan(id: "p") { owner { plans { id } } } }')).toEqual([2, 4]);
  });

  it('refuses an operation one level past the limit and lets one at the limit through', () => {
    const atLimit = '{ plan(id: "p") { nodes { children { id } } } }';
    expect(errorsOf(atLimit, depthLimitRule(4))).toEqual([]);
    const refused = errorsOf('{ plan(id: "p") { nodes { children { children { id } } } } }', depthLimitRule(4));
    expect(refused.map((error) => error.extensions)).toEqual([{ limit: 'depth', depth: 5, maxDepth: 4 }]);
  });

  it('lets the standard introspection query through a limit far below its nesting', () => {
    expect(errorsOf(getIntrospectionQuery(), depthLimitRule(2))).toEqual([]);
  });

  it('measures each fragment once, so doubling spreads take linear time', () => {
    expect(depthOf(doublingFragments(40))).toEqual([2 + 39 + 1]);
  });

  it('does not loop on cyclic fragments, which graphql refuses on its own', () => {
    const cyclic = '{ plan(id: "p") { nodes { ...A } } } fragment A on Node { children { ...B } } fragment B on Node { children { ...A } }';
    expect(validate(schema, parse(cyclic), [...specifiedRules, depthLimitRule(12)]).length).toBeGreaterThan(0);
  });
});

describe('complexityLimitRule', () => {
  const costOf = (query: string, listFactor?: number) => measured(query, complexityLimitRule({ maxComplexity: -1, listFactor }), 'complexity');

  it('costs 1 per field, and what is under a list once per item (10 by default)', () => {
    expect(costOf('{ plan(id: "p") { id title } }')).toEqual([3]);
    expect(costOf('{ plans { id title } }')).toEqual([1 + 10 * 2]);
    expect(costOf('{ plans { id } }', 3)).toEqual([1 + 3 * 1]);
    expect(costOf('mutation { rename(title: "t") { id } }')).toEqual([2]);
  });

  it('takes the number of items from a page size, its default, or a variable\'s argument default', () => {
    expect(costOf('{ plans(first: 50) { id title } }')).toEqual([1 + 50 * 2]);
    expect(costOf('{ plan(id: "p") { owner { plans { id } } } }')).toEqual([1 + 1 + 1 + 5 * 1]);
    expect(costOf('query($n: Int) { plan(id: "p") { owner { plans(first: $n) { id } } } }')).toEqual([1 + 1 + 1 + 5 * 1]);
    expect(costOf('query($n: Int) { plans(first: $n) { id } }')).toEqual([1 + 10 * 1]);
  });

  it('applies the page size of a page object to the lists directly inside it', () => {
    expect(costOf('{ history(first: 60) { entries { revision actor } nextAfter } }')).toEqual([1 + (1 + 60 * 2) + 1]);
    expect(costOf('{ history { entries { revision } } }')).toEqual([1 + (1 + 100 * 1)]);
  });

  it('multiplies nested lists and counts fragments where they are spread', () => {
    expect(costOf('{ plans(first: 5) { nodes { children { id } } } }')).toEqual([1 + 5 * (1 + 10 * (1 + 10 * 1))]);
    expect(costOf('{ plans(first: 2) { ...P } } fragment P on Plan { id owner { name } }')).toEqual([1 + 2 * (1 + 1 + 1)]);
    expect(costOf('{ search { ... on Plan { id } ... on User { name } } }')).toEqual([1 + 10 * 2]);
  });

  it('refuses an operation above the limit and lets one at the limit through', () => {
    expect(errorsOf('{ plans(first: 50) { id title } }', complexityLimitRule({ maxComplexity: 101 }))).toEqual([]);
    const refused = errorsOf('{ plans(first: 51) { id title } }', complexityLimitRule({ maxComplexity: 101 }));
    expect(refused.map((error) => error.extensions)).toEqual([{ limit: 'complexity', complexity: 103, maxComplexity: 101 }]);
  });

  it('lets the standard introspection query through and does not count __typename', () => {
    expect(errorsOf(getIntrospectionQuery(), complexityLimitRule({ maxComplexity: 1 }))).toEqual([]);
    expect(costOf('{ __typename plan(id: "p") { __typename id } }')).toEqual([2]);
  });

  it('measures each fragment once, so doubling spreads take linear time', () => {
    expect(costOf(doublingFragments(40))[0]).toBeGreaterThan(1e40);
  });
});
