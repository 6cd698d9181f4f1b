import type { PlanNode, PlanState } from './plan-state';

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type PlanMap = 'nodes' | 'childIds' | 'retiredNodeIds' | 'versions';

/**
 * A working copy of a PlanState that one fold changes in place. Each map (nodes, child lists,
 * retired ids, versions) is copied on its first change and then changed in place, so folding n
 * events into a plan of m nodes costs O(n + m) rather than O(n·m); a changed node is a new object,
 * an unchanged one is shared. The state it started from is never changed, and a state handed out
 * by `finish` is never changed afterwards: the next change copies again.
 */
export class PlanDraft {
  private draft: Writable<PlanState>;
  /** The maps this draft has copied and may change in place. */
  private readonly owned = new Set<PlanMap>();
  /** True while `draft` is a state handed out (or the base): the next change copies it first. */
  private shared = true;

  constructor(base: PlanState) {
    this.draft = base;
  }

  /** The state as drafted so far: read it now, never keep it (later changes may alter it). */
  get current(): PlanState {
    return this.draft;
  }

  /** Replaces top-level fields (stage, metadata, revision…), keeping the maps as they are. */
  assign(fields: Partial<Omit<PlanState, PlanMap>>): void {
    Object.assign(this.own(), fields);
  }

  /** Replaces the whole tree (an import): the new maps belong to the draft. */
  replaceTree(tree: Pick<PlanState, 'nodes' | 'childIds' | 'rootIds' | 'retiredNodeIds'>): void {
    Object.assign(this.own(), tree);
    this.owned.add('nodes').add('childIds').add('retiredNodeIds');
  }

  setNode(nodeId: string, node: PlanNode): void {
    setOwn(this.writable('nodes'), nodeId, node);
  }

  /** Changes some fields of a live node: the node is copied, its old object stays as it was. */
  changeNode(nodeId: string, change: Partial<PlanNode>): void {
    this.setNode(nodeId, { ...this.draft.nodes[nodeId], ...change });
  }

  setChildren(parentId: string | null, ids: readonly string[]): void {
    if (parentId === null) this.own().rootIds = ids;
    else setOwn(this.writable('childIds'), parentId, ids);
  }

  /** Removes nodes and their child lists, and retires their ids for good. */
  removeNodes(ids: readonly string[]): void {
    const nodes = this.writable('nodes');
    const childIds = this.writable('childIds');
    const retired = this.writable('retiredNodeIds');
    for (const id of ids) {
      delete nodes[id];
      delete childIds[id];
      setOwn(retired, id, true);
    }
  }

  setVersion(name: string, revision: number): void {
    setOwn(this.writable('versions'), name, revision);
  }

  /** The drafted state; a later change drafts on a copy, so this one stays as it is. */
  finish(): PlanState {
    this.shared = true;
    return this.draft;
  }

  private own(): Writable<PlanState> {
    if (this.shared) {
      this.draft = { ...this.draft };
      this.owned.clear();
      this.shared = false;
    }
    return this.draft;
  }

  private writable<K extends PlanMap>(map: K): Writable<PlanState[K]> {
    const draft = this.own();
    if (!this.owned.has(map)) {
      draft[map] = { ...draft[map] } as PlanState[K];
      this.owned.add(map);
    }
    return draft[map] as Writable<PlanState[K]>;
  }
}

/** An own property even for ids such as __proto__, which plain assignment would not create. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    record[key] = value;
  }
}
