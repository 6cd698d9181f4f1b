export * from './adoption/report-types';
export { buildAdoptionReport, DELETED_TEXT } from './adoption/build-adoption-report';
export { indexClauses, type ClauseIndex } from './adoption/clause-paths';
export {
  countDispositions,
  summaryLine,
  undisposedNote,
  noObjectionLine,
  DISPOSITION_LABELS,
  NO_OBJECTION_LABELS,
  UNDISPOSED_LABEL,
} from './adoption/summary';
export { renderReportMarkdown } from './adoption/render-markdown';
export { renderReportCsv, csvField, UTF8_BOM } from './adoption/render-csv';
export { renderReportDocx } from './adoption/render-docx';
