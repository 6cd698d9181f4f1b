import { PlanError, type PlanState } from '@planledger/domain';
import type { PlanAuthor } from './plan-author';

/** An integer in [0, n). */
export type Pick = (n: number) => number;

/** mulberry32: small, fast and deterministic, so a benchmark writes the same history every run. */
export function seededPick(seed: number): Pick {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const SNIPPETS = ['质量', '标准化', '品牌', '，', '加快推进', '全面', '2027年', '达到98%以上'];
const UNITS = ['区市场监管局', '区经济信息委', '区科技局', '区发展改革委', '区教委'];
const ACTORS = ['u-drafter-zhang', 'u-drafter-wang', 'u-office-li'];

/**
 * One accepted editing command on the plan, the traffic of a plan in drafting: mostly small text
 * edits by several authors, some unit changes, insertions (which renumber), moves and deletions
 * of inserted items. A candidate the domain refuses (a no-op move…) is replaced by another pick.
 */
export async function randomEdit(author: PlanAuthor, pick: Pick, serial: number): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if (await tryEdit(author, author.current, pick, serial)) return;
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
    }
  }
  throw new Error('no editing command was accepted in 50 attempts');
}

/** False when the picked kind of edit has nothing to act on. */
async function tryEdit(author: PlanAuthor, state: PlanState, pick: Pick, serial: number): Promise<boolean> {
  const ids = Object.keys(state.nodes);
  const nodeId = ids[pick(ids.length)];
  const node = state.nodes[nodeId];
  const actor = ACTORS[pick(ACTORS.length)];
  const roll = pick(100);
  if (roll < 75) {
    const deleting = node.text.length > 80 || (node.text.length > 8 && pick(2) === 0);
    const offset = pick(node.text.length + 1);
    const deleteCount = deleting ? Math.min(node.text.length - offset, 1 + pick(3)) : 0;
    await author.run('EditNodeText', { nodeId, offset, deleteCount, insertedText: SNIPPETS[pick(SNIPPETS.length)], actor });
  } else if (roll < 85) {
    await author.run('SetResponsibleUnits', { nodeId, units: UNITS.filter(() => pick(3) === 0), actor });
  } else if (roll < 93) {
    const parents = ids.filter((id) => state.nodes[id].kind === 'part' || state.nodes[id].kind === 'section');
    const parentId = parents.length === 0 ? null : parents[pick(parents.length)];
    const siblings = parentId === null ? state.rootIds : state.childIds[parentId];
    const text = `新增任务${serial}。${SNIPPETS[pick(SNIPPETS.length)]}`;
    await author.run('InsertNode', { nodeId: `w-${serial}`, parentId, index: pick(siblings.length + 1), kind: 'item', text, actor });
  } else if (roll < 97) {
    const siblings = node.parentId === null ? state.rootIds : state.childIds[node.parentId];
    await author.run('MoveNode', { nodeId, toParentId: node.parentId, toGap: pick(siblings.length + 1), actor });
  } else {
    const inserted = ids.filter((id) => id.startsWith('w-'));
    if (inserted.length === 0) return false;
    await author.run('DeleteNode', { nodeId: inserted[pick(inserted.length)], actor });
  }
  return true;
}
