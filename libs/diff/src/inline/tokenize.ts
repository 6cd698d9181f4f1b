/**
 * Splits text into diff tokens for Chinese prose: one token per code point (so a surrogate pair is
 * never cut), except that a run of ASCII letters, digits, '.' and '%' stays whole — 98.2% against
 * 95% then reads as one replacement instead of a scatter of digits.
 */
const ASCII_RUN = /[A-Za-z0-9.%]/;

export function tokenizeForDiff(text: string): string[] {
  const tokens: string[] = [];
  let run = '';
  for (const char of text) {
    if (char.length === 1 && ASCII_RUN.test(char)) {
      run += char;
      continue;
    }
    if (run) {
      tokens.push(run);
      run = '';
    }
    tokens.push(char);
  }
  if (run) tokens.push(run);
  return tokens;
}

/** Maps tokens of both sides to small integers so the diff compares numbers, not strings. */
export function internTokens(a: string[], b: string[]): { a: Int32Array; b: Int32Array } {
  const ids = new Map<string, number>();
  const encode = (tokens: string[]): Int32Array => {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = ids.get(tokens[i]);
      if (id === undefined) {
        id = ids.size;
        ids.set(tokens[i], id);
      }
      out[i] = id;
    }
    return out;
  };
  return { a: encode(a), b: encode(b) };
}
