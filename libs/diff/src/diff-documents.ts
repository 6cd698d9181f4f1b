/**
 * The structure-aware diff of two plans: pair the clauses (by id, or by content across different
 * plans), classify each pair, diff the text inside, and compare targets, units and metadata.
 */
import type { PlanDocument } from '@planledger/documents';
import { alignDocuments } from './align/align-documents';
import { flattenDocument } from './align/flatten';
import { buildChanges } from './changes';
import { lazyTargets } from './lazy-targets';
import { diffMetadata } from './metadata';
import { CHANGE_STATUSES, DiffOptions, DiffSummary, DocumentDiff, NodeChange } from './model';

export function diffDocuments(before: PlanDocument, after: PlanDocument, options: DiffOptions = {}): DocumentDiff {
  const match = options.match ?? 'identity';
  const flatBefore = flattenDocument(before);
  const flatAfter = flattenDocument(after);
  const alignment = alignDocuments(flatBefore, flatAfter, match);
  const targets = { before: lazyTargets(before), after: lazyTargets(after) };
  const changes = buildChanges(flatBefore, flatAfter, alignment, targets);
  return {
    match,
    summary: summarize(changes),
    metadata: diffMetadata(before.metadata, after.metadata),
    changes,
  };
}

export function summarize(changes: NodeChange[]): DiffSummary {
  const summary = Object.fromEntries(CHANGE_STATUSES.map((s) => [s, 0])) as DiffSummary;
  for (const change of changes) summary[change.status]++;
  return summary;
}
