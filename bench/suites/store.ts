/**
 * The event store against the same rows written and read raw. Appends go through the whole port
 * (validation, one round trip: stream head, expected-revision check, idempotency, hash chain,
 * notify; concurrent appends grouped); the baseline INSERTs rows of the same shape into a plain
 * table with the same columns and a primary key, as a named prepared statement like ours.
 * A second, reference baseline inserts into a table with the events table's own indexes, to show
 * how much of the gap is index maintenance (ratios *_vs_indexed_raw; not the target ratios).
 * Reads compare readAll pages (mapped to StoredEvent) with keyset SELECT pages of the same size.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { comparePositions, NewEvent, openDatabase, PostgresEventStore, Position, StoredEvent } from '@planledger/event-store';
import { alternate, Suite, SuiteResult, throughput } from '../harness';

const BATCH = 10;
const READ_PAGE = 1000;

export const run: Suite = async ({ quick }) => {
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { url, poolSize: 20 } : { dataDir: 'memory://' });
  const store = await PostgresEventStore.open(db);
  const raw = await RawEventTable.create(db.pool, 'plain');
  const indexed = await RawEventTable.create(db.pool, 'events-indexes');
  try {
    // Many short rounds rather than a few long ones: on a shared machine the load drifts, and
    // finely alternated rounds let both sides see the same drift.
    const size = quick
      ? { ops: { 1: 200, 4: 400, 16: 800 }, batches: 40, read: 4000, rounds: 7, warmup: 3000 }
      : { ops: { 1: 500, 4: 1000, 16: 2000 }, batches: 100, read: 20000, rounds: 15, warmup: 6000 };
    // Warm every path first: V8 optimises after thousands of calls, and PostgreSQL plans a
    // prepared statement anew on each pooled connection for its first executions. Measured
    // cold, a path runs at half speed; at 16 writers every pooled connection gets warmed.
    for (const operation of [appendOne.bind(null, store), raw.insertOne.bind(raw), indexed.insertOne.bind(indexed)]) {
      await inParallel(16, size.warmup, operation);
      await inParallel(1, size.warmup / 4, operation);
    }
    for (const operation of [appendBatch.bind(null, store), raw.insertBatch.bind(raw), indexed.insertBatch.bind(indexed)]) {
      await inParallel(4, size.warmup / 10, operation);
    }
    const firstPosition = (await store.append(`bench-${randomUUID()}`, 'no-stream', [sampleEvent(0)])).position;
    const rows: SuiteResult['rows'] = [];
    const metrics: Record<string, number> = {};
    const ratios: Record<string, number> = {};

    for (const concurrency of [1, 4, 16] as const) {
      const count = size.ops[concurrency];
      const result = await alternate(
        () => throughput(count, () => inParallel(concurrency, count, (stream) => appendOne(store, stream))),
        () => throughput(count, () => inParallel(concurrency, count, (stream) => raw.insertOne(stream))),
        { rounds: size.rounds },
      );
      rows.push({ name: `append c${concurrency}`, value: result.ours, unit: 'events/s', note: `raw INSERT ${Math.round(result.baseline)}/s` });
      metrics[`append_c${concurrency}_per_s`] = result.ours;
      metrics[`raw_insert_c${concurrency}_per_s`] = result.baseline;
      ratios[`append_c${concurrency}_vs_raw`] = result.ours / result.baseline;
    }

    const indexedSingle = await alternate(
      () => throughput(size.ops[1], () => inParallel(1, size.ops[1], (stream) => appendOne(store, stream))),
      () => throughput(size.ops[1], () => inParallel(1, size.ops[1], (stream) => indexed.insertOne(stream))),
      { rounds: size.rounds },
    );
    rows.push({ name: 'append c1 (reference)', value: indexedSingle.ours, unit: 'events/s', note: `INSERT with our indexes ${Math.round(indexedSingle.baseline)}/s` });
    metrics.raw_indexed_insert_c1_per_s = indexedSingle.baseline;
    ratios.append_c1_vs_indexed_raw = indexedSingle.ours / indexedSingle.baseline;

    const batched = await alternate(
      () => throughput(size.batches * BATCH, () => inParallel(1, size.batches, (stream) => appendBatch(store, stream))),
      () => throughput(size.batches * BATCH, () => inParallel(1, size.batches, (stream) => raw.insertBatch(stream))),
      { rounds: size.rounds },
    );
    rows.push({ name: `append batch${BATCH} c1`, value: batched.ours, unit: 'events/s', note: `raw ${BATCH}-row INSERT ${Math.round(batched.baseline)}/s` });
    metrics.append_batch10_events_per_s = batched.ours;
    metrics.raw_insert_batch10_rows_per_s = batched.baseline;
    ratios.append_batch10_vs_raw = batched.ours / batched.baseline;

    const indexedBatched = await alternate(
      () => throughput(size.batches * BATCH, () => inParallel(1, size.batches, (stream) => appendBatch(store, stream))),
      () => throughput(size.batches * BATCH, () => inParallel(1, size.batches, (stream) => indexed.insertBatch(stream))),
      { rounds: size.rounds },
    );
    rows.push({ name: `append batch${BATCH} (reference)`, value: indexedBatched.ours, unit: 'events/s', note: `${BATCH}-row INSERT with our indexes ${Math.round(indexedBatched.baseline)}/s` });
    metrics.raw_indexed_insert_batch10_rows_per_s = indexedBatched.baseline;
    ratios.append_batch10_vs_indexed_raw = indexedBatched.ours / indexedBatched.baseline;

    checkReadBack(await readAllFrom(store, firstPosition, size.read), size.read);
    const reads = await alternate(
      () => throughput(size.read, async () => void (await readAllFrom(store, firstPosition, size.read))),
      () => throughput(size.read, () => raw.selectAll(size.read)),
      { rounds: size.rounds },
    );
    rows.push({ name: 'read all', value: reads.ours, unit: 'events/s', note: `raw SELECT ${Math.round(reads.baseline)}/s` });
    metrics.read_all_per_s = reads.ours;
    metrics.raw_select_per_s = reads.baseline;
    ratios.read_all_vs_raw = reads.ours / reads.baseline;

    const workload =
      `single-event appends at concurrency 1/4/16 (${size.ops[1]}/${size.ops[4]}/${size.ops[16]} per round, one stream per worker), ` +
      `${size.batches} appends of ${BATCH} events, read-all of ${size.read} events in pages of ${READ_PAGE}; ` +
      `~${Buffer.byteLength(JSON.stringify(sampleEvent(0).data))} B data per event; ${size.rounds} rounds, medians`;
    return { suite: 'store', quick, db: db.kind, workload, rows, metrics, ratios };
  } finally {
    await raw.drop();
    await indexed.drop();
    await store.close();
    await db.close();
  }
};

/** A worker's own stream and the revision it expects next, so appends never conflict. */
interface WorkerStream {
  id: string;
  revision: number;
}

