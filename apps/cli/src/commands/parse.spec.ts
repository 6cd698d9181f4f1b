import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type ParseOutput, type ParsedNodeView } from './parse';

const ROOT = join(__dirname, '../../../..');
const ISSUED = join(ROOT, 'seeds/000_742c0bb3951157b4.txt');
const DRAFT = join(ROOT, 'seeds/001_7914db94b213197e.txt');

async function capture(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await run(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const flatten = (nodes: ParsedNodeView[]): ParsedNodeView[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

describe('cli parse', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'planledger-parse-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('prints metadata, normalizations and the numbered clause tree as JSON', async () => {
    const { code, stdout, stderr } = await capture([ISSUED, '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const output = JSON.parse(stdout) as ParseOutput;
    expect(output.metadata).toMatchObject({ documentNumber: '沙府发〔2023〕52号', date: '2023-12-25' });
    expect(output.normalizations.filter((n) => n.code === 'MARKER_SPACING')).toHaveLength(22);
    const item = flatten(output.nodes).find((node) => node.title === '实施工业品质量升级工程');
    expect(item).toMatchObject({ kind: 'item', number: '5.', responsibleUnits: expect.arrayContaining(['区市场监管局']), targets: [] });
    expect(Object.keys(item ?? {})).toEqual(
      expect.arrayContaining(['id', 'kind', 'number', 'title', 'text', 'responsibleUnits', 'targets', 'children']),
    );
    const goals = flatten(output.nodes).filter((node) => node.kind === 'bullet');
    expect(goals.map((node) => node.number)).toEqual(['——', '——', '——', '——']);
    expect(goals[1].targets).toContainEqual(expect.objectContaining({ indicator: '食品抽检合格率', comparator: '>=', value: 98.2, year: 2027 }));
    expect(output.nodes.filter((node) => node.kind === 'part').map((node) => node.number)).toEqual(['一、', '二、', '三、']);
  });

  it('prints a readable outline without --json', async () => {
    const { code, stdout } = await capture([DRAFT]);
    expect(code).toBe(0);
    expect(stdout).toContain('质量强区建设实施方案\n  征求意见稿\n');
    expect(stdout).toContain('\n    8.实施工业品质量升级工程\n');
    expect(stdout).toContain('WORD_ARTIFACT_REMOVED ×1');
  });

  it('accepts any text, even an empty file', async () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '');
    const { code, stdout } = await capture([empty, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ nodes: [], normalizations: [] });
  });

  it('refuses a missing file on stderr', async () => {
    const { code, stdout, stderr } = await capture([join(scratch, 'missing.txt'), '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/missing\.txt/);
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin = join(scratch, 'gbk.txt');
    writeFileSync(latin, Buffer.from([0xd6, 0xca, 0xc1, 0xbf, 0x0a]));
    const { code, stdout, stderr } = await capture([latin]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/UTF-8/);
  });

  it('refuses bad arguments with its usage', async () => {
    expect((await capture([])).code).toBe(2);
    expect((await capture([ISSUED, '--yaml'])).code).toBe(2);
  });

  it('runs as a real process through the cli entry point', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', 'parse', 'seeds/000_742c0bb3951157b4.txt', '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    const output = JSON.parse(result.stdout) as ParseOutput;
    expect(output.metadata.title).toBe('沙坪坝区质量强区建设实施方案');
    expect(flatten(output.nodes).filter((node) => node.kind === 'item')).toHaveLength(22);
  });
});
