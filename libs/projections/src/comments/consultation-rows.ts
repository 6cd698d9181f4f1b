import { positionToString } from '@planledger/event-store';
import type { RowValues } from '../support/row-writes';
import type { ConsultationEvent } from './consultation-events';

export interface RoundValues extends RowValues {
  round_id: string;
  plan_id: string;
  late_department_ids: string[];
  status: string;
  no_objection_answered: string[];
  no_objection_recorded: string[];
}

export interface CommentValues extends RowValues {
  round_id: string;
  department_id: string;
  comment_id: string;
  text: string;
  status: 'active' | 'withdrawn';
  replies_count: number;
}

/** Rows one batch reads and changes: what the tables hold for the keys it touches, then its changes. */
export interface ConsultationRows {
  rounds: Map<string, RoundValues>;
  comments: Map<string, CommentValues>;
  dispositions: RowValues[];
  changedRounds: Set<string>;
  changedComments: Set<string>;
}

export function commentKey(roundId: string, departmentId: string, commentId: string): string {
  return JSON.stringify([roundId, departmentId, commentId]);
}

/** Applies one event to the batch's rows; an event about a row that does not exist is a broken log and throws. */
export function applyConsultationEvent(rows: ConsultationRows, event: ConsultationEvent): void {
  switch (event.type) {
    case 'ConsultationRoundOpened': {
      const { data } = event;
      setRound(rows, {
        round_id: data.roundId,
        plan_id: data.planId,
        round_number: data.roundNumber,
        consultation_revision: data.consultationRevision,
        document_type: data.documentType,
        deadline: data.deadline,
        invited_department_ids: data.invitedDepartmentIds,
        late_department_ids: [],
        status: 'open',
        opened_at: data.at,
        opened_by: data.actor,
        closed_at: null,
        closed_early: null,
        close_reason: null,
        no_objection_answered: [],
        no_objection_recorded: [],
      });
      return;
    }
    case 'LateSubmissionAllowed': {
      const round = roundOf(rows, event.data.roundId);
      setRound(rows, { ...round, late_department_ids: [...round.late_department_ids, event.data.departmentId] });
      return;
    }
    case 'ConsultationRoundClosed': {
      const { data } = event;
      setRound(rows, { ...roundOf(rows, data.roundId), status: 'closed', closed_at: data.at, closed_early: data.early, close_reason: data.reason });
      return;
    }
    case 'NoObjectionRecorded': {
      const round = roundOf(rows, event.data.roundId);
      setRound(rows, { ...round, no_objection_recorded: [...round.no_objection_recorded, event.data.departmentId] });
      return;
    }
    case 'NoObjectionAnswered': {
      const round = roundOf(rows, event.data.roundId);
      setRound(rows, { ...round, no_objection_answered: [...round.no_objection_answered, event.data.departmentId] });
      return;
    }
    case 'CommentSubmitted': {
      const { data } = event;
      setComment(rows, {
        round_id: data.roundId,
        department_id: data.departmentId,
        comment_id: data.commentId,
        plan_id: roundOf(rows, data.roundId).plan_id,
        consultation_revision: data.consultationRevision,
        node_id: data.anchor.nodeId,
        range_start: data.anchor.range?.start ?? null,
        range_end: data.anchor.range?.end ?? null,
        quote: data.anchor.quote,
        text: data.text,
        status: 'active',
        withdrawn_reason: null,
        late: data.late,
        replies_count: 0,
        author: data.actor,
        submitted_at: data.at,
        edited_at: null,
        disposition: null,
        disposition_reason: null,
        implemented_by: [],
        disposed_at: null,
        disposed_by: null,
      });
      return;
    }
    case 'CommentEdited':
      updateComment(rows, event, (comment) => ({ ...comment, text: event.data.text, edited_at: event.data.at }));
      return;
    case 'CommentWithdrawn':
      updateComment(rows, event, (comment) => ({ ...comment, status: 'withdrawn', withdrawn_reason: event.data.reason }));
      return;
    case 'CommentReplied':
      updateComment(rows, event, (comment) => ({ ...comment, replies_count: comment.replies_count + 1 }));
      return;
    case 'DispositionRecorded': {
      const { data } = event;
      updateComment(rows, event, (comment) => ({
        ...comment,
        disposition: data.disposition,
        disposition_reason: data.reason,
        implemented_by: data.implementedBy,
        disposed_at: data.at,
        disposed_by: data.actor,
      }));
      rows.dispositions.push({
        event_id: event.stored.id,
        round_id: data.roundId,
        department_id: data.departmentId,
        comment_id: data.commentId,
        disposition: data.disposition,
        reason: data.reason,
        implemented_by: data.implementedBy,
        recorded_by: data.actor,
        recorded_at: data.at,
        position: positionToString(event.stored.position),
      });
      return;
    }
  }
}

function roundOf(rows: ConsultationRows, roundId: string): RoundValues {
  const round = rows.rounds.get(roundId);
  if (round === undefined) throw new Error(`no round ${roundId} in the read model: the log has an event of a round never opened`);
  return round;
}

function setRound(rows: ConsultationRows, round: RoundValues): void {
  rows.rounds.set(round.round_id, round);
  rows.changedRounds.add(round.round_id);
}

function setComment(rows: ConsultationRows, comment: CommentValues): void {
  const key = commentKey(comment.round_id, comment.department_id, comment.comment_id);
  rows.comments.set(key, comment);
  rows.changedComments.add(key);
}

function updateComment(
  rows: ConsultationRows,
  event: { data: { roundId: string; departmentId: string; commentId: string } },
  change: (comment: CommentValues) => CommentValues,
): void {
  const { roundId, departmentId, commentId } = event.data;
  const comment = rows.comments.get(commentKey(roundId, departmentId, commentId));
  if (comment === undefined) throw new Error(`no comment ${commentId} of ${departmentId} in round ${roundId} in the read model`);
  setComment(rows, change(comment));
}
