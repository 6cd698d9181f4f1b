/**
 * A node's text as consecutive pieces, each a run of characters one event wrote: `length` UTF-16
 * code units taken from `origin` onwards in what that event wrote (the inserted text, or the whole
 * node text for an import or an insertion). Pieces are never empty, and two neighbours merge only
 * when they are one unbroken run of the same event's text, so a piece's characters always equal
 * `written.slice(origin, origin + length)` of its event.
 */
export interface TextPiece<Source> {
  length: number;
  origin: number;
  source: Source;
}

/** The whole of `text`, written by one event. */
export function piecesOf<Source>(text: string, source: Source): TextPiece<Source>[] {
  return text.length === 0 ? [] : [{ length: text.length, origin: 0, source }];
}

/**
 * The pieces after `deleteCount` code units at `offset` were replaced by `inserted` (null when
 * nothing was inserted). Offsets are those of a NodeTextEdited that the decider checked against
 * the same text, so they lie within it.
 */
export function replaceInPieces<Source>(
  pieces: readonly TextPiece<Source>[],
  offset: number,
  deleteCount: number,
  inserted: TextPiece<Source> | null,
): TextPiece<Source>[] {
  const result: TextPiece<Source>[] = [];
  const end = offset + deleteCount;
  let placed = false;
  const placeInsertion = () => {
    if (!placed && inserted !== null) append(result, inserted);
    placed = true;
  };
  let pieceStart = 0;
  for (const piece of pieces) {
    const pieceEnd = pieceStart + piece.length;
    if (pieceStart < offset) append(result, slice(piece, 0, Math.min(piece.length, offset - pieceStart)));
    if (pieceEnd >= offset) placeInsertion();
    if (pieceEnd > end) append(result, slice(piece, Math.max(0, end - pieceStart), piece.length));
    pieceStart = pieceEnd;
  }
  placeInsertion();
  return result;
}

function slice<Source>(piece: TextPiece<Source>, from: number, to: number): TextPiece<Source> {
  if (from === 0 && to === piece.length) return piece;
  return { length: to - from, origin: piece.origin + from, source: piece.source };
}

/** Appends, merging with the last piece when it continues the same run of the same event. */
function append<Source>(pieces: TextPiece<Source>[], piece: TextPiece<Source>): void {
  if (piece.length === 0) return;
  const last = pieces[pieces.length - 1];
  if (last !== undefined && last.source === piece.source && last.origin + last.length === piece.origin) {
    pieces[pieces.length - 1] = { ...last, length: last.length + piece.length };
  } else {
    pieces.push(piece);
  }
}
