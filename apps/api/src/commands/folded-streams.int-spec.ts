import { PostgresEventStore, type Database, type NewEvent, type ReadStreamOptions } from '@planledger/event-store';
import { testDatabases, uniqueId } from '@planledger/testing';
import { FoldedStreams, type StreamFolder } from './folded-streams';
import { StreamChanges } from './stream-changes';

/** State: the types of the events folded so far, in order. */
const TYPES: StreamFolder<{ type: string; data: unknown }, string[]> = {
  stateSchemaVersion: 1,
  initialState: () => [],
  evolve: (state, event) => [...state, event.type],
  upcast: (stored) => ({ type: stored.type, data: stored.data }),
};

const event = (type: string): NewEvent => ({ id: crypto.randomUUID(), type, data: {} });

describe.each(testDatabases())('folded streams served from memory while unchanged ($name)', (target) => {
  let database: Database;
  let store: PostgresEventStore;
  let reads: string[];

  beforeAll(async () => {
    database = await target.open();
    store = await PostgresEventStore.open(database);
    const readStream = store.readStream.bind(store);
    store.readStream = (streamId: string, options?: ReadStreamOptions) => {
      reads.push(streamId);
      return readStream(streamId, options);
    };
  });
  beforeEach(() => {
    reads = [];
  });
  afterAll(async () => {
    await store.close();
    await database.close();
  });

  function following(): StreamChanges {
    const changes = new StreamChanges();
    changes.caughtUp();
    return changes;
  }

  async function streamWith(...types: string[]): Promise<string> {
    const streamId = uniqueId('folded');
    await store.append(streamId, 'no-stream', types.map(event));
    return streamId;
  }

  it('reads the tail on every load when changes are not followed', async () => {
    const streamId = await streamWith('A');
    const streams = new FoldedStreams(store, TYPES, { changes: new StreamChanges() });

    await streams.load(streamId);
    const again = await streams.load(streamId);

    expect(again).toMatchObject({ state: ['A'], revision: 1 });
    expect(reads).toEqual([streamId, streamId]);
  });

  it('serves an unchanged stream from memory once changes are followed', async () => {
    const streamId = await streamWith('A', 'B');
    const streams = new FoldedStreams(store, TYPES, { changes: following() });

    await streams.load(streamId);
    const again = await streams.load(streamId);

    expect(again).toEqual({ state: ['A', 'B'], revision: 2, eventsSince: [] });
    expect(reads).toEqual([streamId]);
  });

  it('reads again after another cache of this process announced an append', async () => {
    const changes = following();
    const streamId = await streamWith('A');
    const streams = new FoldedStreams(store, TYPES, { changes });
    await streams.load(streamId);

    await store.append(streamId, 0, [event('B')]);
    changes.appended(streamId, 1);

    expect((await streams.load(streamId)).state).toEqual(['A', 'B']);
    expect((await streams.load(streamId)).state).toEqual(['A', 'B']);
    expect(reads).toEqual([streamId, streamId]);
  });

  it('reads again once the feed delivers an append made by another process', async () => {
    const changes = following();
    const streamId = await streamWith('A');
    const streams = new FoldedStreams(store, TYPES, { changes });
    await streams.load(streamId);

    await store.append(streamId, 0, [event('B')]);
    // Until the feed delivers it, an append from elsewhere is not known here (the documented lag).
    expect((await streams.load(streamId)).state).toEqual(['A']);
    changes.delivered(await store.readStream(streamId, { fromRevision: 1 }));

    expect((await streams.load(streamId)).state).toEqual(['A', 'B']);
  });

  it('does not lose a change announced while the stream was being read', async () => {
    const changes = following();
    const streamId = await streamWith('A');
    const streams = new FoldedStreams(store, TYPES, { changes });
    const readStream = store.readStream;
    // The append commits and is announced after the read has taken its snapshot.
    store.readStream = async (id, options) => {
      const events = await readStream(id, options);
      await store.append(streamId, 0, [event('B')]);
      changes.appended(streamId, 1);
      store.readStream = readStream;
      return events;
    };

    expect((await streams.load(streamId)).state).toEqual(['A']);
    expect((await streams.load(streamId)).state).toEqual(['A', 'B']);
  });

  it('reads when the caller saw another revision, to hand it the events since', async () => {
    const streamId = await streamWith('A', 'B', 'C');
    const streams = new FoldedStreams(store, TYPES, { changes: following() });
    await streams.load(streamId);

    const since = await streams.load(streamId, 1);

    expect(since.eventsSince.map((e) => e.type)).toEqual(['B', 'C']);
    expect((await streams.load(streamId, 3)).eventsSince).toEqual([]);
    expect(reads).toEqual([streamId, streamId]);
  });

  it('reads on every load again once the feed stops', async () => {
    const changes = following();
    const streamId = await streamWith('A');
    const streams = new FoldedStreams(store, TYPES, { changes });
    await streams.load(streamId);

    changes.stoppedFollowing();
    await streams.load(streamId);

    expect(reads).toEqual([streamId, streamId]);
  });
});
