import { type AdoptionReport, REPORT_COLUMNS, rowCells } from './report-types';
import { noObjectionLine, undisposedNote } from './summary';

/** The report as a Markdown page: title, summary, the eight-column table, the 无意见 departments. */
export function renderReportMarkdown(report: AdoptionReport): string {
  const note = undisposedNote(report.counts);
  const lines = [
    `# ${report.title}`,
    '',
    note ? `${report.summary}（${note}）` : report.summary,
    '',
    tableLine([...REPORT_COLUMNS]),
    tableLine(REPORT_COLUMNS.map(() => '---')),
    ...report.rows.map((row) => tableLine(rowCells(row).map(escapeCell))),
    '',
    noObjectionLine(report.noObjectionDepartments),
    '',
  ];
  return lines.join('\n');
}

function tableLine(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A cell must stay on one line and must not end the cell early. */
function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}
