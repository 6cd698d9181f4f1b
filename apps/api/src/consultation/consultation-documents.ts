import { Injectable } from '@nestjs/common';
import type { DocNode, PlanDocument } from '@planledger/documents';
import { PlanHistory } from '../history/plan-history';

/** The plan texts a round is about: its frozen consultation draft and the latest text. */
@Injectable()
export class ConsultationDocuments {
  constructor(private readonly history: PlanHistory) {}

  async documentAt(planId: string, revision: number): Promise<PlanDocument> {
    return (await this.history.documentAt(planId, { revision })).document;
  }

  /** A node's text in the consultation version, or null when the node did not exist there. */
  async nodeTextAt(planId: string, revision: number, nodeId: string): Promise<string | null> {
    return findNode((await this.documentAt(planId, revision)).nodes, nodeId)?.text ?? null;
  }
}

function findNode(nodes: readonly DocNode[], nodeId: string): DocNode | undefined {
  for (const node of nodes) {
    if (node.id === nodeId) return node;
    const found = findNode(node.children, nodeId);
    if (found) return found;
  }
  return undefined;
}
