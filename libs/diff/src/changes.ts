/**
 * Turns an alignment into the list of changes a reader walks through: one change per node, in the
 * reading order of the after text, each removed node where it used to be.
 */
import type { Alignment } from './align/align-documents';
import { Entry, FlatDocument, toRef } from './align/flatten';
import { movedEntries } from './align/moves';
import { dice, diceOfSmallEdit } from './align/similarity';
import { inlineDiff } from './inline/inline-diff';
import { LazyTargets, sameTargetSource } from './lazy-targets';
import type { ChangeStatus, NodeChange } from './model';
import { diffTargets } from './targets';
import { diffResponsibleUnits } from './units';

/** The numeric targets of the nodes of each document, by id. */
export interface TargetsByNode {
  before: LazyTargets;
  after: LazyTargets;
}

interface Placed {
  change: NodeChange;
  /** Sort key: the after-order of the place it is shown, then a tiebreak. */
  at: number;
  tie: number;
}

export function buildChanges(
  before: FlatDocument,
  after: FlatDocument,
  alignment: Alignment,
  targets: TargetsByNode,
): NodeChange[] {
  const targetsBefore = (e: Entry) => targets.before.of(e.node.id);
  const targetsAfter = (e: Entry) => targets.after.of(e.node.id);
  // Equal sources give equal target lists, and two equal lists differ in nothing.
  const targetsUnchanged = (b: Entry, a: Entry) =>
    sameTargetSource(targets.before.sourceOf(b.node.id), targets.after.sourceOf(a.node.id));
  const moved = movedEntries(alignment, after);
  const mergedSources = invert(alignment.mergedInto);
  const splitPieces = invert(alignment.splitFrom);
  const placed: Placed[] = [];

  for (const a of after.entries) {
    const b = alignment.beforeOf.get(a);
    if (b) {
      const sources = mergedSources.get(a) ?? [];
      const pieces = splitPieces.get(b) ?? [];
      const status: ChangeStatus = sources.length
        ? 'merged'
        : pieces.length
          ? 'split'
          : moved.has(a)
            ? 'moved'
            : textOrUnitsChanged(b, a)
              ? 'modified'
              : b.number !== a.number
                ? 'renumbered'
                : 'unchanged';
      const change = pairChange(status, b, a, [...sources, ...pieces]);
      if (sources.length || pieces.length) change.groupRole = 'main';
      // The group's targets and units are compared as a whole on its primary pair.
      const groupBefore = [b, ...sources];
      const groupAfter = [a, ...pieces];
      const isGroup = sources.length > 0 || pieces.length > 0;
      change.targets =
        isGroup || !targetsUnchanged(b, a) ? diffTargets(groupBefore.flatMap(targetsBefore), groupAfter.flatMap(targetsAfter)) : [];
      change.responsibleUnits = diffResponsibleUnits(unitsOf(groupBefore), unitsOf(groupAfter));
      // A merged group is listed in the order its members had in the before text.
      const members = [b, ...sources].sort((x, y) => x.order - y.order);
      placed.push({ change, at: a.order, tie: members.indexOf(b) });
      for (const source of sources) {
        const piece = pairChange('merged', source, a, members.filter((m) => m !== source));
        piece.groupRole = 'piece';
        placed.push({ change: piece, at: a.order, tie: members.indexOf(source) });
      }
    } else if (alignment.splitFrom.has(a)) {
      const host = alignment.splitFrom.get(a)!;
      const others = [alignment.afterOf.get(host)!, ...(splitPieces.get(host) ?? []).filter((p) => p !== a)];
      const piece = pairChange('split', host, a, others);
      piece.groupRole = 'piece';
      placed.push({ change: piece, at: a.order, tie: 0 });
    } else {
      const change = emptyChange('added', null, a);
      change.inline = a.node.text ? [{ op: 'insert', text: a.node.text }] : [];
      change.targets = diffTargets([], targetsAfter(a));
      change.responsibleUnits = diffResponsibleUnits([], a.node.responsibleUnits);
      placed.push({ change, at: a.order, tie: 0 });
    }
  }

  let anchor = -1;
  for (const b of before.entries) {
    const shownAt = alignment.afterOf.get(b) ?? alignment.mergedInto.get(b);
    if (shownAt) {
      anchor = shownAt.order;
      continue;
    }
    const change = emptyChange('removed', b, null);
    change.inline = b.node.text ? [{ op: 'delete', text: b.node.text }] : [];
    change.targets = diffTargets(targetsBefore(b), []);
    change.responsibleUnits = diffResponsibleUnits(b.node.responsibleUnits, []);
    placed.push({ change, at: anchor, tie: before.entries.length + b.order });
  }

  return placed.sort((x, y) => x.at - y.at || x.tie - y.tie).map((p) => p.change);
}

function pairChange(status: ChangeStatus, b: Entry, a: Entry, related: Entry[]): NodeChange {
  const change = emptyChange(status, b, a);
  change.inline = inlineDiff(b.node.text, a.node.text);
  change.textChanged = b.node.text !== a.node.text;
  change.similarity = change.textChanged ? (diceOfSmallEdit(b.node.text, a.node.text) ?? dice(b.profile, a.profile)) : 1;
  change.related = related.map(toRef);
  return change;
}

function emptyChange(status: ChangeStatus, b: Entry | null, a: Entry | null): NodeChange {
  return {
    status,
    before: b && toRef(b),
    after: a && toRef(a),
    inline: [],
    textChanged: b === null || a === null,
    similarity: null,
    related: [],
    groupRole: null,
    targets: [],
    responsibleUnits: null,
  };
}

function textOrUnitsChanged(b: Entry, a: Entry): boolean {
  return b.node.text !== a.node.text || diffResponsibleUnits(b.node.responsibleUnits, a.node.responsibleUnits) !== null;
}

function unitsOf(entries: Entry[]): string[] {
  return [...new Set(entries.flatMap((e) => e.node.responsibleUnits))];
}

function invert(map: Map<Entry, Entry>): Map<Entry, Entry[]> {
  const inverse = new Map<Entry, Entry[]>();
  for (const [piece, host] of map) inverse.set(host, [...(inverse.get(host) ?? []), piece]);
  return inverse;
}
