import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanChangeReference } from '@planledger/domain';
import { READ_SCHEMA } from '../schema/read-schema';

/** One comment (意见) with its current state and disposition. A table row, never an API type. */
@Entity({ schema: READ_SCHEMA, name: 'comments' })
export class CommentRow {
  @PrimaryColumn({ name: 'round_id', type: 'text' })
  roundId!: string;

  @PrimaryColumn({ name: 'department_id', type: 'text' })
  departmentId!: string;

  /** Unique within the department's stream of the round. */
  @PrimaryColumn({ name: 'comment_id', type: 'text' })
  commentId!: string;

  @Column({ name: 'plan_id', type: 'text' })
  planId!: string;

  @Column({ name: 'consultation_revision', type: 'integer' })
  consultationRevision!: number;

  /** The anchor as submitted, in the frozen consultation version. */
  @Column({ name: 'node_id', type: 'text' })
  nodeId!: string;

  @Column({ name: 'range_start', type: 'integer', nullable: true })
  rangeStart!: number | null;

  @Column({ name: 'range_end', type: 'integer', nullable: true })
  rangeEnd!: number | null;

  @Column({ type: 'text' })
  quote!: string;

  @Column({ type: 'text' })
  text!: string;

  /** active | withdrawn */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason!: string | null;

  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ name: 'replies_count', type: 'integer' })
  repliesCount!: number;

  @Column({ type: 'text' })
  author!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** adopted | partlyAdopted | notAdopted | alreadyCovered, or null while undecided. */
  @Column({ type: 'text', nullable: true })
  disposition!: string | null;

  @Column({ name: 'disposition_reason', type: 'text', nullable: true })
  dispositionReason!: string | null;

  @Column({ name: 'implemented_by', type: 'jsonb' })
  implementedBy!: PlanChangeReference[];

  @Column({ name: 'disposed_at', type: 'timestamptz', nullable: true })
  disposedAt!: Date | null;

  @Column({ name: 'disposed_by', type: 'text', nullable: true })
  disposedBy!: string | null;
}
