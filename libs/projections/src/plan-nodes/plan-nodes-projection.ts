import type { PlanState } from '@planledger/domain';
import type { Projection } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { labelPart, numbersOf, siblingsOf } from '../support/plan-numbering';
import { PlanRowsProjector } from '../support/plan-rows-projector';

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
  createProjector: (context) => new PlanRowsProjector(context, 'plan_nodes', { key: ['plan_id', 'node_id'], rowsFor: planNodeRows }),
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
