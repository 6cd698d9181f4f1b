import { join } from 'node:path';
import { fork } from 'node:child_process';

/** What each request of a load sends: one fixed body, or edits that follow their plans' revisions. */
export type Workload =
  | { kind: 'fixed'; body: string }
  | { kind: 'edits'; planIds: string[]; nodeId: string; revision: number; insertedText: string };

export interface LoadRequest {
  url: string;
  token: string;
  connections: number;
  durationSeconds: number;
  workload: Workload;
}

export interface LoadReport {
  requestsPerSecond: number;
  p99Ms: number;
  /** Transport errors, timeouts, non-2xx answers and GraphQL errors. */
  errors: number;
  /** The first few failed responses, to show. */
  sampleFailures: string[];
}

/**
 * autocannon in a child process: the load generator must not share the server's event loop, or
 * every request it sends and parses is CPU time taken from the server it measures. (Not a worker
 * thread: autocannon reports raw histograms when it is not on a main thread.)
 */
export function loadInChild(request: LoadRequest): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load-child.ts'), { execArgv: ['-r', '@swc-node/register'] });
    child.once('message', (message: LoadReport | { error: string }) => {
      child.kill();
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the load generator exited (${code}) before reporting`)));
    child.send(request);
  });
}
