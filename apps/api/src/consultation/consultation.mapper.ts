import type { ConsultationComment, DispositionView, OpenedRound } from '@planledger/domain';
import type { CommentType, DispositionType, RoundType } from './consultation.types';

export function toRoundType(round: OpenedRound): RoundType {
  return {
    id: round.roundId,
    planId: round.planId,
    roundNumber: round.roundNumber,
    status: round.status,
    consultationRevision: round.consultationRevision,
    documentType: round.documentType,
    deadline: round.deadline,
    invitedDepartmentIds: [...round.invitedDepartmentIds],
    lateDepartmentIds: [...round.lateDepartmentIds],
    closedAt: round.closedAt,
    noObjectionDepartmentIds: [...round.noObjectionDepartmentIds],
  };
}

function toDispositionType(view: DispositionView): DispositionType {
  return {
    disposition: view.disposition,
    reason: view.reason,
    implementedByRevisions: view.implementedBy.flatMap((ref) => ('revision' in ref ? [ref.revision] : [])),
    implementedByEventIds: view.implementedBy.flatMap((ref) => ('eventId' in ref ? [ref.eventId] : [])),
    recordedBy: view.recordedBy,
    at: view.at,
  };
}

export function toCommentType(comment: ConsultationComment): CommentType {
  return {
    id: comment.commentId,
    roundId: comment.roundId,
    departmentId: comment.departmentId,
    nodeId: comment.anchor.nodeId,
    range: comment.anchor.range ? { start: comment.anchor.range.start, end: comment.anchor.range.end } : null,
    quote: comment.anchor.quote,
    text: comment.text,
    authorUserId: comment.authorUserId,
    submittedAt: comment.submittedAt,
    late: comment.late,
    withdrawn: comment.withdrawn,
    replies: comment.replies.map((reply) => ({ ...reply })),
    disposition: comment.disposition ? toDispositionType(comment.disposition) : null,
    dispositionHistory: comment.dispositionHistory.map(toDispositionType),
  };
}
