import type { Database } from '@planledger/event-store';
import { testDatabases } from '@planledger/testing';
import type { PoolClient } from 'pg';
import type { SqlExecutor } from '../runner/projection';
import { insertColumns, type ColumnSpec, type ColumnValues } from './row-writes';

// Opening databases outlasts jest's default 5 s on a busy machine.
jest.setTimeout(60_000);

const COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', type: 'integer' },
  { name: 'note', type: 'text' },
  { name: 'at', type: 'timestamptz' },
  { name: 'event_id', type: 'uuid' },
];

describe.each(testDatabases())('insertColumns on $name', (target) => {
  let database: Database;
  let client: PoolClient;
  let sql: SqlExecutor;

  beforeAll(async () => {
    database = await target.open();
    client = await database.pool.connect();
    sql = async (text, parameters) => (await client.query(text, parameters)).rows;
  });
  afterAll(async () => {
    client.release();
    await database.close();
  });
  beforeEach(() => sql('CREATE TEMP TABLE written (id integer, note text, at timestamptz, event_id uuid)'));
  afterEach(() => sql('DROP TABLE written'));

  const written = () => sql(`SELECT id, note, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS at, event_id FROM written ORDER BY id`);
  const insert = (rows: Array<[number, string | null, string, string]>) =>
    insertColumns(sql, 'written', COLUMNS, COLUMNS.map((_, column) => rows.map((row) => row[column])) as ColumnValues[]);

  it('writes every row as given: text, empty text, nulls, numbers, instants with offsets, uuids', async () => {
    await insert([
      [1, '二、（一）1.: 95% → 98%', '2024-03-20T09:00:00+08:00', '00000000-0000-4000-8000-000000000001'],
      [2, '', '2024-03-20T01:00:00.123456Z', '00000000-0000-4000-8000-000000000002'],
      [3, null, '2024-03-20T01:00:00Z', '00000000-0000-4000-8000-000000000003'],
      [4, 'a,b "c" {d} \\e NULL', '2024-03-20T01:00:00Z', '00000000-0000-4000-8000-000000000004'],
    ]);
    expect(await written()).toEqual([
      { id: 1, note: '二、（一）1.: 95% → 98%', at: '2024-03-20T01:00:00.000000', event_id: '00000000-0000-4000-8000-000000000001' },
      { id: 2, note: '', at: '2024-03-20T01:00:00.123456', event_id: '00000000-0000-4000-8000-000000000002' },
      { id: 3, note: null, at: '2024-03-20T01:00:00.000000', event_id: '00000000-0000-4000-8000-000000000003' },
      { id: 4, note: 'a,b "c" {d} \\e NULL', at: '2024-03-20T01:00:00.000000', event_id: '00000000-0000-4000-8000-000000000004' },
    ]);
  });

  it('keeps values holding the characters that join a column apart', async () => {
    const notes = ['x\u0001y', '\u0002', 'plain'];
    await insert(notes.map((note, index) => [index, note, '2024-03-20T01:00:00Z', `00000000-0000-4000-8000-00000000000${index}`]));
    expect((await written()).map(({ note }) => note)).toEqual(notes);
  });

  it('writes a lone row of empty text as one row', async () => {
    await insert([[1, '', '2024-03-20T01:00:00Z', '00000000-0000-4000-8000-000000000001']]);
    expect((await written()).map(({ note }) => note)).toEqual(['']);
  });

  it('sends nothing for no rows', async () => {
    const statements: string[] = [];
    await insertColumns((text) => (statements.push(text), Promise.resolve([])), 'written', COLUMNS, COLUMNS.map(() => []));
    expect(statements).toEqual([]);
  });
});
