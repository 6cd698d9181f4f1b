import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { resolve } from 'node:path';
import { departmentsFromDocuments, toDocument } from '@planledger/domain';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../database/database.module';
import { seedDemoUsers } from '../auth/demo-users';
import { UserDirectory } from '../auth/user-directory';
import { PlanCommandsService } from '../plans/plan-commands.service';
import { DepartmentsService } from '../consultation/departments.service';
import { SEED_ACTOR, seedPlans } from './seed-plans';

/** Loads the seed plans at start so `npm start` shows real plans; a no-op once they are there. */
@Injectable()
export class SeedingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('seeding');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly plans: PlanCommandsService,
    private readonly users: UserDirectory,
    private readonly departments: DepartmentsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seed) return;
    const seeded = await seedPlans(resolve(this.config.seedsDir), (command, id) => this.plans.execute(command, id), () => new Date().toISOString());
    this.logger.log(`seed plans ready: ${seeded.join(', ')}`);
    const departments = [];
    for (const planId of seeded) {
      const { state } = await this.plans.current(planId);
      departments.push(...departmentsFromDocuments([toDocument(state)]));
    }
    const operator = { userId: SEED_ACTOR, departmentId: null, roles: ['coordinator' as const] };
    const registered = await this.departments.registerMissing(departments, operator, new Date().toISOString());
    if (registered > 0) this.logger.log(`registered ${registered} departments named in the seed plans`);
    // Demo accounts have public passwords: only on the embedded demo database, never on PostgreSQL.
    if (this.config.databaseUrl) return;
    const lines = await seedDemoUsers(this.users, departments);
    this.logger.log(`log in (mutation logIn) as:\n  ${lines.join('\n  ')}`);
  }
}
