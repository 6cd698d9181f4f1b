import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './diff';

const root = join(__dirname, '../../../..');
const draft = join(root, 'seeds/001_7914db94b213197e.txt');
const issued = join(root, 'seeds/000_742c0bb3951157b4.txt');

async function capture(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
    out.push(String(chunk));
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (err.push(String(chunk)), true));
  try {
    const code = await run(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('cli diff', () => {
  const dir = mkdtempSync(join(tmpdir(), 'planledger-diff-'));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('prints the JSON model of the two seeds: summary counts by status and the changes', async () => {
    const { code, stdout } = await capture([draft, issued, '--json']);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(Object.keys(diff.summary).sort()).toEqual(['added', 'merged', 'modified', 'moved', 'removed', 'renumbered', 'split', 'unchanged']);
    expect(diff.changes.length).toBe(Object.values(diff.summary as Record<string, number>).reduce((a, b) => a + b, 0));
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        status: 'moved',
        before: expect.objectContaining({ number: '8.', title: '实施工业品质量升级工程' }),
        after: expect.objectContaining({ number: '5.', path: ['二、', '（二）', '5.'] }),
      }),
    );
  });

  it('prints the unified rendering by default and an HTML page with --html', async () => {
    const unified = await capture([draft, issued]);
    expect(unified.code).toBe(0);
    expect(unified.stdout).toContain('[移动] 二、（二）5. 实施工业品质量升级工程（原 二、（二）8.）');
    expect(unified.stdout).not.toContain('\x1b[');
    const html = await capture([draft, issued, '--html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<meta charset="utf-8">');
  });

  it('exits 0 on any two text files, plans or not', async () => {
    const empty = file('empty.txt', '');
    const prose = file('prose.txt', 'Just some notes.\n[bookmark: _GoBack]\n1.5亿元 <b>x</b>');
    expect((await capture([empty, prose])).code).toBe(0);
    expect((await capture([prose, empty, '--json'])).code).toBe(0);
    expect((await capture([prose, prose, '--html'])).code).toBe(0);
  });

  it('fails with a clear message for a missing file', async () => {
    const { code, stderr, stdout } = await capture([join(dir, 'missing.txt'), issued]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('missing.txt: no such file');
    expect(stdout).toBe('');
  });

  it('fails with a clear message for a file that is not UTF-8', async () => {
    const gbk = file('gbk.txt', Buffer.from([0xd6, 0xca, 0xc1, 0xbf])); // 质量 in GBK
    const { code, stderr } = await capture([gbk, issued]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('is not valid UTF-8');
  });

  it('explains its usage when given the wrong arguments', async () => {
    for (const args of [[draft], [draft, issued, '--json', '--html'], [draft, issued, '--match', 'number'], [draft, issued, '--frobnicate']]) {
      const { code, stderr } = await capture(args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage:');
    }
  });

  it('runs as `npm run -s cli -- diff A B --json`', () => {
    const stdout = execFileSync('npm', ['run', '-s', 'cli', '--', 'diff', draft, issued, '--json'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(stdout).match).toBe('content');
  });
});
