/**
 * `npm run cli -- parse FILE [--json]`: parse a plan's text and show what planledger reads in it —
 * metadata, the clause tree with numbers, responsible units and targets, and every normalization.
 * Exits 0 on any UTF-8 text; 1 when the file cannot be read or is not UTF-8; 2 on bad arguments.
 */
import { readFileSync } from 'node:fs';
import {
  documentTargets, nodeTitle, numberNodes, parseDocument,
  type DocNode, type DocumentMetadata, type Normalization, type NumericTarget, type PlanDocument,
} from '@planledger/documents';

const USAGE = 'usage: npm run cli -- parse FILE [--json]\n';

export interface ParsedNodeView {
  id: string;
  kind: DocNode['kind'];
  number: string;
  title: string;
  text: string;
  responsibleUnits: string[];
  responsibleUnitsLabel?: string;
  targets: NumericTarget[];
  children: ParsedNodeView[];
}

export interface ParseOutput {
  metadata: DocumentMetadata;
  numbering?: PlanDocument['numbering'];
  normalizations: Normalization[];
  nodes: ParsedNodeView[];
}

export function parseOutput(text: string): ParseOutput {
  const { document, normalizations } = parseDocument(text);
  const numbers = numberNodes(document);
  const targets = documentTargets(document);
  const view = (node: DocNode): ParsedNodeView => ({
    id: node.id,
    kind: node.kind,
    number: numbers.get(node.id) ?? '',
    title: nodeTitle(node),
    text: node.text,
    responsibleUnits: node.responsibleUnits,
    ...(node.responsibleUnitsLabel ? { responsibleUnitsLabel: node.responsibleUnitsLabel } : {}),
    targets: targets.get(node.id) ?? [],
    children: node.children.map(view),
  });
  return {
    metadata: document.metadata,
    ...(document.numbering ? { numbering: document.numbering } : {}),
    normalizations,
    nodes: document.nodes.map(view),
  };
}

const TITLE_WIDTH = 40;

function clip(text: string): string {
  return text.length > TITLE_WIDTH ? `${text.slice(0, TITLE_WIDTH)}…` : text;
}

function describeTarget(target: NumericTarget): string {
  const year = target.year === null ? '' : ` (${target.year})`;
  return `${target.indicator || '?'} ${target.comparator} ${target.value}${target.unit ?? ''}${year}`;
}

function outlineLines(node: ParsedNodeView, depth: number): string[] {
  const heading = node.kind === 'paragraph' ? `¶ ${clip(node.text)}` : `${node.number}${clip(node.title)}`;
  const notes = [
    node.responsibleUnits.length > 0 ? `[${node.responsibleUnitsLabel ?? '责任单位'}: ${node.responsibleUnits.join('、')}]` : '',
    node.targets.length > 0 ? `[targets: ${node.targets.map(describeTarget).join('; ')}]` : '',
  ].filter((note) => note !== '');
  const line = `${'  '.repeat(depth)}${[heading, ...notes].join('  ')}`;
  return [line, ...node.children.flatMap((child) => outlineLines(child, depth + 1))];
}

function metadataLines(metadata: DocumentMetadata): string[] {
  const facts = [
    metadata.documentNumber && `发文字号 ${metadata.documentNumber}`,
    metadata.issuingBody && `发文机关 ${metadata.issuingBody}`,
    metadata.date && `成文日期 ${metadata.date}`,
    metadata.addressees.length > 0 && `主送 ${metadata.addressees.length} 个机关`,
    metadata.publicationNote,
    metadata.isConsultationDraft && '征求意见稿',
  ].filter((fact): fact is string => typeof fact === 'string' && fact !== '');
  return [metadata.title ?? '(untitled)', ...(facts.length > 0 ? [`  ${facts.join(' · ')}`] : [])];
}

function normalizationSummary(normalizations: readonly Normalization[]): string {
  const counts = new Map<string, number>();
  for (const { code } of normalizations) counts.set(code, (counts.get(code) ?? 0) + 1);
  const parts = [...counts].map(([code, count]) => `${code} ×${count}`);
  return `normalizations: ${normalizations.length}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

export function renderOutline(output: ParseOutput): string {
  const lines = [...metadataLines(output.metadata), '', ...output.nodes.flatMap((node) => outlineLines(node, 0)), '', normalizationSummary(output.normalizations)];
  return `${lines.join('\n')}\n`;
}

function readUtf8(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? String(error);
    return { error: `cannot read ${file}: ${reason}` };
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, so the parser records its removal.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: `${file} is not valid UTF-8 text` };
  }
}

export async function run(args: string[]): Promise<number> {
  const flags = args.filter((arg) => arg.startsWith('--'));
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1 || flags.some((flag) => flag !== '--json')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const read = readUtf8(files[0]);
  if ('error' in read) {
    process.stderr.write(`parse: ${read.error}\n`);
    return 1;
  }
  const output = parseOutput(read.text);
  process.stdout.write(flags.includes('--json') ? `${JSON.stringify(output, null, 2)}\n` : renderOutline(output));
  return 0;
}
