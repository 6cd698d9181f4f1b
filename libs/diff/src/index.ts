export * from './model';
export { diffDocuments, summarize } from './diff-documents';
export { inlineDiff, applyInlineOps } from './inline/inline-diff';
export { tokenizeForDiff } from './inline/tokenize';
export { diffTargets } from './targets';
export { renderUnified } from './render/unified';
export type { UnifiedOptions } from './render/unified';
export { renderHtml, escapeHtml } from './render/html';
export type { HtmlOptions } from './render/html';
