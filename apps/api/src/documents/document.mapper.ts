import { documentTargets, nodeTitle, numberNodes, renderDocument, type DocNode, type PlanDocument } from '@planledger/documents';
import { toDocument, type PlanState } from '@planledger/domain';
import type { DocumentNodeType, DocumentType } from './document.types';

/**
 * The API's flat, reading-order view of a document tree (clients cannot query unbounded depth).
 * The costly parts — the rendered text and the numeric targets — are worked out when a query
 * first asks for them, once per view.
 */
export function toDocumentType(document: PlanDocument, revision: number): DocumentType {
  const numbers = numberNodes(document);
  let targets: ReturnType<typeof documentTargets> | undefined;
  const targetsOf = (nodeId: string) => (targets ??= documentTargets(document)).get(nodeId) ?? [];
  let text: string | undefined;
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
        get targets() {
          return targetsOf(node.id);
        },
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
    get text() {
      return (text ??= renderDocument(document));
    },
  };
}

const views = new WeakMap<object, DocumentType>();

/**
 * The view of a folded plan state, made once per state object: folded states are immutable and
 * shared by the cache of current plans, so an unchanged plan is not mapped again per query.
 */
export function documentTypeOfState(state: PlanState, revision: number): DocumentType {
  let view = views.get(state);
  if (view === undefined || view.revision !== revision) {
    view = toDocumentType(toDocument(state), revision);
    views.set(state, view);
  }
  return view;
}
