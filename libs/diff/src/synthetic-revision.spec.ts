import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@planledger/documents';
import { diffDocuments } from './diff-documents';
import { syntheticRevision } from './fixtures/synthetic-revision';

const seed = (name: string) => readFileSync(join(__dirname, '../../../seeds', name), 'utf8');

describe('a long plan with 50 local edits (the benchmark workload)', () => {
  const revision = syntheticRevision(seed('001_7914db94b213197e.txt'), seed('000_742c0bb3951157b4.txt'), {
    length: 30_000,
    edits: 50,
    seed: 20231225,
  });

  it('is about 30,000 characters with 50 edited lines', () => {
    expect([...revision.before].length).toBeGreaterThanOrEqual(30_000);
    expect(revision.editedLines).toHaveLength(50);
    const [before, after] = [revision.before.split('\n'), revision.after.split('\n')];
    expect(before.filter((line, i) => line !== after[i])).toHaveLength(50);
  });

  it.each(['content', 'identity'] as const)('reports exactly the 50 edited clauses as modified (%s)', (match) => {
    const diff = diffDocuments(parseDocument(revision.before).document, parseDocument(revision.after).document, { match });
    expect(diff.summary.modified).toBe(50);
    expect(diff.summary.unchanged).toBe(diff.changes.length - 50);
    for (const change of diff.changes.filter((c) => c.status === 'modified')) {
      expect(change.inline.filter((op) => op.op !== 'equal').length).toBeLessThanOrEqual(3);
    }
  });
});
