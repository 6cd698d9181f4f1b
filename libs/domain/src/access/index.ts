export { AccessError, type AccessErrorCode, type AccessErrorDetails } from './access-error';
export { ALL_PLANS, ROLES, formatGrant, grantCovers, isRole, sameGrant, type Role, type RoleGrant } from './roles';
export {
  ANONYMOUS,
  consultationActorFor,
  operatorPrincipal,
  type AnonymousPrincipal,
  type Principal,
  type UserPrincipal,
} from './principal';
export {
  ACTIONS,
  CONSULTATION_ACTIONS,
  PLAN_ACTIONS,
  READ_ACTIONS,
  USER_ACTIONS,
  type AccessResource,
  type Action,
  type DomainCommandType,
  type ReadAction,
} from './actions';
export { ACCESS_MATRIX, type ActionRule, type Permission } from './access-matrix';
export { authorize, isAllowed } from './authorize';

export type { ChangePassword, GrantRole, RegisterUser, RevokeRole, UserCommand } from './users/user-commands';
export {
  USER_EVENT_TYPES,
  toUserEvent,
  userStreamId,
  type PasswordChanged,
  type RoleGranted,
  type RoleRevoked,
  type UserEvent,
  type UserEventType,
  type UserRegistered,
} from './users/user-events';
export { evolveUser, initialUserState, type UserAccount, type UserState } from './users/user-state';
export { decideUser } from './users/user-decider';
export { MAX_DISPLAY_NAME_LENGTH, isValidUsername } from './users/user-rules';
