import { Inject, Injectable } from '@nestjs/common';
import {
  DEPARTMENT_REGISTRY_STREAM_ID,
  decideDepartmentRegistry,
  evolveDepartmentRegistry,
  initialDepartmentRegistryState,
  type ConsultationActor,
  type Department,
  type DepartmentRegistryEvent,
  type DepartmentRegistryState,
} from '@planledger/domain';
import type { EventStore, SnapshotStore } from '@planledger/event-store';
import { CommandRunner, type CommandOutcome } from '../commands/command-runner';
import { StreamChanges } from '../commands/stream-changes';
import { EVENT_STORE } from '../event-log/event-log.module';

/** The district's departments, one stream: who can be invited to a round and named in reports. */
@Injectable()
export class DepartmentsService {
  private readonly runner: CommandRunner<DepartmentRegistryEvent, DepartmentRegistryState>;

  constructor(@Inject(EVENT_STORE) store: EventStore & SnapshotStore, changes: StreamChanges) {
    this.runner = new CommandRunner(store, {
      stateSchemaVersion: 1,
      initialState: () => initialDepartmentRegistryState,
      evolve: evolveDepartmentRegistry,
      upcast: (stored) => ({ type: stored.type, data: stored.data }) as DepartmentRegistryEvent,
    }, changes);
  }

  async list(): Promise<Department[]> {
    const { state } = await this.runner.streams.load(DEPARTMENT_REGISTRY_STREAM_ID);
    return Object.entries(state.names).map(([id, name]) => ({ id, name }));
  }

  register(name: string, actor: ConsultationActor, now: string, commandId: string, departmentId?: string): Promise<CommandOutcome> {
    return this.runner.run(DEPARTMENT_REGISTRY_STREAM_ID, { commandId }, (state) =>
      decideDepartmentRegistry({ type: 'RegisterDepartment', data: { name, actor, now, ...(departmentId ? { departmentId } : {}) } }, state),
    );
  }

  /** Registers the departments not registered yet (e.g. the 责任单位 of the seed plans); idempotent. */
  async registerMissing(departments: readonly Department[], actor: ConsultationActor, now: string): Promise<number> {
    const known = new Set((await this.list()).map((d) => d.id));
    let added = 0;
    for (const department of departments) {
      if (known.has(department.id)) continue;
      await this.register(department.name, actor, now, `department:${department.id}`, department.id);
      known.add(department.id);
      added++;
    }
    return added;
  }
}
