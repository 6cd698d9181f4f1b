import type { Database } from '@planledger/event-store';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PROJECTION_ENTITIES } from './entities';

/**
 * TypeORM on the process's one `pg` pool. TypeORM's postgres driver (1.1, PostgresDriver.createPool)
 * builds its pool with `new options.driver.Pool(config)`, subscribes to its 'error' event and,
 * on destroy, calls `pool.end(callback)`. Handing it a driver whose `Pool` returns the Database's
 * pool makes every TypeORM query share that pool: on PGlite the one connection, so TypeORM
 * transactions queue behind event-store appends instead of waiting on a second connection that
 * will never come. `end` does nothing (`Database.close()` owns the pool), and the 'error'
 * subscription is dropped (the Database already handles idle-client errors; one listener per
 * DataSource would pile up).
 */
export function createProjectionDataSource(database: Database): DataSource {
  return new DataSource({
    type: 'postgres',
    driver: sharedPoolDriver(database.pool),
    entities: [...PROJECTION_ENTITIES],
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    logging: false,
  });
}

/** The slice of the `pg` module TypeORM's postgres driver uses: the Pool constructor. */
function sharedPoolDriver(pool: Pool): { Pool: new () => Pool } {
  const borrowed: Pool = new Proxy(pool, {
    get(target, property) {
      if (property === 'end') return endWithoutClosing;
      if (property === 'on') return (event: string, listener: (...args: unknown[]) => void) => (event === 'error' ? borrowed : target.on(event as 'error', listener));
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    Pool: function SharedPool() {
      return borrowed;
    } as unknown as new () => Pool,
  };
}

function endWithoutClosing(callback?: (error?: Error) => void): Promise<void> {
  callback?.();
  return Promise.resolve();
}
