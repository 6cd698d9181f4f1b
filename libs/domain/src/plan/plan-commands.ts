import type { Normalization, PlanDocument } from '@planledger/documents';
import type { CommandMeta, WriteCommandMeta } from '../shared/command-meta';
import type { EditableMetadata } from './plan-events';

/** The only command without an expected revision: the stream must not exist yet. */
export interface CreatePlan {
  type: 'CreatePlan';
  data: CommandMeta & { planId: string; title: string };
}

/** Carries an already parsed document: the domain does not parse text. */
export interface ImportPlanText {
  type: 'ImportPlanText';
  data: WriteCommandMeta & {
    document: PlanDocument;
    normalizations: Normalization[];
    sourceLabel: string;
  };
}

export interface SetMetadata {
  type: 'SetMetadata';
  data: WriteCommandMeta & { changes: Partial<EditableMetadata> };
}

export type PlanLifecycleCommand = CreatePlan | ImportPlanText | SetMetadata;
