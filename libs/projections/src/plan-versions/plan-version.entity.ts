import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_SCHEMA } from '../schema/read-schema';

/**
 * One naming of a version (征求意见稿（第1轮）, 送审稿, 印发稿, a tag), keyed by the event that
 * named it. A name can recur (送审稿 after review sent the text back): each naming is a row.
 */
@Entity({ schema: READ_SCHEMA, name: 'plan_versions' })
export class PlanVersionRow {
  @PrimaryColumn({ name: 'plan_id', type: 'text' })
  planId!: string;

  /** The revision of the naming event (1 = the plan's first event). */
  @PrimaryColumn({ name: 'named_at_revision', type: 'integer' })
  namedAtRevision!: number;

  /** The revision whose text the name refers to: the plan after its first `revision` events. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text' })
  name!: string;

  /** consultation | review | issued | tag */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'text' })
  position!: string;
}