async function inParallel(concurrency: number, count: number, operation: (stream: WorkerStream) => Promise<void>): Promise<void> {
  let started = 0;
  const worker = async () => {
    const stream: WorkerStream = { id: `bench-${randomUUID()}`, revision: -1 };
    while (started < count) {
      started++;
      await operation(stream);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function appendOne(store: PostgresEventStore, stream: WorkerStream): Promise<void> {
  const result = await store.append(stream.id, stream.revision < 0 ? 'no-stream' : stream.revision, [sampleEvent(stream.revision + 1)]);
  stream.revision = result.streamRevision;
}

async function appendBatch(store: PostgresEventStore, stream: WorkerStream): Promise<void> {
  const events = Array.from({ length: BATCH }, (_, i) => sampleEvent(stream.revision + 1 + i));
  const result = await store.append(stream.id, stream.revision < 0 ? 'no-stream' : stream.revision, events);
  stream.revision = result.streamRevision;
}

async function readAllFrom(store: PostgresEventStore, from: Position, count: number): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let position = from;
  while (events.length < count) {
    const page = await store.readAll({ from: position, maxCount: Math.min(READ_PAGE, count - events.length) });
    if (page.length === 0) break;
    events.push(...page);
    position = page[page.length - 1].position;
  }
  return events;
}

/** A fast wrong answer must not win: the events read back are the right number, in order, per stream gap-free. */
function checkReadBack(events: StoredEvent[], expected: number): void {
  if (events.length !== expected) throw new Error(`read back ${events.length} events, expected ${expected}`);
  const nextRevision = new Map<string, number>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (i > 0 && comparePositions(events[i - 1].position, event.position) >= 0) throw new Error(`positions out of order at ${i}`);
    const next = nextRevision.get(event.streamId) ?? event.streamRevision;
    if (event.streamRevision !== next) throw new Error(`stream ${event.streamId} skips from ${next} to ${event.streamRevision}`);
    if ((event.data as { revision?: number }).revision !== event.streamRevision) throw new Error(`event ${event.id} has the wrong data`);
    nextRevision.set(event.streamId, next + 1);
  }
}

function sampleEvent(revision: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'ClauseTextEdited',
    data: {
      planId: 'plan-2023-52',
      clauseId: 'c-1f3a9b',
      revision,
      text: '（一）增强产业基础质量支撑。实施产业基础再造工程，推动关键基础材料、核心基础零部件质量提升。',
      anchors: [{ commentId: 'k-77', from: 3, to: 9 }],
    },
    metadata: { actor: 'drafter-7', correlationId: 'req-41c2', at: '2023-12-25T09:30:00Z' },
  };
}

