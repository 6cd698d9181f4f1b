import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_SCHEMA } from '../schema/read-schema';

/** A consultation round (征求意见) of a plan. A table row, never an API type. */
@Entity({ schema: READ_SCHEMA, name: 'rounds' })
export class RoundRow {
  @PrimaryColumn({ name: 'round_id', type: 'text' })
  roundId!: string;

  @Column({ name: 'plan_id', type: 'text' })
  planId!: string;

  @Column({ name: 'round_number', type: 'integer' })
  roundNumber!: number;

  /** The plan revision frozen as this round's 征求意见稿. */
  @Column({ name: 'consultation_revision', type: 'integer' })
  consultationRevision!: number;

  @Column({ name: 'document_type', type: 'text' })
  documentType!: string;

  /** Last day answers are accepted, yyyy-mm-dd (Beijing). */
  @Column({ type: 'date' })
  deadline!: string;

  @Column({ name: 'invited_department_ids', type: 'jsonb' })
  invitedDepartmentIds!: string[];

  /** Departments allowed to answer after the deadline. */
  @Column({ name: 'late_department_ids', type: 'jsonb' })
  lateDepartmentIds!: string[];

  /** open | closed */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closed_early', type: 'boolean', nullable: true })
  closedEarly!: boolean | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason!: string | null;

  /** Departments that answered 无意见 themselves. */
  @Column({ name: 'no_objection_answered', type: 'jsonb' })
  noObjectionAnswered!: string[];

  /** 逾期未反馈，视为无意见: departments silent at close, recorded by an explicit event. */
  @Column({ name: 'no_objection_recorded', type: 'jsonb' })
  noObjectionRecorded!: string[];
}
