import type { ConsultationActor } from '../actor';

/** Users of the consultation specs: a drafter, a coordinator and members of three departments. */
export const drafter: ConsultationActor = { userId: 'u-drafter', departmentId: '区市场监管局', roles: ['drafter'] };
export const coordinator: ConsultationActor = { userId: 'u-coordinator', departmentId: '区政府办', roles: ['coordinator'] };
export const educationClerk: ConsultationActor = { userId: 'u-edu', departmentId: '区教委', roles: [] };
export const transportClerk: ConsultationActor = { userId: 'u-traffic', departmentId: '区交通局', roles: [] };
export const outsider: ConsultationActor = { userId: 'u-outsider', departmentId: '区档案馆', roles: [] };

/** Monday 2024-03-04, 10:00 Beijing time. */
export const OPENED_AT = '2024-03-04T02:00:00.000Z';
/** The earliest deadline a 规范性文件 round opened at OPENED_AT may have (7 working days). */
export const NORMATIVE_DEADLINE = '2024-03-13';
/** Wednesday 2024-03-13 17:00 Beijing: still inside the deadline day. */
export const BEFORE_DEADLINE = '2024-03-13T09:00:00.000Z';
/** Thursday 2024-03-14 00:00 Beijing: the deadline has passed. */
export const DEADLINE_PASSED = '2024-03-13T16:00:00.000Z';
