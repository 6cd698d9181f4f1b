import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_SCHEMA } from '../schema/read-schema';

/** A node of a plan that lists a department among its 责任单位. A table row, never an API type. */
@Entity({ schema: READ_SCHEMA, name: 'department_tasks' })
export class DepartmentTaskRow {
  @PrimaryColumn({ name: 'plan_id', type: 'text' })
  planId!: string;

  @PrimaryColumn({ name: 'node_id', type: 'text' })
  nodeId!: string;

  /** departmentIdFromName of the unit as listed. */
  @PrimaryColumn({ name: 'department_id', type: 'text' })
  departmentId!: string;

  /** The unit as the plan lists it, e.g. 区市场监管局. */
  @Column({ name: 'department_name', type: 'text' })
  departmentName!: string;

  @Column({ type: 'text' })
  kind!: string;

  /** The node's own number, e.g. 1. */
  @Column({ type: 'text' })
  number!: string;

  /** How the plan cites it, e.g. 二、（一）1. */
  @Column({ type: 'text' })
  label!: string;

  /** The node's first sentence (nodeTitle). */
  @Column({ type: 'text' })
  title!: string;

  /** The node's place in document order (0 = first node of the plan), for listing tasks as the plan reads. */
  @Column({ type: 'integer' })
  ordinal!: number;
}
