/**
 * Runs one autocannon load in a child process, off the event loop of the server under test, as a
 * client would. Receives a LoadRequest as its first IPC message, answers with a LoadReport.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import type { LoadReport, LoadRequest, Workload } from './load';

/** A request body per request, and what to learn from each response. */
interface BodySource {
  next(): string;
  saw?(body: string): void;
}

function bodySource(workload: Workload): BodySource {
  if (workload.kind === 'fixed') return { next: () => workload.body };
  // Like a client: each edit is based on the latest revision of its plan this client has seen.
  const seen = new Map<string, number>(workload.planIds.map((id) => [id, workload.revision]));
  let counter = 0;
  return {
    next() {
      const planId = workload.planIds[counter++ % workload.planIds.length];
      return JSON.stringify({
        query: `mutation($i: EditNodeTextInput!) { editNodeText(input: $i) { planId revision } }`,
        variables: { i: { planId, expectedRevision: seen.get(planId), commandId: randomUUID(), nodeId: workload.nodeId, offset: 0, deleteCount: 0, insertedText: workload.insertedText } },
      });
    },
    saw(body) {
      const result = (JSON.parse(body) as { data?: { editNodeText?: { planId: string; revision: number } } }).data?.editNodeText;
      if (result) seen.set(result.planId, Math.max(seen.get(result.planId) ?? 0, result.revision));
    },
  };
}

async function main(request: LoadRequest): Promise<LoadReport> {
  const source = bodySource(request.workload);
  const failed: string[] = [];
  let graphqlErrors = 0;
  const result = await autocannon({
    url: request.url,
    connections: request.connections,
    duration: request.durationSeconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: source.next() }),
        onResponse: (_status: number, body: string) => {
          source.saw?.(body);
          // A GraphQL error comes back with HTTP 200: count it as a failure, keep a few to show.
          if (!body.includes('"errors"')) return;
          graphqlErrors++;
          if (failed.length < 3) failed.push(body.slice(0, 300));
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    sampleFailures: failed,
  };
}

process.once('message', (request: LoadRequest) => {
  main(request).then(
    (report) => process.send!(report),
    (error: Error) => process.send!({ error: error.stack ?? String(error) }),
  );
});
