import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentTargets, parseDocument, PlanDocument } from '@planledger/documents';
import { allNodes, clonePlan } from './fixtures/plan-builders';
import { syntheticRevision } from './fixtures/synthetic-revision';
import { lazyTargets, sameTargetSource } from './lazy-targets';

const seed = (name: string) => readFileSync(join(__dirname, '../../../seeds', name), 'utf8');
const draft = seed('001_7914db94b213197e.txt');
const issued = seed('000_742c0bb3951157b4.txt');

describe('lazyTargets', () => {
  const documents: Array<[string, PlanDocument]> = [
    ['the consultation draft', parseDocument(draft).document],
    ['the issued plan', parseDocument(issued).document],
    ['a long synthetic plan', parseDocument(syntheticRevision(draft, issued, { length: 30_000, edits: 0, seed: 1 }).before).document],
  ];

  it.each(documents)('gives every node of %s the targets documentTargets gives it', (_, document) => {
    const eager = documentTargets(document);
    const lazy = lazyTargets(document);
    const targeted = allNodes(document).filter((n) => eager.get(n.id)!.length > 0);
    expect(targeted.length).toBeGreaterThanOrEqual(5);
    for (const node of allNodes(document)) expect(lazy.of(node.id)).toEqual(eager.get(node.id));
  });

  it('tells apart the same text under another 到20xx年 paragraph', () => {
    const before = documents[0][1];
    const after = clonePlan(before);
    const opening = allNodes(after).find((n) => n.kind === 'paragraph' && /^到\d{4}年/.test(n.text))!;
    opening.text = opening.text.replace(/^到\d{4}年/, '到2035年');
    const [lazyBefore, lazyAfter] = [lazyTargets(before), lazyTargets(after)];
    const same = allNodes(before).filter((n) => sameTargetSource(lazyBefore.sourceOf(n.id), lazyAfter.sourceOf(n.id)));
    const moved = allNodes(before).filter((n) => !same.includes(n));
    expect(moved.length).toBeGreaterThan(1);
    for (const n of same) expect(lazyAfter.of(n.id)).toEqual(lazyBefore.of(n.id));
    expect(moved.some((n) => JSON.stringify(lazyAfter.of(n.id)) !== JSON.stringify(lazyBefore.of(n.id)))).toBe(true);
  });
});
