import { positionToString, type StoredEvent } from '@planledger/event-store';
import type { Projection, ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { PlanStates } from '../support/plan-states';
import { insertColumns, type ColumnSpec, type ColumnValues } from '../support/row-writes';
import { citeBefore, nodeOf, summarize } from './history-summary';

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

/** The table's columns, typed as the migration declares them, in the order `apply` fills them. */
const COLUMNS: readonly ColumnSpec[] = [
  { name: 'plan_id', type: 'text' },
  { name: 'revision', type: 'integer' },
  { name: 'type', type: 'text' },
  { name: 'actor', type: 'text' },
  { name: 'at', type: 'timestamptz' },
  { name: 'reason', type: 'text' },
  { name: 'summary', type: 'text' },
  { name: 'node_id', type: 'text' },
  { name: 'event_id', type: 'uuid' },
  { name: 'position', type: 'text' },
];

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

  /** One multi-row INSERT per batch, the rows held column by column (see `insertColumns`). */
  async apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
    const [planIds, revisions, types, actors, ats, reasons, summaries, nodeIds, eventIds, positions]: ColumnValues[] = COLUMNS.map(() => []);
    this.states.walk(events, {
      before: ({ event }, state) => citeBefore(event, state),
      after: ({ stored, planId, event }, state, cited) => {
        planIds.push(planId);
        revisions.push(stored.streamRevision + 1);
        types.push(event.type);
        actors.push(event.data.actor);
        ats.push(event.data.at);
        reasons.push(event.data.reason ?? null);
        summaries.push(summarize(event, cited, state));
        nodeIds.push(nodeOf(event));
        eventIds.push(stored.id);
        positions.push(positionToString(stored.position));
      },
    });
    await insertColumns(sql, this.table, COLUMNS, [planIds, revisions, types, actors, ats, reasons, summaries, nodeIds, eventIds, positions]);
  }
}
