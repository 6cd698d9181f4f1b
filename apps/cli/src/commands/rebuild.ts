/**
 * `npm run -s cli -- rebuild <projection|all> [--batch-size N]`: rebuild read models from the whole
 * event log into fresh tables, then swap them in (see rebuildProjection): readers and a running
 * API keep working throughout. Uses DATABASE_URL, else the embedded PGlite in DATA_DIR (default
 * ./data; PGlite admits one process, so stop the API first there).
 * Exits 0 when rebuilt, 1 when a rebuild failed, 2 on bad arguments.
 */
import { openDatabase, PostgresEventStore, positionToString, type Position } from '@planledger/event-store';
import {
  ALL_PROJECTIONS,
  createProjectionDataSource,
  migrateReadModels,
  projectionNamed,
  rebuildProjection,
  type Projection,
} from '@planledger/projections';

const NAMES = ALL_PROJECTIONS.map((projection) => projection.name);
const USAGE = `usage: npm run -s cli -- rebuild <${[...NAMES, 'all'].join('|')}> [--batch-size N]\n`;

interface RebuildArguments {
  projections: Projection[];
  batchSize?: number;
}

export function parseRebuildArguments(args: readonly string[]): RebuildArguments | undefined {
  const rest = [...args];
  let batchSize: number | undefined;
  const flag = rest.indexOf('--batch-size');
  if (flag >= 0) {
    const value = Number(rest[flag + 1]);
    if (!Number.isSafeInteger(value) || value <= 0) return undefined;
    batchSize = value;
    rest.splice(flag, 2);
  }
  if (rest.length !== 1 || rest[0].startsWith('--')) return undefined;
  if (rest[0] === 'all') return { projections: [...ALL_PROJECTIONS], batchSize };
  const projection = projectionNamed(rest[0]);
  return projection ? { projections: [projection], batchSize } : undefined;
}

function describePosition(position: Position | undefined): string {
  return position === undefined ? 'the start of the log (it is empty)' : positionToString(position);
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseRebuildArguments(args);
  if (!parsed) {
    process.stderr.write(USAGE);
    return 2;
  }
  const url = process.env.DATABASE_URL || undefined;
  const database = await openDatabase(url ? { url } : { dataDir: process.env.DATA_DIR || './data' });
  try {
    const store = await PostgresEventStore.open(database);
    await migrateReadModels(database, ALL_PROJECTIONS);
    const dataSource = await createProjectionDataSource(database).initialize();
    try {
      for (const projection of parsed.projections) {
        const report = await rebuildProjection({ database, dataSource, store, projection, batchSize: parsed.batchSize });
        process.stdout.write(`rebuilt ${report.projection} from ${report.eventsRead} events; it continues after ${describePosition(report.position)}\n`);
      }
      return 0;
    } catch (error) {
      process.stderr.write(`rebuild: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      await dataSource.destroy();
      await store.close();
    }
  } finally {
    await database.close();
  }
}
