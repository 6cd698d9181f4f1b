import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Database, openDatabase } from '@planledger/event-store';
import { AppConfig } from '../config';

export const DATABASE = Symbol('DATABASE');
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Closes the pool (and the embedded PGlite) when Nest shuts down. */
@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}
  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: DATABASE,
          useFactory: () => openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }),
        },
        DatabaseCloser,
      ],
      exports: [APP_CONFIG, DATABASE],
    };
  }
}
