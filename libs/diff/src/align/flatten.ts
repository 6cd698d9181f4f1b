/**
 * A document tree as a flat list of entries in reading order, each knowing its parent, its
 * rendered number and path, and its text profiles for matching.
 */
import { DocNode, nodeTitle, numberNodes, PlanDocument } from '@planledger/documents';
import type { NodeRef } from '../model';
import { BigramProfile, bigramProfile } from './similarity';

export interface Entry {
  node: DocNode;
  /** Position in reading order (pre-order). */
  order: number;
  parent: Entry | null;
  children: Entry[];
  number: string;
  title: string;
  path: string[];
  readonly profile: BigramProfile;
  readonly titleProfile: BigramProfile;
}

export interface FlatDocument {
  entries: Entry[];
  byId: Map<string, Entry>;
}

export function flattenDocument(document: PlanDocument): FlatDocument {
  const entries: Entry[] = [];
  const numbers = numberNodes(document);
  const visit = (nodes: DocNode[], parent: Entry | null) => {
    for (const node of nodes) {
      const entry = new FlatEntry(node, entries.length, parent, numbers.get(node.id) ?? '');
      entries.push(entry);
      parent?.children.push(entry);
      visit(node.children, entry);
    }
  };
  visit(document.nodes, null);
  return { entries, byId: new Map(entries.map((e) => [e.node.id, e])) };
}

/**
 * A class, not an object literal with getters: V8 keeps literals with per-object accessors as
 * slow dictionaries, and every step of the diff reads entries.
 */
class FlatEntry implements Entry {
  readonly children: Entry[] = [];
  readonly title: string;
  readonly path: string[];
  // Profiles are built on first use: nodes paired by id or identical text never need one.
  private textProfile: BigramProfile | undefined;
  private headingProfile: BigramProfile | undefined;

  constructor(
    readonly node: DocNode,
    readonly order: number,
    readonly parent: Entry | null,
    readonly number: string,
  ) {
    this.title = nodeTitle(node);
    this.path = [...(parent ? parent.path : []), number].filter((n) => n !== '');
  }

  get profile(): BigramProfile {
    return (this.textProfile ??= bigramProfile(this.node.text));
  }

  get titleProfile(): BigramProfile {
    return (this.headingProfile ??= bigramProfile(this.title));
  }
}

export function toRef(entry: Entry): NodeRef {
  return {
    id: entry.node.id,
    kind: entry.node.kind,
    number: entry.number,
    title: entry.title,
    path: entry.path,
  };
}
