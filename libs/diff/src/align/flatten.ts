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
      const number = numbers.get(node.id) ?? '';
      const title = nodeTitle(node);
      // Profiles are built on first use: nodes paired by id or identical text never need one.
      let profile: BigramProfile | undefined;
      let titleProfile: BigramProfile | undefined;
      const entry: Entry = {
        node,
        order: entries.length,
        parent,
        children: [],
        number,
        title,
        path: [...(parent ? parent.path : []), number].filter((n) => n !== ''),
        get profile() {
          return (profile ??= bigramProfile(node.text));
        },
        get titleProfile() {
          return (titleProfile ??= bigramProfile(title));
        },
      };
      entries.push(entry);
      parent?.children.push(entry);
      visit(node.children, entry);
    }
  };
  visit(document.nodes, null);
  return { entries, byId: new Map(entries.map((e) => [e.node.id, e])) };
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
