/**
 * Metadata extraction: the lines above the first clause. Two shapes are recognized, in this
 * print order (the renderer writes the same order back):
 *
 *   issued plan:  发文字号 / 发文机关 (either order) · 关于印发…的通知 (1–3 lines) · 主送机关： ·
 *                 notice paragraphs · 落款 · 成文日期 · （此件公开发布） · plan title · （征求意见稿）
 *   plain text:   发文字号? · plan title? with （征求意见稿） above, below or at its end
 *
 * Anything else is left to the body, where unknown shapes become paragraphs, so nothing is lost.
 */
import { classifyLine } from './classify';
import { DOCUMENT_NUMBER, isCalendarDate } from './line-rules';
import type { ConsultationMark, DocumentMetadata, IssuingNotice } from './model';
import { isUnitListLine } from './units';

export function emptyMetadata(): DocumentMetadata {
  return {
    title: null, issuingBody: null, documentNumber: null, addressees: [], date: null,
    publicationNote: null, isConsultationDraft: false,
  };
}

const DATE_LINE = /^(\d{4})年([1-9]\d?)月([1-9]\d?)日$/;
const PUBLICATION_NOTE = /^（(此件[^（）]*)）$/;
const MARK_LINE = /^(?:（[^（）]*征求意见稿[^（）]*）|征求意见稿)$/;
const MARK_SUFFIX = /（[^（）]*征求意见稿[^（）]*）$/;
/** How far below the notice title its date may stand. */
const NOTICE_SEARCH_LINES = 40;

const isClause = (line: string): boolean => classifyLine(line).kind !== 'paragraph';

function dateOf(line: string): string | null {
  const match = line.match(DATE_LINE);
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}

/** A body's name on a line of its own: 重庆市沙坪坝区人民政府. */
function isNameLine(line: string): boolean {
  return line.length <= 40 && !/[。，；：、！？,;:]/.test(line) && !isClause(line) && dateOf(line) === null && !DOCUMENT_NUMBER.test(line);
}

function isTitleLine(line: string): boolean {
  return line.length <= 80 && !/[。；！？]/.test(line) && !/[：:]$/.test(line) && !isClause(line) && !isUnitListLine(line) && dateOf(line) === null;
}

/** 各镇人民政府、各街道办事处，区政府各部门： → [['各镇人民政府', '各街道办事处'], ['区政府各部门']]. */
function addresseeGroups(line: string): string[][] | null {
  if (!line.endsWith('：') || line.length > 300 || /[。；]/.test(line) || isClause(line)) return null;
  const groups = line.slice(0, -1).split('，').map((group) => group.split('、'));
  return groups.some((group) => group.some((name) => name.trim() === '' || name.trim() !== name)) ? null : groups;
}

/** The last line of a notice title starting at `start` (关于印发…的 / 通   知), or null. */
function noticeTitleEnd(lines: readonly string[], start: number): number | null {
  if (!lines[start]?.startsWith('关于')) return null;
  for (let end = start; end < Math.min(lines.length, start + 3); end++) {
    if (/[。；]/.test(lines[end])) return null;
    if (lines[end].replace(/\s/g, '').endsWith('通知')) return end;
  }
  return null;
}

interface Reading {
  metadata: DocumentMetadata;
  consumed: number;
}

function readNotice(lines: readonly string[]): Reading | null {
  const start = [0, 1, 2].find((candidate) => noticeTitleEnd(lines, candidate) !== null);
  if (start === undefined) return null;
  const metadata = emptyMetadata();
  for (const line of lines.slice(0, start)) {
    if (metadata.documentNumber === null && DOCUMENT_NUMBER.test(line)) metadata.documentNumber = line;
    else if (metadata.issuingBody === null && isNameLine(line)) {
      metadata.issuingBody = line;
      if (metadata.documentNumber === null) metadata.issuingBodyFirst = true;
    } else return null;
  }
  if (metadata.issuingBodyFirst && metadata.documentNumber === null) delete metadata.issuingBodyFirst;
  const titleEnd = noticeTitleEnd(lines, start) as number;
  let next = titleEnd + 1;
  const groups = next < lines.length ? addresseeGroups(lines[next]) : null;
  if (groups) {
    metadata.addressees = groups.flat();
    next++;
  }
  let dateAt = -1;
  for (let k = next; k < Math.min(lines.length, next + NOTICE_SEARCH_LINES) && !isClause(lines[k]); k++) {
    if (dateOf(lines[k]) !== null) {
      dateAt = k;
      break;
    }
  }
  if (dateAt < 0) return null;
  const hasSignature = dateAt - 1 >= next && isNameLine(lines[dateAt - 1]);
  const notice: IssuingNotice = {
    titleLines: lines.slice(start, titleEnd + 1),
    addresseeGroups: groups ?? [],
    body: lines.slice(next, hasSignature ? dateAt - 1 : dateAt),
    signature: hasSignature ? lines[dateAt - 1] : null,
  };
  metadata.notice = notice;
  metadata.date = dateOf(lines[dateAt]);
  let consumed = dateAt + 1;
  const note = lines[consumed]?.match(PUBLICATION_NOTE);
  if (note) {
    metadata.publicationNote = note[1];
    consumed++;
  }
  return { metadata, consumed };
}

/** The plan title and its 征求意见稿 mark, starting at `start`. */
function readTitle(lines: readonly string[], start: number, metadata: DocumentMetadata): number {
  let next = start;
  const mark = (text: string, placement: ConsultationMark['placement']): void => {
    metadata.isConsultationDraft = true;
    metadata.consultationMark = { text, placement };
  };
  if (next < lines.length && MARK_LINE.test(lines[next])) {
    const titleFollows = next + 1 < lines.length && isTitleLine(lines[next + 1]) && !MARK_LINE.test(lines[next + 1]);
    mark(lines[next], titleFollows ? 'above-title' : 'below-title');
    next++;
    if (!titleFollows) return next;
  }
  if (next < lines.length && isTitleLine(lines[next])) {
    const suffix = metadata.isConsultationDraft ? null : lines[next].match(MARK_SUFFIX);
    metadata.title = suffix ? lines[next].slice(0, suffix.index) : lines[next];
    if (suffix) mark(suffix[0], 'title-suffix');
    next++;
    if (!metadata.isConsultationDraft && next < lines.length && MARK_LINE.test(lines[next])) {
      mark(lines[next], 'below-title');
      next++;
    }
  }
  return next;
}

/** Reads the metadata from the top of the (normalized) lines; `consumed` lines belong to it. */
export function readFrontMatter(lines: readonly string[]): Reading {
  const notice = readNotice(lines);
  const reading = notice ?? { metadata: emptyMetadata(), consumed: 0 };
  if (!notice && lines.length > 0 && DOCUMENT_NUMBER.test(lines[0])) {
    reading.metadata.documentNumber = lines[0];
    reading.consumed = 1;
  }
  reading.consumed = readTitle(lines, reading.consumed, reading.metadata);
  return reading;
}
