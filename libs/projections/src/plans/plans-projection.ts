import type { PlanState } from '@planledger/domain';
import { positionToString, type StoredEvent } from '@planledger/event-store';
import type { Projection, ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { PlanStates, type TouchedPlan } from '../support/plan-states';
import { insertRows, updateRows } from '../support/row-writes';

/** plans: one row per plan, rewritten once per batch that touches it. */
export const plansProjection: Projection = {
  name: 'plans',
  tables: ['plans'],
  migrations: [
    {
      version: 1,
      name: 'plans',
      sql: (schema) => `
        CREATE TABLE ${qualified(schema, 'plans')} (
          plan_id text COLLATE "C" PRIMARY KEY,
          title text,
          stage text NOT NULL,
          document_number text,
          issuing_body text,
          addressees jsonb NOT NULL,
          document_date date,
          publication_note text,
          is_consultation_draft boolean NOT NULL,
          amendment integer NOT NULL,
          issued_document_numbers jsonb NOT NULL,
          consultation_rounds integer NOT NULL,
          revision integer NOT NULL,
          node_count integer NOT NULL,
          created_at timestamptz NOT NULL,
          created_by text NOT NULL,
          updated_at timestamptz NOT NULL,
          updated_by text NOT NULL,
          last_position text COLLATE "C" NOT NULL
        );
        CREATE INDEX plans_by_updated_at ON ${qualified(schema, 'plans')} (updated_at DESC, plan_id);
      `,
    },
  ],
  createProjector: (context) => new PlansProjector(context),
};

class PlansProjector implements Projector {
  private readonly states: PlanStates;
  private readonly table: string;

  constructor({ schema, store }: ProjectorContext) {
    this.states = new PlanStates(store);
    this.table = qualified(schema, 'plans');
  }

  prepare(events: readonly StoredEvent[]): Promise<void> {
    return this.states.prepare(events);
  }

  async apply(events: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
    const plans = this.states.fold(events);
    // A plan created in this batch is inserted with its creation; any other already has a row.
    const created = plans.filter(({ before }) => before.revision === 0);
    const changed = plans.filter(({ before }) => before.revision > 0);
    await insertRows(sql, this.table, created.map((plan) => ({ ...planValues(plan), ...creationValues(plan) })));
    await updateRows(sql, this.table, changed.map(planValues), ['plan_id']);
  }
}

function planValues({ planId, after, events }: TouchedPlan): Record<string, unknown> {
  const last = events[events.length - 1];
  const { metadata } = after;
  return {
    plan_id: planId,
    title: metadata.title,
    stage: after.stage,
    document_number: metadata.documentNumber,
    issuing_body: metadata.issuingBody,
    addressees: metadata.addressees,
    document_date: metadata.date,
    publication_note: metadata.publicationNote,
    is_consultation_draft: metadata.isConsultationDraft,
    amendment: after.amendment,
    issued_document_numbers: after.issuedDocumentNumbers,
    consultation_rounds: after.consultationRounds,
    revision: after.revision,
    node_count: nodeCount(after),
    updated_at: last.event.data.at,
    updated_by: last.event.data.actor,
    last_position: positionToString(last.stored.position),
  };
}

function creationValues({ events }: TouchedPlan): Record<string, unknown> {
  const { data } = events[0].event;
  return { created_at: data.at, created_by: data.actor };
}

function nodeCount(state: PlanState): number {
  return Object.keys(state.nodes).length;
}
