import { documentTargets, nodeTitle, numberNodes, renderDocument, type DocNode, type PlanDocument } from '@planledger/documents';
import type { DocumentNodeType, DocumentType } from './document.types';

/** The API's flat, reading-order view of a document tree (clients cannot query unbounded depth). */
export function toDocumentType(document: PlanDocument, revision: number): DocumentType {
  const numbers = numberNodes(document);
  const targets = documentTargets(document);
  const nodes: DocumentNodeType[] = [];
  const visit = (siblings: readonly DocNode[], parent: DocNode | null, path: string[], depth: number) => {
    siblings.forEach((node, position) => {
      const number = numbers.get(node.id) ?? '';
      nodes.push({
        id: node.id,
        parentId: parent?.id ?? null,
        kind: node.kind,
        depth,
        position,
        number,
        path,
        title: nodeTitle(node),
        text: node.text,
        responsibleUnits: [...node.responsibleUnits],
        targets: targets.get(node.id) ?? [],
      });
      visit(node.children, node, number ? [...path, number] : path, depth + 1);
    });
  };
  visit(document.nodes, null, [], 0);
  const { metadata } = document;
  return {
    revision,
    metadata: {
      title: metadata.title,
      issuingBody: metadata.issuingBody,
      documentNumber: metadata.documentNumber,
      addressees: [...metadata.addressees],
      date: metadata.date,
      publicationNote: metadata.publicationNote,
      isConsultationDraft: metadata.isConsultationDraft,
    },
    nodes,
    text: renderDocument(document),
  };
}
