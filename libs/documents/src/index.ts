export * from './model';
export { parseDocument, sequentialIds, type ParseOptions, type ParseResult } from './parse';
export { renderDocument, renderFrontMatter } from './render';
export { renderNodeLine, nodeTitle } from './render-node';
export { normalizeText, normalizeLines, type NormalizedLine, type NormalizedLines } from './normalize';
export {
  renderNumber, numberNodes, assignIndexes, numberingScope, defaultNumberingScope, isNumberedKind, NUMBERED_KINDS,
} from './numbering';
export {
  toChineseNumeral, parseChineseNumeral, parseCanonicalChineseNumeral, parseChineseDigits, MAX_CHINESE_NUMERAL,
} from './numerals';
export { extractTargets, type TargetContext } from './targets';
export { nodeTargets, documentTargets, openingYear } from './node-targets';
export { classifyLine, type LineShape } from './classify';
export { splitResponsibleUnits, formatUnitList, DEFAULT_UNITS_LABEL, type SplitUnits } from './units';
export { emptyMetadata } from './front-matter';
