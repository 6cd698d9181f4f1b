/**
 * projections: rebuilding each read model from the whole log, against reading the same log raw.
 *
 * Ours: `rebuildProjection` — read the log in pages of 1000 through `store.readAll`, apply each
 * page in one transaction (rows and checkpoint) into fresh tables, catch up, swap them in.
 * Baseline: the read half alone — `store.readAll` paging over the same whole log with the same
 * page size (rows mapped to StoredEvent, nothing written). The ratio is ours / baseline in
 * events per second: 1.0 would mean projecting costs nothing on top of reading.
 *
 * Workload: plans imported from the two seeds (44 and 56 nodes), random edits of each (75% text
 * edits, unit changes, inserts that renumber, moves, deletes), a tag and a consultation round per
 * plan with comments, replies and dispositions. Checked once before timing: live runners project
 * the log; each rebuild must reproduce their rows exactly, and plan_nodes must equal the domain's
 * own fold of every plan.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type PlanDocument } from '@planledger/documents';
import { openDatabase, PostgresEventStore, type Position, type StoredEvent } from '@planledger/event-store';
import {
  ALL_PROJECTIONS,
  createProjectionDataSource,
  planNodesProjection,
  ReadModels,
  rebuildProjection,
  type SqlExecutor,
} from '@planledger/projections';
import { planNodeRows } from '../../libs/projections/src/plan-nodes/plan-nodes-projection';
import { canonicalJson } from '../../libs/projections/src/support/canonical-json';
import { randomEdit, seededPick, type Pick } from '../../libs/projections/src/testing/edit-workload';
import { PlanAuthor } from '../../libs/projections/src/testing/plan-author';
import { projectionRows } from '../../libs/projections/src/testing/projection-rows';
import { drafter, educationClerk, RoundAuthor, transportClerk } from '../../libs/projections/src/testing/round-author';
import { alternate, Suite, SuiteResult, throughput } from '../harness';

const PAGE = 1000;
const SEEDS = ['000_742c0bb3951157b4.txt', '001_7914db94b213197e.txt'];

export const run: Suite = async ({ quick }) => {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase(url ? { url, poolSize: 20 } : { dataDir: 'memory://' });
  const store = await PostgresEventStore.open(database);
  const size = quick ? { plans: 6, edits: 300, rounds: 3 } : { plans: 24, edits: 800, rounds: 5 };
  try {
    const written = await writeWorkload(store, size.plans, size.edits);
    const logSize = (await readWholeLog(store)).length;
    await checkRebuildsOnce(database, store, written);

    const dataSource = await createProjectionDataSource(database).initialize();
    const rows: SuiteResult['rows'] = [];
    const metrics: Record<string, number> = {};
    const ratios: Record<string, number> = {};
    try {
      for (const projection of ALL_PROJECTIONS) {
        const result = await alternate(
          () => throughput(logSize, async () => void (await rebuildProjection({ database, dataSource, store, projection }))),
          () => throughput(logSize, async () => void (await readWholeLog(store))),
          { rounds: size.rounds },
        );
        rows.push({ name: `rebuild ${projection.name}`, value: result.ours, unit: 'events/s', note: `readAll ${Math.round(result.baseline)}/s` });
        metrics[`rebuild_${projection.name}_per_s`] = result.ours;
        metrics[`read_all_for_${projection.name}_per_s`] = result.baseline;
        ratios[`rebuild_${projection.name}_vs_read_all`] = result.ours / result.baseline;
      }
    } finally {
      await dataSource.destroy();
    }
    metrics.log_events = logSize;
    const workload =
      `${size.plans} plans from the seeds, ${size.edits} random edits each, a tag and a consultation round with comments per plan: ` +
      `${written.events} events written, ${logSize} in the whole log; pages of ${PAGE}; baseline store.readAll paging of the same log; ` +
      `${size.rounds} rounds, medians`;
    return { suite: 'projections', quick, db: database.kind, workload, rows, metrics, ratios };
  } finally {
    await store.close();
    await database.close();
  }
};

interface WrittenWorkload {
  authors: PlanAuthor[];
  roundIds: string[];
  events: number;
  last: Position;
}

async function writeWorkload(store: PostgresEventStore, plans: number, edits: number): Promise<WrittenWorkload> {
  const seeds = SEEDS.map((file) => parseDocument(readFileSync(join(__dirname, '../../seeds', file), 'utf8')).document);
  const run = `${Date.now().toString(36)}`;
  const written = await Promise.all(
    Array.from({ length: plans }, (_, index) => writePlan(store, `bench-${run}-${index}`, seeds[index % seeds.length], edits, seededPick(20231225 + index))),
  );
  const positions = written.map(({ author, round }) => [author.position, round.position]).flat();
  return {
    authors: written.map(({ author }) => author),
    roundIds: written.map(({ round }) => round.roundId),
    events: written.reduce((sum, { events }) => sum + events, 0),
    last: positions.reduce((latest, position) => (position.major > latest.major || (position.major === latest.major && position.minor > latest.minor) ? position : latest)),
  };
}

async function writePlan(store: PostgresEventStore, planId: string, seed: PlanDocument, edits: number, pick: Pick) {
  const author = await PlanAuthor.create(store, planId, seed.metadata.title ?? '实施方案');
  await author.importText(seed, 'seed.txt');
  for (let serial = 0; serial < edits; serial++) await randomEdit(author, pick, serial);
  await author.run('TagVersion', { name: '专家论证稿' });
  await author.run('StartConsultation', {});
  const round = await RoundAuthor.open(store, {
    roundId: `${planId}-r1`,
    planId,
    roundNumber: 1,
    consultationRevision: author.revision,
    invitedDepartmentIds: ['区教委', '区交通局', '区科技局'],
  });
  const nodeIds = Object.keys(author.current.nodes);
  for (let comment = 0; comment < 6; comment++) {
    const nodeId = nodeIds[pick(nodeIds.length)];
    const text = author.current.nodes[nodeId].text;
    const anchor = { nodeId, range: null, quotedText: null, consultationNodeText: text };
    await round.on('SubmitComment', { departmentId: '区教委', commentId: `c${comment}`, ...anchor, text: '建议进一步细化。', actor: educationClerk });
    await round.on('ReplyToComment', { departmentId: '区教委', commentId: `c${comment}`, replyId: `r${comment}`, text: '已研究。', actor: drafter });
  }
  await round.on('AnswerNoObjection', { departmentId: '区交通局', actor: transportClerk });
  await round.close(['区教委', '区交通局']);
  for (let comment = 0; comment < 6; comment++) {
    const adopted = comment % 2 === 0;
    await round.on('RecordDisposition', {
      departmentId: '区教委',
      commentId: `c${comment}`,
      ...(adopted ? { disposition: 'adopted', implementedBy: [{ revision: author.revision }] } : { disposition: 'notAdopted', reason: '与上位规划不一致' }),
      actor: drafter,
      now: '2024-03-14T02:00:00.000Z',
    });
  }
  await author.run('StartRevision', {});
  return { author, round, events: author.revision + 1 + 6 * 2 + 1 + 2 + 6 };
}

async function readWholeLog(store: PostgresEventStore): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let from: Position | undefined;
  for (;;) {
    const page = await store.readAll({ from, maxCount: PAGE });
    events.push(...page);
    if (page.length < PAGE) return events;
    from = page[page.length - 1].position;
  }
}

/** A fast wrong answer must not win: every rebuild reproduces what the live runners projected. */
async function checkRebuildsOnce(database: Awaited<ReturnType<typeof openDatabase>>, store: PostgresEventStore, written: WrittenWorkload): Promise<void> {
  const readModels = await ReadModels.start({ database, store });
  const planIds = written.authors.map((author) => author.planId);
  let live: Record<string, Record<string, string[]>>;
  try {
    await readModels.waitFor(written.last);
    const sql: SqlExecutor = (text, parameters) => readModels.dataSource.query(text, parameters);
    live = {};
    for (const projection of ALL_PROJECTIONS) live[projection.name] = await projectionRows(sql, projection, planIds, written.roundIds);
    for (const author of written.authors) {
      const expected = planNodeRows(author.planId, author.current).map(canonicalJson).sort();
      const stored = live[planNodesProjection.name].plan_nodes.filter((row) => JSON.parse(row).plan_id === author.planId);
      if (canonicalJson(stored) !== canonicalJson(expected)) throw new Error(`plan_nodes of ${author.planId} differ from the domain's fold`);
    }
    if (live.plan_history.plan_history.length !== written.authors.reduce((sum, author) => sum + author.revision, 0)) {
      throw new Error('plan_history does not hold one row per plan event');
    }
  } finally {
    await readModels.stop();
  }
  const dataSource = await createProjectionDataSource(database).initialize();
  try {
    const sql: SqlExecutor = (text, parameters) => dataSource.query(text, parameters);
    for (const projection of ALL_PROJECTIONS) {
      await rebuildProjection({ database, dataSource, store, projection });
      const rebuilt = await projectionRows(sql, projection, planIds, written.roundIds);
      if (canonicalJson(rebuilt) !== canonicalJson(live[projection.name])) throw new Error(`the rebuilt ${projection.name} differs from the live one`);
    }
  } finally {
    await dataSource.destroy();
  }
}
