import { type AdoptionReport, REPORT_COLUMNS, rowCells } from './report-types';

/**
 * Excel reads a CSV without a byte-order mark in the system code page (GBK on Chinese Windows)
 * and garbles UTF-8 Chinese; with the BOM it detects UTF-8. Write the returned string as UTF-8.
 */
export const UTF8_BOM = '\uFEFF';

/**
 * The table alone, header first, as RFC 4180 CSV (CRLF line ends, fields with a comma, quote or
 * line break enclosed in double quotes, quotes doubled), so spreadsheets and imports read it as
 * data; the summary line and the 无意见 list belong to the Markdown and DOCX renderings.
 */
export function renderReportCsv(report: AdoptionReport): string {
  const records = [[...REPORT_COLUMNS], ...report.rows.map(rowCells)];
  return UTF8_BOM + records.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
