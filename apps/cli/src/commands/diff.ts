/**
 * `npm run -s cli -- diff A B [--json | --html] [--match content|identity] [--color]`
 *
 * Parses two plan texts and prints their structure-aware diff: the unified text rendering by
 * default, the JSON model with --json, a standalone side-by-side page with --html. Two files
 * parsed separately share no node ids, so clauses are matched by content unless asked otherwise.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from '@planledger/documents';
import { diffDocuments, MatchMode, renderHtml, renderUnified } from '@planledger/diff';

const USAGE = 'usage: npm run -s cli -- diff <before.txt> <after.txt> [--json | --html] [--match content|identity] [--color]';

interface DiffArgs {
  files: [string, string];
  format: 'unified' | 'json' | 'html';
  match: MatchMode;
  color: boolean;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return fail(`${parsed}\n${USAGE}`, 2);
  const texts: string[] = [];
  for (const file of parsed.files) {
    const text = readUtf8(file);
    if (!text.ok) return fail(text.error, 1);
    texts.push(text.value);
  }
  const [before, after] = texts.map((text) => parseDocument(text).document);
  const diff = diffDocuments(before, after, { match: parsed.match });
  const output =
    parsed.format === 'json'
      ? `${JSON.stringify(diff, null, 2)}\n`
      : parsed.format === 'html'
        ? renderHtml(diff, { title: `${parsed.files[0]} → ${parsed.files[1]}` })
        : renderUnified(diff, { color: parsed.color });
  await writeStdout(output);
  return 0;
}

/** Writes and waits for the flush; a reader that closed the pipe early (| head) is not an error. */
function writeStdout(text: string): Promise<void> {
  if (!process.stdout.listeners('error').includes(ignoreClosedPipe)) process.stdout.on('error', ignoreClosedPipe);
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

function parseArgs(args: string[]): DiffArgs | string {
  const files: string[] = [];
  let format: DiffArgs['format'] = 'unified';
  let match: MatchMode = 'content';
  let color = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json' || arg === '--html') {
      const wanted = arg === '--json' ? 'json' : 'html';
      if (format !== 'unified' && format !== wanted) return 'choose one of --json and --html';
      format = wanted;
    } else if (arg === '--color') color = true;
    else if (arg === '--match' || arg.startsWith('--match=')) {
      const value = arg === '--match' ? args[++i] : arg.slice('--match='.length);
      if (value !== 'content' && value !== 'identity') return `--match takes content or identity, not ${value ?? 'nothing'}`;
      match = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 2) return `expected two files, got ${files.length}`;
  return { files: [files[0], files[1]], format, match, color };
}

function readUtf8(file: string): { ok: true; value: string } | { ok: false; error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
    return { ok: false, error: `cannot read ${file}: ${reason}` };
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `${file} is not valid UTF-8 text (convert it first, e.g. iconv -f GB18030 -t UTF-8)` };
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`planledger diff: ${message}\n`);
  return code;
}
