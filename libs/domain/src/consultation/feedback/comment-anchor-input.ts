import type { CommentAnchor, TextRange } from '../anchors/anchor';
import { refuse } from '../errors';

/**
 * Builds the anchor of a new comment from what the client selected, checked against the frozen
 * consultation text: a range must lie inside the node's text and its quote must be exactly the text
 * there, so an anchor never starts life pointing at words the department did not see.
 */
export function anchorForNewComment(
  nodeId: string,
  range: TextRange | null,
  quotedText: string | null,
  consultationNodeText: string | null,
): CommentAnchor {
  if (consultationNodeText === null) {
    return refuse('NOT_FOUND', 'node is not in the consultation version', { nodeId });
  }
  if (range === null) {
    if (quotedText !== null && quotedText !== consultationNodeText) {
      refuse('BAD_USER_INPUT', 'a comment on the whole node quotes the whole node or nothing');
    }
    return { nodeId, range: null, quote: consultationNodeText };
  }
  const { start, end } = range;
  const inside =
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= consultationNodeText.length;
  if (!inside) refuse('BAD_USER_INPUT', 'range is not a non-empty range of the node text', { range });
  if (quotedText === null) refuse('BAD_USER_INPUT', 'a range comes with the quoted text');
  if (consultationNodeText.slice(start, end) !== quotedText) {
    refuse('BAD_USER_INPUT', 'quoted text differs from the consultation version', { range });
  }
  return { nodeId, range: { start, end }, quote: quotedText };
}
