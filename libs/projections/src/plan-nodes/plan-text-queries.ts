import type { DataSource, Repository } from 'typeorm';
import { PlanNodeRow } from './plan-node.entity';

/** Reads of plan_nodes: a plan's current text, node by node. */
export class PlanTextQueries {
  private readonly nodes: Repository<PlanNodeRow>;

  constructor(dataSource: DataSource) {
    this.nodes = dataSource.getRepository(PlanNodeRow);
  }

  /** Every node of the plan in document order (depth first); [] for an unknown plan. */
  async documentOrder(planId: string): Promise<PlanNodeRow[]> {
    const rows = await this.nodes.find({ where: { planId } });
    return inDocumentOrder(rows);
  }

  async node(planId: string, nodeId: string): Promise<PlanNodeRow | null> {
    return this.nodes.findOneBy({ planId, nodeId });
  }

  /** The children of a node (or the top-level nodes for null), in order. */
  async children(planId: string, parentId: string | null): Promise<PlanNodeRow[]> {
    const query = this.nodes.createQueryBuilder('node').where('node.planId = :planId', { planId });
    if (parentId === null) query.andWhere('node.parentId IS NULL');
    else query.andWhere('node.parentId = :parentId', { parentId });
    return query.orderBy('node.position', 'ASC').getMany();
  }
}

/** Orders rows depth first by parent and position, as the document reads. */
export function inDocumentOrder(rows: readonly PlanNodeRow[]): PlanNodeRow[] {
  const childrenOf = new Map<string | null, PlanNodeRow[]>();
  for (const row of rows) {
    const siblings = childrenOf.get(row.parentId) ?? [];
    siblings.push(row);
    childrenOf.set(row.parentId, siblings);
  }
  for (const siblings of childrenOf.values()) siblings.sort((a, b) => a.position - b.position);
  const ordered: PlanNodeRow[] = [];
  const visit = (parentId: string | null): void => {
    for (const row of childrenOf.get(parentId) ?? []) {
      ordered.push(row);
      visit(row.nodeId);
    }
  };
  visit(null);
  return ordered;
}
