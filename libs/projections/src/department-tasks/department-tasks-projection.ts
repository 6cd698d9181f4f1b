import { nodeTitle } from '@planledger/documents';
import { departmentIdFromName, type PlanState } from '@planledger/domain';
import type { StoredEvent } from '@planledger/event-store';
import type { Projection, ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { planNodeRows } from '../plan-nodes/plan-nodes-projection';
import { PlanRowSets } from '../support/plan-row-sets';
import { PlanStates } from '../support/plan-states';

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
  createProjector: (context) => new DepartmentTasksProjector(context),
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

class DepartmentTasksProjector implements Projector {
  private readonly states: PlanStates;
  private readonly rowSets: PlanRowSets<Record<string, unknown>>;

  constructor({ schema, store, deferWrites }: ProjectorContext) {
    this.states = new PlanStates(store);
    this.rowSets = new PlanRowSets({
      table: qualified(schema, 'department_tasks'),
      key: ['plan_id', 'node_id', 'department_id'],
      rowsFor: departmentTaskRows,
    }, deferWrites);
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