/**
 * The baseline: the same columns filled by plain INSERTs, in a plain table with a primary key,
 * or (the reference) in a copy of the events table with all its constraints and indexes.
 */
class RawEventTable {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {}

  static async create(pool: Pool, shape: 'plain' | 'events-indexes'): Promise<RawEventTable> {
    const table = `bench_raw_events_${randomUUID().slice(0, 8)}`;
    await pool.query(
      shape === 'plain'
        ? `CREATE TABLE ${table} (
             global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
             transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
             stream_id text NOT NULL, stream_revision bigint NOT NULL, event_id uuid NOT NULL, event_type text NOT NULL,
             data jsonb NOT NULL, metadata jsonb NOT NULL, created_at timestamptz NOT NULL, hash bytea NOT NULL)`
        : `CREATE TABLE ${table} (LIKE event_store.events INCLUDING ALL)`,
    );
    return new RawEventTable(pool, table);
  }

  async insertOne(stream: WorkerStream): Promise<void> {
    stream.revision++;
    await this.pool.query({
      name: `${this.table}_insert_one`,
      text: `INSERT INTO ${this.table} (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
             VALUES ($1, $2, $3, $4, $5, $6, now(), $7)`,
      values: rowValues(stream.id, stream.revision),
    });
  }

  async insertBatch(stream: WorkerStream): Promise<void> {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = 0; i < BATCH; i++) {
      stream.revision++;
      const n = i * 7;
      tuples.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, now(), $${n + 7})`);
      values.push(...rowValues(stream.id, stream.revision));
    }
    await this.pool.query({
      name: `${this.table}_insert_batch`,
      text: `INSERT INTO ${this.table} (stream_id, stream_revision, event_id, event_type, data, metadata, created_at, hash)
             VALUES ${tuples.join(', ')}`,
      values,
    });
  }

  async selectAll(count: number): Promise<void> {
    let after = 0;
    let read = 0;
    while (read < count) {
      const { rows } = await this.pool.query<{ global_position: string }>({
        name: `${this.table}_select_page`,
        text: `SELECT global_position, transaction_id, stream_id, stream_revision, event_id, event_type, data, metadata, created_at
                 FROM ${this.table} WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
        values: [after, Math.min(READ_PAGE, count - read)],
      });
      if (rows.length === 0) throw new Error(`raw table holds only ${read} rows, ${count} needed`);
      read += rows.length;
      after = Number(rows[rows.length - 1].global_position);
    }
  }

  async drop(): Promise<void> {
    await this.pool.query(`DROP TABLE IF EXISTS ${this.table}`);
  }
}

function rowValues(streamId: string, revision: number): unknown[] {
  const event = sampleEvent(revision);
  return [streamId, revision, event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), randomBytes(32)];
}
