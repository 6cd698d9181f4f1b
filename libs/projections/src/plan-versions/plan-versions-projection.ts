import { namedVersionFor, upcastPlanEvent } from '@planledger/domain';
import { positionToString, type StoredEvent } from '@planledger/event-store';
import type { Projection, ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { isPlanStream, planIdOfStream } from '../support/plan-streams';
import { insertRows } from '../support/row-writes';

/**
 * plan_versions: the named versions of every plan, as the domain names them (`namedVersionFor`).
 * Needs no plan state: each naming event names its version alone.
 */
export const planVersionsProjection: Projection = {
  name: 'plan_versions',
  tables: ['plan_versions'],
  migrations: [
    {
      version: 1,
      name: 'plan_versions',
      sql: (schema) => `
        CREATE TABLE ${qualified(schema, 'plan_versions')} (
          plan_id text COLLATE "C" NOT NULL,
          named_at_revision integer NOT NULL,
          revision integer NOT NULL,
          name text NOT NULL,
          kind text NOT NULL,
          note text,
          at timestamptz NOT NULL,
          actor text NOT NULL,
          event_id uuid NOT NULL,
          position text COLLATE "C" NOT NULL,
          CONSTRAINT plan_versions_pkey PRIMARY KEY (plan_id, named_at_revision)
        );
        CREATE INDEX plan_versions_by_name ON ${qualified(schema, 'plan_versions')} (plan_id, name, named_at_revision);
      `,
    },
  ],
  createProjector: (context) => new PlanVersionsProjector(context),
};

class PlanVersionsProjector implements Projector {
  private readonly table: string;

  constructor({ schema }: ProjectorContext) {
    this.table = qualified(schema, 'plan_versions');
  }

  async apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
    const rows = events.filter((stored) => isPlanStream(stored.streamId)).flatMap((stored) => {
      const namedAtRevision = stored.streamRevision + 1;
      const version = namedVersionFor(upcastPlanEvent(stored), namedAtRevision);
      if (version === null) return [];
      return [
        {
          plan_id: planIdOfStream(stored.streamId),
          named_at_revision: namedAtRevision,
          revision: version.revision,
          name: version.name,
          kind: version.kind,
          note: version.note ?? null,
          at: version.at,
          actor: version.actor,
          event_id: stored.id,
          position: positionToString(stored.position),
        },
      ];
    });
    await insertRows(sql, this.table, rows);
  }
}
