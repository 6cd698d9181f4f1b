import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@planledger/event-store';
import { eventually, testDatabases, uniqueId } from '@planledger/testing';
import { migrateReadModels } from '../schema/migrate-read-models';
import { qualified, READ_SCHEMA } from '../schema/read-schema';
import { openTestbed, type ProjectionTestbed } from '../testing/projection-testbed';
import { recordedRows, recordingProjection } from '../testing/recording-projection';
import { CheckpointedBatches } from './checkpointed-batches';
import { ProjectionFailedError, ProjectionStoppedError } from './errors';
import type { Projection, SqlExecutor } from './projection';
import { ProjectionRunner } from './projection-runner';

// Opening databases and waiting for projections outlast jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

const event = (data: Record<string, unknown> = {}): NewEvent => ({ id: randomUUID(), type: 'Recorded', data });

describe.each(testDatabases())('projection runner on $name', (target) => {
  let testbed: ProjectionTestbed;
  let sql: SqlExecutor;

  beforeAll(async () => {
    testbed = await openTestbed(target);
    sql = (text, parameters) => testbed.dataSource.query(text, parameters);
  });
  afterAll(() => testbed.close());

  /** A recording projection of its own (own table, own checkpoint) and a stream prefix of its own. */
  async function recording(options: { failOn?: Parameters<typeof recordingProjection>[1]['failOn'] } = {}) {
    const streamPrefix = `${uniqueId('rec')}-`;
    const projection = recordingProjection(uniqueId('recorded').replace('-', '_'), { streamPrefix, ...options });
    await migrateReadModels(testbed.database, [projection]);
    const rows = () => recordedRows(sql, projection.name, streamPrefix);
    return { projection, streamPrefix, rows };
  }

  async function storedCheckpoint(projection: Projection): Promise<string | null> {
    const [row] = await sql<{ position: string | null }>(
      `SELECT position FROM ${qualified(READ_SCHEMA, 'projection_checkpoints')} WHERE projection = $1`,
      [projection.name],
    );
    return row.position;
  }

  it('applies every event once and resumes after a restart from its checkpoint, without redelivering', async () => {
    const { projection, streamPrefix, rows } = await recording();
    const first = await testbed.run(projection);
    const appended = await testbed.store.append(`${streamPrefix}a`, 'no-stream', [event(), event()]);
    await first.waitFor(appended.position);
    await first.stop();

    await testbed.store.append(`${streamPrefix}a`, 1, [event()]);
    const last = await testbed.store.append(`${streamPrefix}b`, 'no-stream', [event()]);
    const second = await testbed.run(projection);
    await second.waitFor(last.position);
    await second.caughtUp();
    expect((await rows()).map((row) => `${row.stream_id.slice(-1)}${row.stream_revision}`)).toEqual(['a0', 'a1', 'a2', 'b0']);
    expect(second.status).toBe('running');
  });

  it('skips a batch delivered again (at-least-once delivery, exactly-once effect)', async () => {
    const { projection, streamPrefix, rows } = await recording();
    const stream = `${streamPrefix}a`;
    await testbed.store.append(stream, 'no-stream', [event(), event()]);
    const batch = await testbed.store.readStream(stream);
    const batches = new CheckpointedBatches({ dataSource: testbed.dataSource, store: testbed.store, projection, schema: READ_SCHEMA, checkpointName: projection.name });
    await batches.apply(batch);
    await batches.apply(batch);
    const elsewhere = new CheckpointedBatches({ dataSource: testbed.dataSource, store: testbed.store, projection, schema: READ_SCHEMA, checkpointName: projection.name });
    await elsewhere.apply(batch);
    expect(await rows()).toHaveLength(2);
  });

  it('rolls back rows and checkpoint together when the projector throws mid-batch, and stops with the error', async () => {
    let refuse = true;
    const { projection, streamPrefix, rows } = await recording({ failOn: (stored) => refuse && (stored.data as { poison?: boolean }).poison === true });
    const runner = await testbed.run(projection);
    const before = await testbed.store.append(`${streamPrefix}a`, 'no-stream', [event()]);
    await runner.waitFor(before.position);
    const checkpoint = await storedCheckpoint(projection);

    const poisoned = await testbed.store.append(`${streamPrefix}a`, 0, [event(), event(), event({ poison: true }), event()]);
    await eventually(() => (runner.status === 'failed' ? true : undefined));
    expect(runner.failure).toBeInstanceOf(ProjectionFailedError);
    expect(runner.failure).toMatchObject({ code: 'PROJECTION_FAILED', projection: projection.name });
    expect((runner.failure as Error).message).toContain('refusing event');
    expect(await rows()).toHaveLength(1);
    expect(await storedCheckpoint(projection)).toBe(checkpoint);
    await expect(runner.waitFor(poisoned.position)).rejects.toBeInstanceOf(ProjectionFailedError);

    refuse = false;
    await runner.start();
    await runner.waitFor(poisoned.position);
    expect(await rows()).toHaveLength(5);
  });

  it('starts again by itself after a failure when told to, and applies what it failed on', async () => {
    let refuse = true;
    const { projection, streamPrefix, rows } = await recording({ failOn: () => refuse });
    const runner = new ProjectionRunner({ dataSource: testbed.dataSource, store: testbed.store, projection, restart: { firstDelayMs: 5, maxDelayMs: 20 } });
    await runner.start();
    const appended = await testbed.store.append(`${streamPrefix}a`, 'no-stream', [event()]);
    await eventually(() => (runner.status === 'failed' ? true : undefined));

    refuse = false;
    await eventually(async () => (runner.status === 'running' && (await rows()).length === 1 ? true : undefined));
    await runner.waitFor(appended.position);
    await runner.stop();
  });

  it('does not start again by itself when its checkpoint was moved back under it', async () => {
    const { projection, streamPrefix } = await recording();
    const runner = new ProjectionRunner({ dataSource: testbed.dataSource, store: testbed.store, projection, restart: { firstDelayMs: 1, maxDelayMs: 1 } });
    await runner.start();
    await runner.waitFor((await testbed.store.append(`${streamPrefix}a`, 'no-stream', [event()])).position);
    await sql(`UPDATE ${qualified(READ_SCHEMA, 'projection_checkpoints')} SET position = NULL WHERE projection = $1`, [projection.name]);
    const later = await testbed.store.append(`${streamPrefix}a`, 0, [event()]);
    await eventually(() => (runner.status === 'failed' ? true : undefined));
    await expect(runner.waitFor(later.position)).rejects.toMatchObject({ code: 'CHECKPOINT_MOVED_BACK' });
    expect(runner.status).toBe('failed');
  });

  it('lets two runners share one checkpoint (two processes) and still applies each event once', async () => {
    const { projection, streamPrefix, rows } = await recording();
    const [one, two] = [await testbed.run(projection), await testbed.run(projection)];
    let last = await testbed.store.append(`${streamPrefix}a`, 'no-stream', [event()]);
    for (let revision = 1; revision < 20; revision++) last = await testbed.store.append(`${streamPrefix}a`, revision - 1, [event()]);
    await Promise.all([one.waitFor(last.position), two.waitFor(last.position)]);
    expect(await rows()).toHaveLength(20);
    expect([one.status, two.status]).toEqual(['running', 'running']);
  });

  it('rejects waiting on a stopped runner, and resolves caughtUp once everything readable is applied', async () => {
    const { projection, streamPrefix, rows } = await recording();
    const runner = new ProjectionRunner({ dataSource: testbed.dataSource, store: testbed.store, projection });
    const appended = await testbed.store.append(`${streamPrefix}a`, 'no-stream', [event()]);
    await expect(runner.waitFor(appended.position)).rejects.toBeInstanceOf(ProjectionStoppedError);
    await expect(runner.caughtUp()).rejects.toMatchObject({ code: 'PROJECTION_STOPPED' });
    await runner.start();
    await runner.caughtUp();
    expect(await rows()).toHaveLength(1);
    await runner.stop();
    expect(runner.status).toBe('stopped');
  });

  it('stops rather than skip when its stored checkpoint is moved back under it', async () => {
    const { projection, streamPrefix } = await recording();
    const runner = await testbed.run(projection);
    await runner.waitFor((await testbed.store.append(`${streamPrefix}a`, 'no-stream', [event()])).position);
    await sql(`UPDATE ${qualified(READ_SCHEMA, 'projection_checkpoints')} SET position = NULL WHERE projection = $1`, [projection.name]);
    await testbed.store.append(`${streamPrefix}a`, 0, [event()]);
    await eventually(() => (runner.status === 'failed' ? true : undefined));
    expect(runner.failure).toMatchObject({ code: 'CHECKPOINT_MOVED_BACK' });
  });
});
