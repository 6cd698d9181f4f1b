/**
 * What a target measures: the noun phrase between the start of its clause and its verb, without
 * the words that frame a goal rather than name it (力争, 到2027年, 分别, 均, 共).
 */

const LEADING_FRAME = /^(?:[、，,\s]+|力争|实现|其中|并且|并|且|使|全年|(?:到|至)?\d{4}年(?:底|末)?)/;
const TRAILING_FRAME = /(?:分别|均|共|都|总计|合计|要|将|力争|稳定)$/;

function stripFrames(phrase: string): string {
  let current = phrase;
  for (;;) {
    const next = current.replace(LEADING_FRAME, '').replace(TRAILING_FRAME, '');
    if (next === current) return current;
    current = next;
  }
}

/**
 * `生产领域和流通领域药品抽检合格率分别达到99.8%、99.5%` names two indicators that share a tail:
 * a first part that ends like the same stretch of the last part (生产领域 ~ 流通领域) borrows the rest.
 */
function shareTail(parts: string[]): string[] {
  const last = parts[parts.length - 1];
  return parts.map((part, k) => {
    if (k === parts.length - 1 || part.length < 2 || last.length <= part.length) return part;
    return last.slice(part.length - 2, part.length) === part.slice(-2) ? part + last.slice(part.length) : part;
  });
}

/** One indicator per value; a 分别 list splits its phrase at 和/、 when the counts agree. */
export function indicatorsFor(lead: string, count: number): string[] {
  const phrase = stripFrames(lead);
  if (count === 1) return [phrase];
  const parts = phrase.split(/[和、与及]/).filter((part) => part !== '');
  return parts.length === count ? shareTail(parts) : Array<string>(count).fill(phrase);
}
