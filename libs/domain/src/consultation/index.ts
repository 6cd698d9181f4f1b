export { ConsultationError, type ConsultationErrorCode } from './errors';
export { type ConsultationActor, type ConsultationRole } from './actor';

export { type Department, departmentIdFromName, departmentsFromDocuments } from './departments/department';
export * from './departments/department-registry';

export {
  type ConsultationDocumentType,
  CONSULTATION_DOCUMENT_TYPES,
  MINIMUM_CALENDAR_DAYS_REGULATION,
  MINIMUM_WORKING_DAYS_NORMATIVE,
  chinaCalendarDate,
  deadlineHasPassed,
  deadlinePassesAt,
  earliestDeadline,
} from './rounds/deadline';
export * from './rounds/round-messages';
export * from './rounds/round-state';
export { decideRound } from './rounds/round-decider';

export * from './anchors/anchor';
export { carryAnchor } from './anchors/carry-anchor';

export * from './feedback/feedback-messages';
export * from './feedback/feedback-state';
export { decideFeedback } from './feedback/feedback-decider';
export * from './feedback/comment-view';
export * from './feedback/review-readiness';
