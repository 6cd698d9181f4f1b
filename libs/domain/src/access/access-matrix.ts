import type { Action } from './actions';
import type { Role } from './roles';

/**
 * allow: any grant of the role that covers the resource's plan suffices.
 * ownDepartment: as allow, and only for the user's own department (resource.departmentId).
 * deny: the role never does it.
 */
export type Permission = 'allow' | 'ownDepartment' | 'deny';

export interface ActionRule {
  /**
   * plan: a grant on the resource's plan or on every plan; global: only a grant on every plan
   * (there is no plan yet, or the action spans plans).
   */
  scope: 'plan' | 'global';
  /** Also allowed to any logged-in user when the resource is their own account. */
  ownAccount?: boolean;
  roles: Readonly<Record<Role, Permission>>;
}

const A = 'allow';
const D = 'deny';
const OWN = 'ownDepartment';

function onPlan(drafter: Permission, departmentReviewer: Permission, auditor: Permission, admin: Permission): ActionRule {
  return { scope: 'plan', roles: { drafter, departmentReviewer, auditor, admin } };
}

function onAllPlans(drafter: Permission, departmentReviewer: Permission, auditor: Permission, admin: Permission): ActionRule {
  return { scope: 'global', roles: { drafter, departmentReviewer, auditor, admin } };
}

/**
 * Who may do what. Drafters write the plan, run rounds and dispose comments; department
 * reviewers speak only for their own department; auditors read everything and write nothing;
 * admins manage users and do everything else — except putting words in a department's mouth:
 * a department's comments are its formal answer, so even an admin writes them only for their own.
 */
export const ACCESS_MATRIX: Readonly<Record<Action, ActionRule>> = {
  //                                  drafter reviewer auditor admin
  CreatePlan: onAllPlans(               A,      D,      D,      A),
  ImportPlanText: onPlan(               A,      D,      D,      A),
  SetMetadata: onPlan(                  A,      D,      D,      A),
  EditNodeText: onPlan(                 A,      D,      D,      A),
  InsertNode: onPlan(                   A,      D,      D,      A),
  DeleteNode: onPlan(                   A,      D,      D,      A),
  MoveNode: onPlan(                     A,      D,      D,      A),
  ChangeNodeLevel: onPlan(              A,      D,      D,      A),
  SetResponsibleUnits: onPlan(          A,      D,      D,      A),
  StartConsultation: onPlan(            A,      D,      D,      A),
  StartRevision: onPlan(                A,      D,      D,      A),
  StartReview: onPlan(                  A,      D,      D,      A),
  IssuePlan: onPlan(                    A,      D,      D,      A),
  StartAmendment: onPlan(               A,      D,      D,      A),
  TagVersion: onPlan(                   A,      D,      D,      A),

  RegisterDepartment: onAllPlans(       A,      D,      D,      A),
  OpenRound: onPlan(                    A,      D,      D,      A),
  AllowLateSubmission: onPlan(          A,      D,      D,      A),
  CloseRound: onPlan(                   A,      D,      D,      A),
  SubmitComment: onPlan(                D,      OWN,    D,      OWN),
  AnswerNoObjection: onPlan(            D,      OWN,    D,      OWN),
  EditComment: onPlan(                  D,      OWN,    D,      OWN),
  WithdrawComment: onPlan(              D,      OWN,    D,      OWN),
  ReplyToComment: onPlan(               A,      OWN,    D,      A),
  RecordDisposition: onPlan(            A,      D,      D,      A),

  RegisterUser: onAllPlans(             D,      D,      D,      A),
  // The resource's plan is the plan of the grant: an admin of one plan manages that plan's team.
  GrantRole: onPlan(                    D,      D,      D,      A),
  RevokeRole: onPlan(                   D,      D,      D,      A),
  ChangePassword: { ...onAllPlans(      D,      D,      D,      A), ownAccount: true },

  ReadPlan: onPlan(                     A,      A,      A,      A),
  ReadHistory: onPlan(                  A,      D,      A,      A),
  Verify: onPlan(                       D,      D,      A,      A),
  ReadComments: onPlan(                 A,      OWN,    A,      A),
  ReadAdoptionReport: onPlan(           A,      D,      A,      A),
};
