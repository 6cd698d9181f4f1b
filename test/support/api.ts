import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { HardeningConfig } from '../../apps/api/src/graphql/hardening';
import { createApp } from '../../apps/api/src/main';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; details?: Record<string, unknown> } }>;
}

export interface RunningApi {
  url: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
  app: INestApplication;
}

/**
 * The real API on a free port: embedded PGlite in memory, or PostgreSQL when `databaseUrl` is
 * given. Requests go over HTTP like a client's.
 */
export async function startApi(options: { databaseUrl?: string; seed?: boolean; hardening?: HardeningConfig } = {}): Promise<RunningApi> {
  const app = await createApp({
    port: 0,
    dataDir: 'memory://',
    databaseUrl: options.databaseUrl,
    seed: options.seed ?? true,
    seedsDir: join(__dirname, '../../seeds'),
    introspection: true,
  }, { quiet: true, hardening: options.hardening });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async graphql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    close: () => app.close(),
  };
}
