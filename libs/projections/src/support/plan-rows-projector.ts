import type { StoredEvent } from '@planledger/event-store';
import type { ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { PlanRowSets, type PlanRowSetSpec } from './plan-row-sets';
import type { RowValues } from './row-writes';
import { PlanStates } from './plan-states';

/**
 * A projector whose rows are a function of each plan's folded state (plan nodes, department
 * tasks): fold the batch per plan, then write only the rows that differ from what the table holds.
 */
export class PlanRowsProjector<Row extends RowValues> implements Projector {
  private readonly states: PlanStates;
  private readonly rowSets: PlanRowSets<Row>;

  constructor({ schema, store, deferWrites }: ProjectorContext, table: string, spec: Omit<PlanRowSetSpec<Row>, 'table'>) {
    this.states = new PlanStates(store);
    this.rowSets = new PlanRowSets({ ...spec, table: qualified(schema, table) }, deferWrites);
  }

  prepare(events: readonly StoredEvent[]): Promise<void> {
    return this.states.prepare(events);
  }

  async apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
    for (const { planId, before, after } of this.states.fold(events)) await this.rowSets.write(sql, planId, before, after);
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
