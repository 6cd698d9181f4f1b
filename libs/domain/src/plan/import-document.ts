import type { DocumentMetadata, NumberingScope, PlanDocument } from '@planledger/documents';
import { cannotNest, canNestUnder, isNodeKind } from '../editing/nesting';
import { checkNodeText, checkResponsibleUnits } from '../editing/node-content-rules';
import type { PlanEvent } from '../events';
import { eventMetaFrom } from '../shared/command-meta';
import { badInput } from '../shared/plan-error';
import { isBlank } from '../shared/text-rules';
import { EDITABLE_STAGES } from '../stages/plan-stage';
import { flattenDocument } from './document-tree';
import type { ImportPlanText } from './plan-commands';
import type { DocumentNumbering, FlatNode } from './plan-events';
import { requireExistingPlan, requireStage } from './plan-guards';
import type { PlanState } from './plan-state';

/**
 * Replaces the plan's text with a parsed document. The tree must hold together by the same
 * rules as edits, so later edits and renumbering start from a sound tree.
 */
export function decideImportPlanText(command: ImportPlanText, state: PlanState): PlanEvent[] {
  const { document, sourceLabel } = command.data;
  const meta = eventMetaFrom(command.data);
  requireExistingPlan(state, command.data);
  requireStage(state, EDITABLE_STAGES, 'importing text');
  if (isBlank(sourceLabel)) throw badInput('sourceLabel', 'say where the text came from');
  if (!Array.isArray(command.data.normalizations)) {
    throw badInput('normalizations', 'normalizations must be a list');
  }
  if (!isParsedDocument(document)) throw badInput('document', 'a parsed document is required');
  if (document.nodes.length === 0) throw badInput('document', 'the document has no text');
  const nodes = checkedNodes(flattenDocument(document));
  const numbering = checkedNumbering(document.numbering);
  return [
    {
      type: 'PlanTextImported',
      data: {
        ...meta,
        nodes,
        metadata: importedMetadata(document, state),
        normalizations: command.data.normalizations,
        sourceLabel,
        ...(numbering === undefined ? {} : { numbering }),
      },
    },
  ];
}

const NUMBERING_SCOPES: readonly NumberingScope[] = ['parent', 'topLevel', 'document'];

/** Only the scopes the document sets; numbers are rendered from them, so they must be real ones. */
function checkedNumbering(numbering: PlanDocument['numbering']): DocumentNumbering | undefined {
  if (numbering === undefined) return undefined;
  if (numbering === null || typeof numbering !== 'object' || Array.isArray(numbering)) {
    throw badInput('document.numbering', 'numbering maps node kinds to scopes');
  }
  const entries = Object.entries(numbering);
  for (const [kind, scope] of entries) {
    if (!isNodeKind(kind) || !(NUMBERING_SCOPES as readonly unknown[]).includes(scope)) {
      throw badInput('document.numbering', `no numbering scope ${String(scope)} for ${kind}`);
    }
  }
  return entries.length === 0 ? undefined : { ...numbering };
}

function checkedNodes(nodes: FlatNode[]): FlatNode[] {
  const kinds = new Map<string, FlatNode['kind']>();
  return nodes.map((node) => {
    if (isBlank(node.id)) throw badInput('document', 'every node needs an id');
    if (kinds.has(node.id)) {
      throw badInput('document', `node id ${node.id} appears twice`, { nodeId: node.id });
    }
    if (!isNodeKind(node.kind)) {
      throw badInput('document', 'unknown node kind', { nodeId: node.id });
    }
    const parentKind = node.parentId === null ? null : (kinds.get(node.parentId) ?? null);
    if (!canNestUnder(node.kind, parentKind)) {
      throw cannotNest('document', node.kind, parentKind, node.id);
    }
    checkNodeText(node.text, 'document', node.id);
    kinds.set(node.id, node.kind);
    return {
      ...node,
      responsibleUnits: checkResponsibleUnits(node.responsibleUnits, 'document', node.id),
    };
  });
}

/** The parsed title wins; a document without one keeps the title the plan was created with. */
function importedMetadata(document: PlanDocument, state: PlanState): DocumentMetadata {
  const metadata = document.metadata;
  return {
    ...metadata,
    title: isBlank(metadata.title) ? state.metadata.title : metadata.title,
    addressees: [...metadata.addressees],
  };
}

function isParsedDocument(document: unknown): document is PlanDocument {
  const candidate = document as PlanDocument | null;
  return (
    candidate !== null &&
    typeof candidate === 'object' &&
    Array.isArray(candidate.nodes) &&
    typeof candidate.metadata === 'object' &&
    candidate.metadata !== null
  );
}
