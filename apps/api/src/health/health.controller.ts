import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { Database } from '@planledger/event-store';
import { DATABASE } from '../database/database.module';

/** Liveness and readiness in one: answers 200 only when the database answers. */
@Controller('health')
export class HealthController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Get()
  async check(): Promise<{ status: 'ok'; database: Database['kind'] }> {
    try {
      await this.database.pool.query('SELECT 1');
    } catch {
      throw new HttpException({ status: 'unavailable', database: this.database.kind }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: this.database.kind };
  }
}
