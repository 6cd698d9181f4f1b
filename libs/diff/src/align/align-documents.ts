/**
 * Pairs the nodes of two documents. By id first in identity mode (versions of one plan keep ids);
 * then, for whatever is left, by content, one node kind at a time. Items and articles go first:
 * they carry the text. Headings follow, bottom-up, judged by their words and by where their
 * children went (a two-word heading says little; its items say where it went). The short lines
 * under them (bullets, paragraphs, sub-items) go last, with their paired parent as context.
 *
 * Per kind: identical texts pair outright; the rest get a similarity matrix and a maximum-weight
 * matching above a threshold; what is still left may be a piece of a paired node (merged into it
 * or split out of it).
 */
import type { NodeKind } from '@planledger/documents';
import type { MatchMode } from '../model';
import { maxWeightAssignment } from './assignment';
import type { Entry, FlatDocument } from './flatten';
import { createPairScorer, PairContext, PairScorer } from './pair-scorer';

/** Pairs below this similarity are not the same clause; the rarity weighting puts chance at ~0.05. */
const PAIR_THRESHOLD = 0.1;
/** A leftover whose title is this much inside a paired node's text was folded into it. */
const TITLE_CONTAINED = 0.8;
/** A leftover whose text is this much inside a paired node's text was folded into it. */
const TEXT_CONTAINED = 0.3;

/** Nodes of different kinds pair only when their texts are this alike. */
const CROSS_KIND_THRESHOLD = 0.6;
/** The host must hold this much more of the piece (in threshold units) than the host's partner. */
const GAIN_OVER_PARTNER = 0.5;

const KIND_ORDER: readonly NodeKind[] = [
  'item', 'article', 'division', 'section', 'chapter', 'part', 'subitem', 'bullet', 'paragraph',
];

export interface Alignment {
  afterOf: Map<Entry, Entry>;
  beforeOf: Map<Entry, Entry>;
  /** Unpaired before entries folded into a paired after entry. */
  mergedInto: Map<Entry, Entry>;
  /** Unpaired after entries carved out of a paired before entry. */
  splitFrom: Map<Entry, Entry>;
}

export function alignDocuments(before: FlatDocument, after: FlatDocument, mode: MatchMode): Alignment {
  const alignment: Alignment = {
    afterOf: new Map(),
    beforeOf: new Map(),
    mergedInto: new Map(),
    splitFrom: new Map(),
  };
  if (mode === 'identity') {
    for (const b of before.entries) {
      const a = after.byId.get(b.node.id);
      if (a) pair(alignment, b, a);
    }
  }
  const aligned = new Set<NodeKind>();
  const context: PairContext = {
    parentsPaired: (b, a) =>
      b.parent === null ? a.parent === null : a.parent !== null && alignment.afterOf.get(b.parent) === a.parent,
    childrenAgreement: (b, a) => childrenAgreement(alignment, aligned, b, a),
  };
  const kinds = [...KIND_ORDER, ...new Set([...before.entries, ...after.entries].map((e) => e.node.kind))];
  for (const kind of new Set(kinds)) {
    const ofKindBefore = before.entries.filter((e) => e.node.kind === kind);
    const ofKindAfter = after.entries.filter((e) => e.node.kind === kind);
    aligned.add(kind);
    const notYetPaired = unpaired(alignment, ofKindBefore, ofKindAfter);
    pairIdenticalTexts(alignment, notYetPaired.before, notYetPaired.after);
    const open = unpaired(alignment, ofKindBefore, ofKindAfter);
    // Versions of one plan mostly pair by id or identical text; only the rest needs scoring.
    if (open.before.length === 0 && open.after.length === 0) continue;
    const scorer = createPairScorer(open.before, open.after, context);
    matchBySimilarity(alignment, open, ofKindBefore, ofKindAfter, scorer);
    detectMergesAndSplits(alignment, ofKindBefore, ofKindAfter, scorer);
  }
  matchAcrossKinds(alignment, before.entries, after.entries, context);
  return alignment;
}

/**
 * A line whose marker changed (a bullet that lost its ——, a paragraph promoted to an item) is
 * still the same text: leftovers of different kinds pair when their words are clearly the same.
 */
function matchAcrossKinds(alignment: Alignment, before: Entry[], after: Entry[], context: PairContext): void {
  const open = {
    before: before.filter((b) => !alignment.afterOf.has(b) && !alignment.mergedInto.has(b)),
    after: after.filter((a) => !alignment.beforeOf.has(a) && !alignment.splitFrom.has(a)),
  };
  if (open.before.length === 0 || open.after.length === 0) return;
  const scorer = createPairScorer(open.before, open.after, context);
  const similarities = scorer.textSimilarityMatrix(open.before, open.after);
  const weights = open.before.map((b, i) =>
    open.after.map((a, j) => {
      const similarity = similarities[i][j];
      return b.node.kind !== a.node.kind && similarity >= CROSS_KIND_THRESHOLD ? similarity : 0;
    }),
  );
  maxWeightAssignment(weights).forEach((j, i) => {
    if (j >= 0) pair(alignment, open.before[i], open.after[j]);
  });
}

