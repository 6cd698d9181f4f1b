import { nodeTitle } from '@planledger/documents';
import { departmentIdFromName, type PlanState } from '@planledger/domain';
import type { Projection } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { planNodeRows } from '../plan-nodes/plan-nodes-projection';
import { PlanRowsProjector } from '../support/plan-rows-projector';

/**
 * department_tasks: for every department, the nodes that list it as responsible, with their number
 * and title as they read now. The rows are a function of the plan's state, so unit changes, edits
 * of a title, renumbering, deletes and re-imports all come out right by the same diff.
 */
export const departmentTasksProjection: Projection = {
  name: 'department_tasks',
  tables: ['department_tasks'],
  migrations: [
    {
      version: 1,
      name: 'department_tasks',
      sql: (schema) => `
        CREATE TABLE ${qualified(schema, 'department_tasks')} (
          plan_id text COLLATE "C" NOT NULL,
          node_id text COLLATE "C" NOT NULL,
          department_id text COLLATE "C" NOT NULL,
          department_name text NOT NULL,
          kind text NOT NULL,
          number text NOT NULL,
          label text NOT NULL,
          title text NOT NULL,
          ordinal integer NOT NULL,
          CONSTRAINT department_tasks_pkey PRIMARY KEY (plan_id, node_id, department_id)
        );
        CREATE INDEX department_tasks_by_department ON ${qualified(schema, 'department_tasks')} (department_id, plan_id);
      `,
    },
  ],
  createProjector: (context) => new PlanRowsProjector(context, 'department_tasks', { key: ['plan_id', 'node_id', 'department_id'], rowsFor: departmentTaskRows }),
};

export function departmentTaskRows(planId: string, state: PlanState): Array<Record<string, unknown>> {
  return planNodeRows(planId, state).flatMap((node, ordinal) => {
    const departments = new Map<string, string>();
    for (const unit of node.responsible_units) {
      const name = unit.trim();
      const id = departmentIdFromName(name);
      if (id !== '' && !departments.has(id)) departments.set(id, name);
    }
    return [...departments].map(([departmentId, departmentName]) => ({
      plan_id: planId,
      node_id: node.node_id,
      department_id: departmentId,
      department_name: departmentName,
      kind: node.kind,
      number: node.number,
      label: node.label,
      title: nodeTitle(node),
      ordinal,
    }));
  });
}
