import { Pool } from 'pg';
import { Tampering } from '../../contract/subject';

/** Edits made with plain SQL, bypassing the store: what verify must catch. */
export class SqlTampering implements Tampering {
  constructor(private readonly pool: Pool) {}

  async setEventData(streamId: string, revision: number, data: unknown): Promise<void> {
    await this.updateEvent('data = $3::jsonb', streamId, revision, JSON.stringify(data));
  }

  async setEventType(streamId: string, revision: number, type: string): Promise<void> {
    await this.updateEvent('event_type = $3', streamId, revision, type);
  }

  async deleteEvent(streamId: string, revision: number): Promise<void> {
    await this.pool.query('DELETE FROM event_store.events WHERE stream_id = $1 AND stream_revision = $2', [streamId, revision]);
  }

  async swapRevisions(streamId: string, a: number, b: number): Promise<void> {
    // Through a spare revision: the (stream_id, stream_revision) key is checked row by row.
    const spare = -1 - a;
    const move = 'UPDATE event_store.events SET stream_revision = $3 WHERE stream_id = $1 AND stream_revision = $2';
    await this.pool.query(move, [streamId, a, spare]);
    await this.pool.query(move, [streamId, b, a]);
    await this.pool.query(move, [streamId, spare, b]);
  }

  async setRecordedHeadHash(streamId: string, hash: Buffer): Promise<void> {
    await this.pool.query('UPDATE event_store.streams SET head_hash = $2 WHERE stream_id = $1', [streamId, hash]);
  }

  async deleteStreamRecord(streamId: string): Promise<void> {
    await this.pool.query('DELETE FROM event_store.streams WHERE stream_id = $1', [streamId]);
  }

  private async updateEvent(assignment: string, streamId: string, revision: number, value: unknown): Promise<void> {
    const { rowCount } = await this.pool.query(
      `UPDATE event_store.events SET ${assignment} WHERE stream_id = $1 AND stream_revision = $2`,
      [streamId, revision, value],
    );
    if (rowCount !== 1) throw new Error(`no event ${streamId}@${revision} to tamper with`);
  }
}
