import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NodeKind } from '@planledger/documents';
import { READ_SCHEMA } from '../schema/read-schema';

/** One node of a plan's current text. A table row, never an API type. */
@Entity({ schema: READ_SCHEMA, name: 'plan_nodes' })
export class PlanNodeRow {
  @PrimaryColumn({ name: 'plan_id', type: 'text' })
  planId!: string;

  @PrimaryColumn({ name: 'node_id', type: 'text' })
  nodeId!: string;

  /** null for a top-level node. */
  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId!: string | null;

  /** 0-based place among its parent's children. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  kind!: NodeKind;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'responsible_units', type: 'jsonb' })
  responsibleUnits!: string[];

  /** Rendered from position: 二、 （一） 1. （1） …, '——' for bullets, '' for paragraphs. */
  @Column({ type: 'text' })
  number!: string;

  /** The numbers of its ancestors and its own, e.g. 二、（一）1. (see nodeLabel). */
  @Column({ type: 'text' })
  label!: string;
}
