import type { StoredEvent } from '@planledger/event-store';
import type { Projection, ProjectorContext, Projector, SqlExecutor } from '../runner/projection';
import { qualified } from '../schema/read-schema';
import { insertRows, selectRows, upsertRows } from '../support/row-writes';
import { COMMENTS_MIGRATIONS } from './comments-migrations';
import { consultationEvents, type ConsultationEvent } from './consultation-events';
import { applyConsultationEvent, commentKey, type CommentValues, type ConsultationRows, type RoundValues } from './consultation-rows';

/**
 * comments: consultation rounds, every comment with its status and current disposition, and the
 * history of dispositions. Per batch: read the rows the batch touches in one query per table, apply
 * the events in memory, write each changed row once.
 */
export const commentsProjection: Projection = {
  name: 'comments',
  tables: ['rounds', 'comments', 'comment_dispositions'],
  migrations: COMMENTS_MIGRATIONS,
  createProjector: (context) => new CommentsProjector(context),
};

class CommentsProjector implements Projector {
  private readonly rounds: string;
  private readonly comments: string;
  private readonly dispositions: string;

  constructor({ schema }: ProjectorContext) {
    this.rounds = qualified(schema, 'rounds');
    this.comments = qualified(schema, 'comments');
    this.dispositions = qualified(schema, 'comment_dispositions');
  }

  async apply(batch: readonly StoredEvent[], sql: SqlExecutor): Promise<void> {
    const events = consultationEvents(batch);
    if (events.length === 0) return;
    const rows = await this.rowsTouchedBy(events, sql);
    for (const event of events) applyConsultationEvent(rows, event);
    await upsertRows(sql, this.rounds, [...rows.changedRounds].map((id) => rows.rounds.get(id) as RoundValues), ['round_id']);
    await upsertRows(
      sql,
      this.comments,
      [...rows.changedComments].map((key) => rows.comments.get(key) as CommentValues),
      ['round_id', 'department_id', 'comment_id'],
    );
    await insertRows(sql, this.dispositions, rows.dispositions);
  }

  /** Existing rounds and comments the batch refers to but does not create. */
  private async rowsTouchedBy(events: readonly ConsultationEvent[], sql: SqlExecutor): Promise<ConsultationRows> {
    const opened = new Set<string>();
    const submitted = new Set<string>();
    const roundIds = new Set<string>();
    const commentKeys = new Map<string, Record<string, string>>();
    for (const { type, data } of events) {
      if (type === 'ConsultationRoundOpened') opened.add(data.roundId);
      else if (!opened.has(data.roundId)) roundIds.add(data.roundId);
      if (!('commentId' in data)) continue;
      const key = commentKey(data.roundId, data.departmentId, data.commentId);
      if (type === 'CommentSubmitted') submitted.add(key);
      else if (!submitted.has(key)) {
        commentKeys.set(key, { round_id: data.roundId, department_id: data.departmentId, comment_id: data.commentId });
      }
    }
    const rounds = await selectRows<RoundValues>(sql, this.rounds, [...roundIds].map((round_id) => ({ round_id })), ['round_id']);
    const comments = await selectRows<CommentValues>(sql, this.comments, [...commentKeys.values()], ['round_id', 'department_id', 'comment_id']);
    return {
      rounds: new Map(rounds.map((round) => [round.round_id, round])),
      comments: new Map(comments.map((comment) => [commentKey(comment.round_id, comment.department_id, comment.comment_id), comment])),
      dispositions: [],
      changedRounds: new Set(),
      changedComments: new Set(),
    };
  }
}
