import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_SCHEMA } from '../schema/read-schema';

/** The audit trail: one row per plan event. A table row, never an API type. */
@Entity({ schema: READ_SCHEMA, name: 'plan_history' })
export class PlanHistoryRow {
  @PrimaryColumn({ name: 'plan_id', type: 'text' })
  planId!: string;

  /** The plan's revision after this event (1 = its first event). */
  @PrimaryColumn({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** e.g. edited 二、（一）1.: 95% → 98% */
  @Column({ type: 'text' })
  summary!: string;

  /** The node the event is about, for node events. */
  @Column({ name: 'node_id', type: 'text', nullable: true })
  nodeId!: string | null;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** Where the event is stored in the log (positionToString). */
  @Column({ type: 'text' })
  position!: string;
}
