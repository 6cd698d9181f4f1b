import { positionToString, type StoredEvent } from '@planledger/event-store';
import type { Projection, ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { PlanStates, type PlanStep } from '../support/plan-states';
import { insertRows } from '../support/row-writes';
import { nodeOf, summarize } from './history-summary';

/**
 * plan_history: the audit trail, one row per plan event, with a summary citing nodes by the
 * number they had then. Plain INSERTs: a duplicate (which the checkpoint rules out) would fail
 * loudly on the primary key rather than be hidden.
 */
export const planHistoryProjection: Projection = {
  name: 'plan_history',
  tables: ['plan_history'],
  migrations: [
    {
      version: 1,
      name: 'plan_history',
      sql: (schema) => `
        CREATE TABLE ${qualified(schema, 'plan_history')} (
          plan_id text COLLATE "C" NOT NULL,
          revision integer NOT NULL,
          type text NOT NULL,
          actor text NOT NULL,
          at timestamptz NOT NULL,
          reason text,
          summary text NOT NULL,
          node_id text COLLATE "C",
          event_id uuid NOT NULL,
          position text COLLATE "C" NOT NULL,
          CONSTRAINT plan_history_pkey PRIMARY KEY (plan_id, revision)
        );
        CREATE INDEX plan_history_by_event ON ${qualified(schema, 'plan_history')} (event_id);
        CREATE INDEX plan_history_by_node ON ${qualified(schema, 'plan_history')} (plan_id, node_id, revision);
        CREATE INDEX plan_history_by_actor ON ${qualified(schema, 'plan_history')} (actor, at);
      `,
    },
  ],
  createProjector: (context) => new PlanHistoryProjector(context),
};

class PlanHistoryProjector implements Projector {
  private readonly states: PlanStates;
  private readonly table: string;

  constructor({ schema, store }: ProjectorContext) {
    this.states = new PlanStates(store);
    this.table = qualified(schema, 'plan_history');
  }

  prepare(events: readonly StoredEvent[]): Promise<void> {
    return this.states.prepare(events);
  }

  async apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
    const rows: Array<Record<string, unknown>> = [];
    this.states.walk(events, (step) => rows.push(historyRow(step)));
    await insertRows(sql, this.table, rows);
  }
}

function historyRow(step: PlanStep): Record<string, unknown> {
  const { stored, planId, event } = step;
  return {
    plan_id: planId,
    revision: stored.streamRevision + 1,
    type: event.type,
    actor: event.data.actor,
    at: event.data.at,
    reason: event.data.reason ?? null,
    summary: summarize(step),
    node_id: nodeOf(event),
    event_id: stored.id,
    position: positionToString(stored.position),
  };
}
