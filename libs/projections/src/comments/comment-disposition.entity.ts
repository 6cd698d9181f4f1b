import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanChangeReference } from '@planledger/domain';
import { READ_SCHEMA } from '../schema/read-schema';

/** Every disposition a comment was given, the current one last. A table row, never an API type. */
@Entity({ schema: READ_SCHEMA, name: 'comment_dispositions' })
export class CommentDispositionRow {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'round_id', type: 'text' })
  roundId!: string;

  @Column({ name: 'department_id', type: 'text' })
  departmentId!: string;

  @Column({ name: 'comment_id', type: 'text' })
  commentId!: string;

  @Column({ type: 'text' })
  disposition!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'implemented_by', type: 'jsonb' })
  implementedBy!: PlanChangeReference[];

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** Log position (positionToString): orders the history. */
  @Column({ type: 'text' })
  position!: string;
}
