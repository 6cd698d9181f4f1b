import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from '@planledger/documents';
import type { PlanCommand } from '@planledger/domain';
import type { CommandOutcome } from '../commands/command-runner';

export interface SeedEntry {
  file: string;
  planId: string;
  /** 'consultation': imported and sent out for comments; 'issued': taken through every stage to 印发. */
  stage: 'consultation' | 'issued';
}

export type ExecutePlanCommand = (command: PlanCommand, commandId: string) => Promise<CommandOutcome>;

export const SEED_ACTOR = 'system:seed';

/**
 * Imports the seed plans of `seedsDir/manifest.json`. Every command has a fixed command id, so
 * running it again (every start) writes nothing new: the runner finds the earlier events.
 */
export async function seedPlans(seedsDir: string, execute: ExecutePlanCommand, now: () => string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(seedsDir, 'manifest.json'), 'utf8')) as { plans: SeedEntry[] };
  const seeded: string[] = [];
  for (const entry of manifest.plans) {
    const text = await readFile(join(seedsDir, entry.file), 'utf8');
    await seedPlan(entry, text, execute, now);
    seeded.push(entry.planId);
  }
  return seeded;
}

async function seedPlan(entry: SeedEntry, text: string, execute: ExecutePlanCommand, now: () => string): Promise<void> {
  const { document, normalizations } = parseDocument(text);
  const { planId } = entry;
  const meta = () => ({ planId, actor: SEED_ACTOR, at: now() });
  const step = (name: string) => `seed:${planId}:${name}`;

  let { revision } = await execute(
    { type: 'CreatePlan', data: { ...meta(), title: document.metadata.title ?? entry.file } },
    step('create'),
  );
  const next = async (name: string, command: PlanCommand) => {
    revision = (await execute(command, step(name))).revision;
  };
  await next('import', {
    type: 'ImportPlanText',
    data: { ...meta(), expectedRevision: revision, document, normalizations, sourceLabel: `seeds/${entry.file}` },
  });
  await next('consultation', { type: 'StartConsultation', data: { ...meta(), expectedRevision: revision } });
  if (entry.stage === 'consultation') return;

  const { documentNumber, date } = document.metadata;
  if (!documentNumber || !date) throw new Error(`seed ${entry.file} is marked issued but has no document number or date`);
  await next('revision', { type: 'StartRevision', data: { ...meta(), expectedRevision: revision } });
  await next('review', { type: 'StartReview', data: { ...meta(), expectedRevision: revision } });
  await next('issue', { type: 'IssuePlan', data: { ...meta(), expectedRevision: revision, documentNumber, issuedOn: date } });
}
