/** One replacement in a node's text: delete `deleteCount` code units at `offset`, insert `insertedText`. */
export interface TextEdit {
  offset: number;
  deleteCount: number;
  insertedText: string;
}

export interface AnchoredSpan {
  start: number;
  end: number;
  text: string;
}

export type SpanAfterEdit =
  | { kind: 'untouched'; span: AnchoredSpan }
  | { kind: 'edited'; span: AnchoredSpan }
  | { kind: 'deleted' };

/**
 * Moves a commented span through one edit of its node's text.
 * - Edits wholly before the span shift it; edits after it leave it alone.
 * - An insertion exactly at either boundary stays outside: text typed next to a quote is not
 *   what the department commented on. An insertion strictly inside grows the span.
 * - A deletion inside shrinks it; a replacement overlapping one side keeps the surviving part plus
 *   the inserted text (the new wording of the commented part).
 * - An edit that removes every character of the span deletes it, even if it inserts new text: the
 *   words the department quoted are gone, and the comment keeps its quote.
 * The span's text is carried by applying the edit to it, so no full node text is needed.
 */
export function spanThroughEdit(span: AnchoredSpan, edit: TextEdit): SpanAfterEdit {
  const { start, end, text } = span;
  const { offset, deleteCount, insertedText } = edit;
  const editEnd = offset + deleteCount;
  const delta = insertedText.length - deleteCount;

  if (deleteCount === 0 && insertedText === '') return { kind: 'untouched', span };
  if (editEnd <= start) {
    return { kind: 'untouched', span: { start: start + delta, end: end + delta, text } };
  }
  if (offset >= end) return { kind: 'untouched', span };
  if (deleteCount > 0 && offset <= start && editEnd >= end) return { kind: 'deleted' };

  const head = text.slice(0, Math.max(0, offset - start));
  const tail = editEnd >= end ? '' : text.slice(Math.max(0, editEnd - start));
  const newText = head + insertedText + tail;
  const newStart = Math.min(start, offset);
  return { kind: 'edited', span: { start: newStart, end: newStart + newText.length, text: newText } };
}

/** A comment on a whole node follows every edit of that node and survives an emptied text. */
export function wholeTextThroughEdit(span: AnchoredSpan, edit: TextEdit): SpanAfterEdit {
  const { text } = span;
  if (edit.deleteCount === 0 && edit.insertedText === '') return { kind: 'untouched', span };
  const newText =
    text.slice(0, edit.offset) + edit.insertedText + text.slice(edit.offset + edit.deleteCount);
  return { kind: 'edited', span: { start: 0, end: newText.length, text: newText } };
}
