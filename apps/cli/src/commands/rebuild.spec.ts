import { ALL_PROJECTIONS } from '@planledger/projections';
import { parseRebuildArguments, run } from './rebuild';

async function capture(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (out.push(String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (err.push(String(chunk)), true));
  try {
    const code = await run(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('cli rebuild', () => {
  it('reads a projection name or all, and an optional batch size', () => {
    expect(parseRebuildArguments(['plan_nodes'])?.projections.map((p) => p.name)).toEqual(['plan_nodes']);
    expect(parseRebuildArguments(['all', '--batch-size', '200'])).toMatchObject({ batchSize: 200 });
    expect(parseRebuildArguments(['all'])?.projections).toHaveLength(ALL_PROJECTIONS.length);
    for (const bad of [[], ['nope'], ['plans', 'plan_nodes'], ['plans', '--batch-size', '0'], ['--batch-size', '5']]) {
      expect(parseRebuildArguments(bad)).toBeUndefined();
    }
  });

  it('prints the usage, naming every projection, and exits 2 on bad arguments', async () => {
    const { code, stderr } = await capture(['plans_and_more']);
    expect(code).toBe(2);
    for (const projection of ALL_PROJECTIONS) expect(stderr).toContain(projection.name);
  });
});
