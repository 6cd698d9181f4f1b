/**
 * Fifty departments answering one consultation round at once: 2,000 comments submitted
 * concurrently through the consultation service (read the round, decide on the department's
 * own stream, append), against the baseline of the same number of raw single-row INSERTs at the
 * same concurrency. Every comment is then read back from the store and from the comments read model
 * once it has caught up: `lost_comments` (acknowledged but missing from either) must be 0.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@planledger/documents';
import { departmentFeedbackStreamId, type ConsultationActor } from '@planledger/domain';
import { openDatabase, PostgresEventStore } from '@planledger/event-store';
import { CommentQueries, commentsProjection, ReadModels } from '@planledger/projections';
import { StreamChanges } from '../../apps/api/src/commands/stream-changes';
import { ConsultationService } from '../../apps/api/src/consultation/consultation.service';
import { PlanCommandsService } from '../../apps/api/src/plans/plan-commands.service';
import { alternate, Suite, throughput } from '../harness';

const SEED = readFileSync(join(__dirname, '../../seeds/001_7914db94b213197e.txt'), 'utf8');

export const run: Suite = async ({ quick }) => {
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { url, poolSize: 20 } : { dataDir: 'memory://' });
  const store = await PostgresEventStore.open(db);
  const changes = new StreamChanges();
  const plans = new PlanCommandsService(store, changes);
  const consultation = new ConsultationService(store, changes);
  const departments = Array.from({ length: 50 }, (_, i) => `dept-${String(i + 1).padStart(2, '0')}`);
  const perDepartment = quick ? 8 : 40;
  const rounds = quick ? 2 : 3;
  await db.pool.query('CREATE TABLE IF NOT EXISTS bench_raw_comments (id uuid PRIMARY KEY, round_id text NOT NULL, department_id text NOT NULL, data jsonb NOT NULL)');
  try {
    const { document } = parseDocument(SEED);
    const node = document.nodes.find((n) => n.kind === 'part')!;
    let submitted = 0;
    const roundIds: string[] = [];

    const oneRound = async () => {
      const { roundId } = await openRound(plans, consultation, departments);
      roundIds.push(roundId);
      return throughput(departments.length * perDepartment, () =>
        inParallel(departments, async (departmentId) => {
          for (let i = 0; i < perDepartment; i++) {
            await consultation.decideOnFeedback(
              {
                type: 'SubmitComment',
                data: {
                  roundId, departmentId, actor: reviewer(departmentId), now: new Date().toISOString(),
                  commentId: randomUUID(), nodeId: node.id, range: null, quotedText: null, consultationNodeText: node.text,
                  text: `第${i + 1}条意见：建议进一步明确责任分工。`,
                },
              },
              randomUUID(),
            );
            submitted++;
          }
        }),
      );
    };
    const rawRound = () =>
      throughput(departments.length * perDepartment, () =>
        inParallel(departments, async (departmentId) => {
          for (let i = 0; i < perDepartment; i++) {
            await db.pool.query('INSERT INTO bench_raw_comments (id, round_id, department_id, data) VALUES ($1, $2, $3, $4)', [
              randomUUID(), 'raw', departmentId, JSON.stringify({ text: `第${i + 1}条意见：建议进一步明确责任分工。` }),
            ]);
          }
        }),
      );
    const result = await alternate(oneRound, rawRound, { rounds, warmup: 1 });

    let stored = 0;
    for (const roundId of roundIds) {
      for (const departmentId of departments) {
        stored += (await store.readStream(departmentFeedbackStreamId(roundId, departmentId))).filter((e) => e.type === 'CommentSubmitted').length;
      }
    }
    // The comments read model, caught up with the log, must hold every acknowledged comment too.
    const readModels = await ReadModels.start({ database: db, store, projections: [commentsProjection] });
    let projected = 0;
    try {
      await readModels.caughtUp();
      const comments = new CommentQueries(readModels.dataSource);
      for (const roundId of roundIds) projected += (await comments.commentsOfRound(roundId)).length;
    } finally {
      await readModels.stop();
    }
    const lost = submitted - Math.min(stored, projected);
    const total = departments.length * perDepartment;
    return {
      suite: 'consultation',
      quick,
      db: db.kind,
      workload: `50 departments × ${perDepartment} comments = ${total} comments a round, departments in parallel, ${rounds} rounds + warm-up`,
      rows: [
        { name: 'comments submitted', value: result.ours, unit: 'comments/s', note: `raw INSERT ${Math.round(result.baseline)}/s` },
        { name: 'comments lost', value: lost, unit: 'comments', note: `of ${submitted} acknowledged: ${stored} in the store, ${projected} in the read model` },
      ],
      metrics: {
        comments_per_s: result.ours, raw_insert_per_s: result.baseline, lost_comments: lost, acknowledged_comments: submitted,
        stored_comments: stored, projected_comments: projected,
      },
      ratios: { comments_vs_raw_insert: result.ours / result.baseline },
    };
  } finally {
    await store.close();
    await db.close();
  }
};

async function openRound(plans: PlanCommandsService, consultation: ConsultationService, departments: string[]) {
  const planId = `bench-${randomUUID().slice(0, 8)}`;
  const meta = { planId, actor: 'bench', at: new Date().toISOString() };
  const { document, normalizations } = parseDocument(SEED);
  await plans.execute({ type: 'CreatePlan', data: { ...meta, title: '质量强区建设实施方案' } }, randomUUID());
  await plans.execute({ type: 'ImportPlanText', data: { ...meta, expectedRevision: 1, document, normalizations, sourceLabel: 'seed' } }, randomUUID());
  const { revision } = await plans.execute({ type: 'StartConsultation', data: { ...meta, expectedRevision: 2 } }, randomUUID());
  const roundId = consultation.roundId(planId, 1);
  await consultation.decideOnRound(
    {
      type: 'OpenRound',
      data: {
        roundId, planId, roundNumber: 1, consultationRevision: revision, documentType: 'normativeDocument',
        invitedDepartmentIds: departments, deadline: '2099-12-31', now: new Date().toISOString(),
        actor: { userId: 'bench-drafter', departmentId: null, roles: ['drafter'] },
      },
    },
    randomUUID(),
  );
  return { roundId };
}

function reviewer(departmentId: string): ConsultationActor {
  return { userId: `reviewer-${departmentId}`, departmentId, roles: [] };
}

async function inParallel(departments: string[], work: (departmentId: string) => Promise<void>): Promise<void> {
  await Promise.all(departments.map(work));
}
