import { type ConsultationActor, isCoordinator, isDrafter } from '../actor';
import { isBlank, refuse } from '../errors';
import { departmentIdFromName } from './department';

/**
 * One stream for the district's departments. Registration is rare (a department missing from
 * every plan's 责任单位, e.g. 区司法局 reviewing legality), so a single stream does not contend.
 */
export const DEPARTMENT_REGISTRY_STREAM_ID = 'department-registry';

export interface RegisterDepartment {
  type: 'RegisterDepartment';
  data: {
    name: string;
    /** Defaults to departmentIdFromName(name). */
    departmentId?: string;
    actor: ConsultationActor;
    now: string;
  };
}

export interface DepartmentRegistered {
  type: 'DepartmentRegistered';
  data: { departmentId: string; name: string; actor: string; at: string };
}

export type DepartmentRegistryEvent = DepartmentRegistered;

export interface DepartmentRegistryState {
  /** Department name by id. */
  names: Readonly<Record<string, string>>;
}

export const initialDepartmentRegistryState: DepartmentRegistryState = { names: {} };

export function decideDepartmentRegistry(
  command: RegisterDepartment,
  state: DepartmentRegistryState,
): DepartmentRegistryEvent[] {
  const { name, actor, now } = command.data;
  if (!isDrafter(actor) && !isCoordinator(actor)) {
    refuse('FORBIDDEN', 'only the drafting team or a coordinator registers departments');
  }
  if (isBlank(name)) refuse('BAD_USER_INPUT', 'a department needs a name');
  const departmentId = command.data.departmentId ?? departmentIdFromName(name);
  if (isBlank(departmentId)) refuse('BAD_USER_INPUT', 'a department needs an id');
  if (departmentId in state.names) {
    refuse('ALREADY_EXISTS', 'department already registered', { departmentId });
  }
  return [
    {
      type: 'DepartmentRegistered',
      data: { departmentId, name: name.trim(), actor: actor.userId, at: now },
    },
  ];
}

export function evolveDepartmentRegistry(
  state: DepartmentRegistryState,
  event: DepartmentRegistryEvent,
): DepartmentRegistryState {
  switch (event.type) {
    case 'DepartmentRegistered':
      return { names: { ...state.names, [event.data.departmentId]: event.data.name } };
  }
}
