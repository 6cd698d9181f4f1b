import type { PlanCommand } from '../../commands';
import { decide } from '../../decide';
import type { PlanEvent } from '../../events';
import { applyEvent } from '../../evolve';
import { PlanDraft } from '../../plan/plan-draft';
import { childrenOf, type PlanState } from '../../plan/plan-state';
import { PlanError } from '../../shared/plan-error';

/** An integer in [0, n). */
export type Pick = (n: number) => number;

/** mulberry32: small, fast and deterministic, so a benchmark replays the same history every run. */
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

export const WORKLOAD_ACTORS = ['u-drafter-zhang', 'u-drafter-wang', 'u-office-li'];
const SNIPPETS = ['质量', '标准化', '品牌', '，', '。', '加快推进', '全面', '𠮷', '2027年', '达到98%以上'];
const UNITS = ['区市场监管局', '区经济信息委', '区科技局', '区发展改革委', '区商务委'];
/** Workload nodes are paragraphs and bullets, which sit anywhere, so inserts and level flips stay valid. */
const WORKLOAD_NODE = 'w-';

/**
 * The events of one accepted editing command on `state`, the kind of traffic a plan in drafting
 * sees: mostly small text edits by several authors, some responsible-unit changes, moves,
 * insertions, deletions and level changes. A candidate the decider refuses (an offset inside a
 * surrogate pair, a move to where the node already is) is replaced by another pick.
 */
export function nextEditEvents(state: PlanState, pick: Pick, at: string): PlanEvent[] {
  for (let attempt = 0; attempt < 50; attempt++) {
    const command = candidate(state, pick, at);
    if (command === null) continue;
    try {
      return decide(command, state);
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
    }
  }
  throw new Error('no editing command was accepted in 50 attempts');
}

/** At least `count` accepted editing events on top of `state`, and the state after them. */
export function generateEdits(
  state: PlanState,
  count: number,
  pick: Pick,
  at: string,
): { events: PlanEvent[]; state: PlanState } {
  const draft = new PlanDraft(state);
  const events: PlanEvent[] = [];
  while (events.length < count) {
    for (const event of nextEditEvents(draft.current, pick, at)) {
      events.push(event);
      applyEvent(draft, event);
    }
  }
  return { events, state: draft.finish() };
}

function candidate(state: PlanState, pick: Pick, at: string): PlanCommand | null {
  const liveIds = Object.keys(state.nodes);
  if (state.planId === null || liveIds.length === 0) return null;
  const meta = {
    planId: state.planId,
    expectedRevision: state.revision,
    actor: WORKLOAD_ACTORS[pick(WORKLOAD_ACTORS.length)],
    at,
    ...(pick(10) === 0 ? { reason: '根据部门意见修改' } : {}),
  };
  const nodeId = liveIds[pick(liveIds.length)];
  const node = state.nodes[nodeId];
  const roll = pick(100);
  if (roll < 80) {
    const length = node.text.length;
    const deleting = length > 120 || (length > 8 && pick(2) === 0);
    const offset = pick(length + 1);
    const deleteCount = deleting ? Math.min(length - offset, 1 + pick(3)) : 0;
    const insertedText = deleting && pick(2) === 0 ? '' : SNIPPETS[pick(SNIPPETS.length)];
    return { type: 'EditNodeText', data: { ...meta, nodeId, offset, deleteCount, insertedText } };
  }
  if (roll < 88) {
    const units = UNITS.filter(() => pick(3) === 0);
    return { type: 'SetResponsibleUnits', data: { ...meta, nodeId, units } };
  }
  if (roll < 94) {
    const gaps = childrenOf(state, node.parentId).length + 1;
    return { type: 'MoveNode', data: { ...meta, nodeId, toParentId: node.parentId, toGap: pick(gaps) } };
  }
  const workloadIds = liveIds.filter((id) => id.startsWith(WORKLOAD_NODE));
  if (roll < 96 || workloadIds.length === 0) {
    const parentId = node.kind === 'paragraph' || node.kind === 'bullet' ? node.parentId : nodeId;
    const index = pick(childrenOf(state, parentId).length + 1);
    const text = SNIPPETS[pick(SNIPPETS.length)];
    const newId = `${WORKLOAD_NODE}${state.revision}`;
    return { type: 'InsertNode', data: { ...meta, nodeId: newId, parentId, index, kind: 'paragraph', text } };
  }
  const target = workloadIds[pick(workloadIds.length)];
  if (roll < 98) return { type: 'DeleteNode', data: { ...meta, nodeId: target } };
  const toKind = state.nodes[target].kind === 'paragraph' ? 'bullet' : 'paragraph';
  return { type: 'ChangeNodeLevel', data: { ...meta, nodeId: target, toKind } };
}
