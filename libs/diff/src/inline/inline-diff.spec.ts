import fc from 'fast-check';
import type { InlineOp } from '../model';
import { applyInlineOps, inlineDiff, rawInlineDiff } from './inline-diff';
import { diffSequences } from './myers';
import { encodeTokens, tokenCount, tokenizeForDiff } from './tokenize';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Chinese-like text: common characters, punctuation, ASCII figures and astral-plane characters. */
const planText = fc
  .array(fc.constantFrom('质', '量', '强', '区', '建', '设', '，', '。', '、', '9', '8', '.', '%', '𠀋', '𪚥', 'a', '（', '）'), {
    maxLength: 40,
  })
  .map((chars) => chars.join(''));

/** The same with lone surrogates, which a text may hold and which stay tokens of their own. */
const textWithStraySurrogates = fc
  .array(fc.constantFrom('质', '量', '，', '9', '.', '%', 'a', '𠀋', '\uD800', '\uDC00', ' '), { maxLength: 40 })
  .map((chars) => chars.join(''));

const editCount = (ops: InlineOp[]) => ops.filter((op) => op.op !== 'equal').length;

describe('tokenizeForDiff', () => {
  it('keeps a run of ASCII letters, digits, dots and percent signs as one token', () => {
    expect(tokenizeForDiff('合格率达到98.2%以上')).toEqual(['合', '格', '率', '达', '到', '98.2%', '以', '上']);
  });

  it('keeps an astral-plane character (a surrogate pair) as one token', () => {
    expect(tokenizeForDiff('𠀋区𪚥')).toEqual(['𠀋', '区', '𪚥']);
  });

  it('cuts every text as the rule says: code points, with ASCII runs whole', () => {
    const byTheRule = (text: string) => {
      const tokens: string[] = [];
      for (const char of text) {
        const last = tokens[tokens.length - 1];
        if (/^[A-Za-z0-9.%]$/.test(char) && last !== undefined && /^[A-Za-z0-9.%]+$/.test(last)) tokens[tokens.length - 1] += char;
        else tokens.push(char);
      }
      return tokens;
    };
    fc.assert(
      fc.property(textWithStraySurrogates, (text) => {
        expect(tokenizeForDiff(text)).toEqual(byTheRule(text));
        expect(tokenCount(text)).toBe(byTheRule(text).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('encodeTokens', () => {
  it('gives equal tokens, and only those, the same small id on both sides', () => {
    fc.assert(
      fc.property(textWithStraySurrogates, textWithStraySurrogates, (before, after) => {
        const { a, b, startsA, startsB } = encodeTokens(before, after);
        const tokens = [...tokenizeForDiff(before), ...tokenizeForDiff(after)];
        const ids = [...a, ...b];
        const cut = (text: string, starts: number[]) => starts.slice(0, -1).map((s, k) => text.slice(s, starts[k + 1]));
        expect([...cut(before, startsA), ...cut(after, startsB)]).toEqual(tokens);
        const idOf = new Map<string, number>();
        tokens.forEach((token, k) => {
          if (!idOf.has(token)) idOf.set(token, idOf.size);
          expect(ids[k]).toBe(idOf.get(token));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('diffSequences', () => {
  const lcsLength = (a: number[], b: number[]) => {
    const row = new Array(b.length + 1).fill(0);
    for (const x of a) {
      let diagonal = 0;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
        diagonal = above;
      }
    }
    return row[b.length];
  };

  it('finds a shortest edit script (as long as n + m - 2·LCS)', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        const runs = diffSequences(Int32Array.from(a), Int32Array.from(b));
        const edits = runs.filter((r) => r.op !== 'equal').reduce((n, r) => n + r.length, 0);
        expect(edits).toBe(a.length + b.length - 2 * lcsLength(a, b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('inlineDiff', () => {
  it('turns the before text into the after text, raw and cleaned up', () => {
    fc.assert(
      fc.property(planText, planText, (before, after) => {
        for (const ops of [rawInlineDiff(before, after), inlineDiff(before, after)]) {
          expect(applyInlineOps(ops, 'before')).toBe(before);
          expect(applyInlineOps(ops, 'after')).toBe(after);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(planText, planText, (before, after) => {
        for (const op of inlineDiff(before, after)) expect(op.text).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a changed percentage as one replacement', () => {
    expect(inlineDiff('合格率达到98.2%以上', '合格率达到95%以上')).toEqual([
      { op: 'equal', text: '合格率达到' },
      { op: 'delete', text: '98.2%' },
      { op: 'insert', text: '95%' },
      { op: 'equal', text: '以上' },
    ]);
  });

  it('merges a rewritten phrase into one chunk instead of single-character confetti', () => {
    const before = '加快产业基础高级化进程';
    const after = '推动产业发展高级化进程';
    expect(editCount(rawInlineDiff(before, after))).toBeGreaterThan(2);
    expect(inlineDiff(before, after)).toEqual([
      { op: 'delete', text: '加快产业基础' },
      { op: 'insert', text: '推动产业发展' },
      { op: 'equal', text: '高级化进程' },
    ]);
  });

  it('keeps punctuation as the break between two separate edits', () => {
    expect(inlineDiff('长寿，提高质量', '沙坪坝，提升质量')).toEqual([
      { op: 'delete', text: '长寿' },
      { op: 'insert', text: '沙坪坝' },
      { op: 'equal', text: '，' },
      { op: 'delete', text: '提高' },
      { op: 'insert', text: '提升' },
      { op: 'equal', text: '质量' },
    ]);
  });

  it('replaces whole words when a single shared character is all that sits before punctuation', () => {
    expect(inlineDiff('产品质量水平大幅跃升。', '产品质量水平稳步提升。')).toEqual([
      { op: 'equal', text: '产品质量水平' },
      { op: 'delete', text: '大幅跃升' },
      { op: 'insert', text: '稳步提升' },
      { op: 'equal', text: '。' },
    ]);
  });

  it('places an inserted clause after the punctuation that ends the previous one', () => {
    const ops = inlineDiff('推进品牌建设。加强监管。', '推进品牌建设。加强宣传。加强监管。');
    expect(ops).toEqual([
      { op: 'equal', text: '推进品牌建设。' },
      { op: 'insert', text: '加强宣传。' },
      { op: 'equal', text: '加强监管。' },
    ]);
  });

  it('is a single equality for equal texts and empty for two empty texts', () => {
    expect(inlineDiff('质量', '质量')).toEqual([{ op: 'equal', text: '质量' }]);
    expect(inlineDiff('', '')).toEqual([]);
  });
});
