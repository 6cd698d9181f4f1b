import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planStreamId } from '@planledger/domain';
import { openDatabase, PostgresEventStore, type DatabaseOptions } from '@planledger/event-store';
import { ALL_PROJECTIONS, createProjectionDataSource, migrateReadModels, PlanTextQueries } from '@planledger/projections';
import { run } from './rebuild';

// Opening an on-disk PGlite three times outlasts jest's default 5 s.
jest.setTimeout(60_000);

async function quietly(args: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (out.push(String(chunk)), true));
  try {
    return { code: await run(args), stdout: out.join('') };
  } finally {
    stdout.mockRestore();
  }
}

interface Target {
  name: string;
  /** The environment the CLI reads, and how the spec opens the same database. */
  environment(): { env: Record<string, string | undefined>; options: DatabaseOptions; cleanUp(): void };
}

const targets: Target[] = [
  {
    name: 'the embedded database in DATA_DIR',
    environment() {
      const dataDir = mkdtempSync(join(tmpdir(), 'planledger-rebuild-'));
      return { env: { DATABASE_URL: undefined, DATA_DIR: dataDir }, options: { dataDir }, cleanUp: () => rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  ...(process.env.DATABASE_URL
    ? [{ name: 'PostgreSQL at DATABASE_URL', environment: () => ({ env: { DATABASE_URL: process.env.DATABASE_URL }, options: { url: process.env.DATABASE_URL }, cleanUp: () => undefined }) }]
    : []),
];

describe.each(targets)('cli rebuild on $name', (target) => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
  const { env, options, cleanUp } = target.environment();

  beforeAll(() => {
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    cleanUp();
  });

  it('builds the projection from the log written before, with no runner ever having run', async () => {
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const writer = await openDatabase(options);
    const store = await PostgresEventStore.open(writer);
    await store.append(planStreamId(planId), 'no-stream', [
      { id: randomUUID(), type: 'PlanCreated', data: { planId, title: '质量强区建设实施方案', actor: 'u-1', at: '2024-03-20T09:00:00+08:00' } },
      { id: randomUUID(), type: 'NodeInserted', data: { nodeId: 'p1', parentId: null, index: 0, kind: 'part', text: '总体要求', responsibleUnits: [], actor: 'u-1', at: '2024-03-20T09:01:00+08:00' } },
    ]);
    await store.close();
    await writer.close();

    const { code, stdout } = await quietly(['plan_nodes', '--batch-size', '100']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^rebuilt plan_nodes from \d+ events; it continues after \d{20}-\d{20}\n$/);

    const reader = await openDatabase(options);
    await migrateReadModels(reader, ALL_PROJECTIONS);
    const dataSource = await createProjectionDataSource(reader).initialize();
    try {
      expect(await new PlanTextQueries(dataSource).node(planId, 'p1')).toMatchObject({ number: '一、', text: '总体要求' });
    } finally {
      await dataSource.destroy();
      await reader.close();
    }
  });
});
