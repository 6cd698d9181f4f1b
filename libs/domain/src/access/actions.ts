import type { PlanCommandType } from '../commands';
import type { RegisterDepartment } from '../consultation/departments/department-registry';
import type { FeedbackCommand } from '../consultation/feedback/feedback-messages';
import type { RoundCommand } from '../consultation/rounds/round-messages';
import type { UserCommand } from './users/user-commands';

/** Every command on the plan stream, plus TagVersion (naming a revision, e.g. 征求意见稿). */
export const PLAN_ACTIONS = [
  'CreatePlan',
  'ImportPlanText',
  'SetMetadata',
  'EditNodeText',
  'InsertNode',
  'DeleteNode',
  'MoveNode',
  'ChangeNodeLevel',
  'SetResponsibleUnits',
  'StartConsultation',
  'StartRevision',
  'StartReview',
  'IssuePlan',
  'StartAmendment',
  'TagVersion',
] as const;

export const CONSULTATION_ACTIONS = [
  'RegisterDepartment',
  'OpenRound',
  'AllowLateSubmission',
  'CloseRound',
  'SubmitComment',
  'AnswerNoObjection',
  'EditComment',
  'WithdrawComment',
  'ReplyToComment',
  'RecordDisposition',
] as const;

export const USER_ACTIONS = ['RegisterUser', 'GrantRole', 'RevokeRole', 'ChangePassword'] as const;

/**
 * Reads. ReadComments is the comments of one department (resource.departmentId) or, without a
 * department, of every department; ReadHistory is the event history and blame of a plan.
 */
export const READ_ACTIONS = ['ReadPlan', 'ReadHistory', 'Verify', 'ReadComments', 'ReadAdoptionReport'] as const;

export const ACTIONS = [...PLAN_ACTIONS, ...CONSULTATION_ACTIONS, ...USER_ACTIONS, ...READ_ACTIONS] as const;

export type Action = (typeof ACTIONS)[number];

export type ReadAction = (typeof READ_ACTIONS)[number];

/** The type of every command some decider of the domain accepts. */
export type DomainCommandType =
  | PlanCommandType
  | RoundCommand['type']
  | FeedbackCommand['type']
  | RegisterDepartment['type']
  | UserCommand['type'];

/**
 * Compile-time guard: a command added to the domain without an action here fails the type check,
 * so nobody can add a write that authorization does not know about.
 */
export const EVERY_COMMAND_IS_AN_ACTION: [Exclude<DomainCommandType, Action>] extends [never] ? true : never = true;

/** What an action is about. Missing fields match nothing narrower than a grant on every plan. */
export interface AccessResource {
  planId?: string;
  /** The department whose feedback is written or read. */
  departmentId?: string;
  /** The user account a user action is about (ChangePassword on one's own account). */
  userId?: string;
}
