import type { PlanState } from '@planledger/domain';
import type { StoredEvent } from '@planledger/event-store';
import type { Projection, ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { labelPart, numbersOf, siblingsOf } from '../support/plan-numbering';
import { PlanRowSets } from '../support/plan-row-sets';
import { PlanStates } from '../support/plan-states';

/**
 * plan_nodes: the current text of every plan, one row per node, with the number rendered from its
 * position. Inserting, deleting, moving or re-levelling a node rewrites exactly the rows whose
 * number, label or place changed.
 */
export const planNodesProjection: Projection = {
  name: 'plan_nodes',
  tables: ['plan_nodes'],
  migrations: [
    {
      version: 1,
      name: 'plan_nodes',
      sql: (schema) => `
        CREATE TABLE ${qualified(schema, 'plan_nodes')} (
          plan_id text COLLATE "C" NOT NULL,
          node_id text COLLATE "C" NOT NULL,
          parent_id text COLLATE "C",
          position integer NOT NULL,
          kind text NOT NULL,
          text text NOT NULL,
          responsible_units jsonb NOT NULL,
          number text NOT NULL,
          label text NOT NULL,
          CONSTRAINT plan_nodes_pkey PRIMARY KEY (plan_id, node_id)
        );
      `,
    },
  ],
  createProjector: (context) => new PlanNodesProjector(context),
};

export interface PlanNodeValues extends Record<string, unknown> {
  plan_id: string;
  node_id: string;
  parent_id: string | null;
  position: number;
  kind: string;
  text: string;
  responsible_units: string[];
  number: string;
  label: string;
}

export function planNodeRows(planId: string, state: PlanState): PlanNodeValues[] {
  const numbers = numbersOf(state);
  const rows: PlanNodeValues[] = [];
  const visit = (parentId: string | null, parentLabel: string): void => {
    siblingsOf(state, parentId).forEach((nodeId, position) => {
      const node = state.nodes[nodeId];
      const number = numbers.get(nodeId) ?? '';
      const label = parentLabel + labelPart(node.kind, number, position);
      rows.push({
        plan_id: planId,
        node_id: nodeId,
        parent_id: parentId,
        position,
        kind: node.kind,
        text: node.text,
        responsible_units: [...node.responsibleUnits],
        number,
        label,
      });
      visit(nodeId, label);
    });
  };
  visit(null, '');
  return rows;
}

class PlanNodesProjector implements Projector {
  private readonly states: PlanStates;
  private readonly rowSets: PlanRowSets<PlanNodeValues>;

  constructor({ schema, store, deferWrites }: ProjectorContext) {
    this.states = new PlanStates(store);
    this.rowSets = new PlanRowSets({ table: qualified(schema, 'plan_nodes'), key: ['plan_id', 'node_id'], rowsFor: planNodeRows }, deferWrites);
  }

  prepare(events: readonly StoredEvent[]): Promise<void> {
    return this.states.prepare(events);
  }

  async apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
    const plans = this.states.fold(events);
    for (const { planId, before, after } of plans) await this.rowSets.write(sql, planId, before, after);
  }

  flush(sql: SqlExecutor): Promise<void> {
    return this.rowSets.flush(sql);
  }

  committed(): void {
    this.rowSets.committed();
  }

  rolledBack(): void {
    this.rowSets.rolledBack();
  }
}
