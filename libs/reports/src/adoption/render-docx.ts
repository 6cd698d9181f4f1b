import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type AdoptionReport, REPORT_COLUMNS, rowCells } from './report-types';
import { noObjectionLine, undisposedNote } from './summary';

/** Relative widths of the eight columns: the three text columns get the room. */
const COLUMN_WEIGHTS = [4, 9, 18, 18, 9, 7, 14, 21];
const BODY_FONT = '仿宋_GB2312';
const TITLE_FONT = '方正小标宋简体';

/**
 * The report as a Word document, landscape so eight columns stay readable: title, summary line,
 * the table (its header row repeats on every page), then the 无意见 departments.
 */
export async function renderReportDocx(report: AdoptionReport): Promise<Buffer> {
  const note = undisposedNote(report.counts);
  const document = new Document({
    styles: { default: { document: { run: { font: BODY_FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: report.title, font: TITLE_FONT, size: 36, bold: true })],
          }),
          new Paragraph({ spacing: { after: 120 }, children: [new TextRun(report.summary)] }),
          ...(note ? [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(note)] })] : []),
          reportTable(report),
          new Paragraph({
            spacing: { before: 240 },
            children: [new TextRun(noObjectionLine(report.noObjectionDepartments))],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function reportTable(report: AdoptionReport): Table {
  const total = COLUMN_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  const widths = COLUMN_WEIGHTS.map((weight) => Math.round((weight / total) * 100));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.PERCENTAGE },
            children: cellParagraphs(text, header),
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row([...REPORT_COLUMNS], true), ...report.rows.map((r) => row(rowCells(r), false))],
  });
}

/** One paragraph per line of the cell: Word ignores line breaks inside a run's text. */
function cellParagraphs(text: string, bold: boolean): Paragraph[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}
