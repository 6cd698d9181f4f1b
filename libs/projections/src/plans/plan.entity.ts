import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_SCHEMA } from '../schema/read-schema';

/** One plan: title, stage, metadata and who touched it last. A table row, never an API type. */
@Entity({ schema: READ_SCHEMA, name: 'plans' })
export class PlanRow {
  @PrimaryColumn({ name: 'plan_id', type: 'text' })
  planId!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** drafting | consultation | revising | review | issued */
  @Column({ type: 'text' })
  stage!: string;

  /** 发文字号 once issued (cleared while an amendment is drafted). */
  @Column({ name: 'document_number', type: 'text', nullable: true })
  documentNumber!: string | null;

  @Column({ name: 'issuing_body', type: 'text', nullable: true })
  issuingBody!: string | null;

  @Column({ type: 'jsonb' })
  addressees!: string[];

  /** 成文日期, yyyy-mm-dd. */
  @Column({ name: 'document_date', type: 'date', nullable: true })
  documentDate!: string | null;

  @Column({ name: 'publication_note', type: 'text', nullable: true })
  publicationNote!: string | null;

  @Column({ name: 'is_consultation_draft', type: 'boolean' })
  isConsultationDraft!: boolean;

  /** 0 for the original plan, n during and after the n-th amendment. */
  @Column({ type: 'integer' })
  amendment!: number;

  @Column({ name: 'issued_document_numbers', type: 'jsonb' })
  issuedDocumentNumbers!: string[];

  @Column({ name: 'consultation_rounds', type: 'integer' })
  consultationRounds!: number;

  /** How many events the plan stream holds: the revision a writer must expect. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'node_count', type: 'integer' })
  nodeCount!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  /** The log position of the plan's last event (positionToString). */
  @Column({ name: 'last_position', type: 'text' })
  lastPosition!: string;
}
