/**
 * 发文字号: 机关代字 + 〔year〕 + number + 号, e.g. 沙府发〔2023〕52号. The year is written in
 * full inside 六角括号 〔〕 (not [] 【】 or ［］), the number has no leading zero and no 第.
 */
const DOCUMENT_NUMBER = /^(\p{Script=Han}+)〔(\d{4})〕([1-9]\d*)号$/u;

export interface DocumentNumber {
  /** 机关代字, e.g. 沙府发 */
  issuerCode: string;
  year: number;
  serial: number;
}

export function parseDocumentNumber(value: string): DocumentNumber | null {
  const match = DOCUMENT_NUMBER.exec(value);
  if (!match) return null;
  return { issuerCode: match[1], year: Number(match[2]), serial: Number(match[3]) };
}
