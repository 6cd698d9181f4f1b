/** Field changes of the document's metadata: title, 发文字号, 主送机关, 成文日期, 征求意见稿 mark… */
import type { DocumentMetadata } from '@planledger/documents';
import type { MetadataChange, MetadataField } from './model';

const FIELDS: readonly MetadataField[] = [
  'title', 'issuingBody', 'documentNumber', 'addressees', 'date', 'publicationNote', 'isConsultationDraft',
];

export function diffMetadata(before: DocumentMetadata, after: DocumentMetadata): MetadataChange[] {
  const same = (x: unknown, y: unknown) =>
    Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
  return FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}
