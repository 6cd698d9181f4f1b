/**
 * Who acts on a consultation, as the app authenticated them. The domain only reads what the
 * rules need: the user, the department the user speaks for, and two roles.
 */
export type ConsultationRole =
  /** The drafting team (起草组): opens rounds, replies, records dispositions, may close early. */
  | 'drafter'
  /** Whoever runs rounds for the plan (e.g. 区政府办): grants late submissions, closes at the deadline. */
  | 'coordinator';

export interface ConsultationActor {
  userId: string;
  /** The department the user answers for; null for users who speak for no department. */
  departmentId: string | null;
  roles: readonly ConsultationRole[];
}

export function isDrafter(actor: ConsultationActor): boolean {
  return actor.roles.includes('drafter');
}

export function isCoordinator(actor: ConsultationActor): boolean {
  return actor.roles.includes('coordinator');
}

export function speaksFor(actor: ConsultationActor, departmentId: string): boolean {
  return actor.departmentId === departmentId;
}