/**
 * The share of both nodes' already-aligned children that went from one to the other (paired or
 * merged/split), or null when neither has such children.
 */
function childrenAgreement(alignment: Alignment, aligned: Set<NodeKind>, b: Entry, a: Entry): number | null {
  const childrenB = b.children.filter((c) => aligned.has(c.node.kind));
  const childrenA = a.children.filter((c) => aligned.has(c.node.kind));
  if (childrenB.length + childrenA.length === 0) return null;
  const wentToA = childrenB.filter((c) => (alignment.afterOf.get(c) ?? alignment.mergedInto.get(c))?.parent === a).length;
  const cameFromB = childrenA.filter((c) => (alignment.beforeOf.get(c) ?? alignment.splitFrom.get(c))?.parent === b).length;
  return (wentToA + cameFromB) / (childrenB.length + childrenA.length);
}

function pair(alignment: Alignment, b: Entry, a: Entry): void {
  alignment.afterOf.set(b, a);
  alignment.beforeOf.set(a, b);
}

function matchBySimilarity(
  alignment: Alignment,
  open: { before: Entry[]; after: Entry[] },
  ofKindBefore: Entry[],
  ofKindAfter: Entry[],
  scorer: PairScorer,
): void {
  if (open.before.length === 0 || open.after.length === 0) return;
  const placeBefore = relativePlaces(ofKindBefore);
  const placeAfter = relativePlaces(ofKindAfter);
  const scores = scorer.scoreMatrix(open.before, open.after);
  const weights = open.before.map((b, i) => {
    const place = placeBefore.get(b)!;
    return open.after.map((a, j) => {
      const score = scores[i][j];
      // A tie-breaker between equally similar candidates: prefer the one at the same relative place.
      return score >= PAIR_THRESHOLD ? score + 0.01 * (1 - Math.abs(place - placeAfter.get(a)!)) : 0;
    });
  });
  maxWeightAssignment(weights).forEach((j, i) => {
    if (j >= 0) pair(alignment, open.before[i], open.after[j]);
  });
}

/**
 * Identical texts are the same clause, wherever they moved. A text that occurs several times on
 * both sides pairs its occurrences in reading order.
 */
function pairIdenticalTexts(alignment: Alignment, before: Entry[], after: Entry[]): void {
  const byText = (entries: Entry[]) => {
    const groups = new Map<string, Entry[]>();
    for (const e of entries) {
      const key = e.node.text.replace(/\s+/g, '');
      const group = groups.get(key);
      if (group) group.push(e);
      else groups.set(key, [e]);
    }
    return groups;
  };
  const afterByText = byText(after);
  for (const [text, group] of byText(before)) {
    const partners = afterByText.get(text) ?? [];
    for (let i = 0; i < Math.min(group.length, partners.length); i++) pair(alignment, group[i], partners[i]);
  }
}

/** Each entry's place among its kind, from 0 (first) to 1 (last). */
function relativePlaces(entries: Entry[]): Map<Entry, number> {
  return new Map(entries.map((e, i) => [e, entries.length > 1 ? i / (entries.length - 1) : 0]));
}

function detectMergesAndSplits(alignment: Alignment, ofKindBefore: Entry[], ofKindAfter: Entry[], scorer: PairScorer): void {
  const open = unpaired(alignment, ofKindBefore, ofKindAfter);
  const pairedAfter = ofKindAfter.filter((a) => alignment.beforeOf.has(a));
  const pairedBefore = ofKindBefore.filter((b) => alignment.afterOf.has(b));
  for (const b of open.before) {
    const host = bestHost(b, pairedAfter, (a) => alignment.beforeOf.get(a)!, scorer);
    if (host) alignment.mergedInto.set(b, host);
  }
  for (const a of open.after) {
    const host = bestHost(a, pairedBefore, (b) => alignment.afterOf.get(b)!, scorer);
    if (host) alignment.splitFrom.set(a, host);
  }
}

/**
 * The paired node that took in `piece`, if any: it contains enough of the piece, and clearly more
 * of it than its own partner did — otherwise the piece is new (or gone) text that merely repeats
 * words already there, not text that moved into (or out of) the host.
 */
function bestHost(piece: Entry, hosts: Entry[], partnerOf: (host: Entry) => Entry, scorer: PairScorer): Entry | null {
  const evidence = (whole: Entry) =>
    Math.max(scorer.titleContainment(piece, whole) / TITLE_CONTAINED, scorer.textContainment(piece, whole) / TEXT_CONTAINED);
  let best: Entry | null = null;
  let bestStrength = 0;
  for (const host of hosts) {
    const strength = evidence(host);
    if (strength >= 1 && strength > bestStrength && strength - evidence(partnerOf(host)) >= GAIN_OVER_PARTNER) {
      best = host;
      bestStrength = strength;
    }
  }
  return best;
}

function unpaired(alignment: Alignment, before: Entry[], after: Entry[]): { before: Entry[]; after: Entry[] } {
  return {
    before: before.filter((b) => !alignment.afterOf.has(b)),
    after: after.filter((a) => !alignment.beforeOf.has(a)),
  };
}
