/**
 * Numeric targets written inline (食品抽检合格率达到98.2%以上). They are derived from the text on
 * demand, never stored in nodes, so an edit to the text cannot leave a stale target behind.
 *
 * A number is a target when a comparing verb stands before it (达到, 超, 保持, 控制在…), or 以上/
 * 以下/以内 after it, or, for counts, the clause opens with 新增/争创 (新增…国家标准1项 reads as at
 * least one), or the clause repeats the shape of a target just before it with the verb left out
 * (满意度达到82分，生活性服务业质量满意度81分). Comparators:
 * - 达到 X with no 以上 is '>=': reaching a level is the floor, not an exact value (比例达到35%);
 * - 以上 is '>=' and 以下/以内 '<=' (both include the number in Chinese legal usage), unless the verb
 *   is strict (超…以上 stays '>', 低于…以下 stays '<');
 * - 超/超过/突破/高于 '>', 保持/稳定在 '=', 控制在/不超过/降至 '<=', 低于/少于 '<'; 左右 keeps the verb's.
 */
import type { Comparator, NumericTarget } from './model';
import { indicatorsFor } from './target-indicator';

const VERBS: ReadonlyArray<[string, Comparator]> = [
  ...['达到或超过', '不低于', '不少于', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '扩大到', '至少', '达到', '达']
    .map((verb): [string, Comparator] => [verb, '>=']),
  ...['超过', '突破', '高于', '多于', '大于', '超'].map((verb): [string, Comparator] => [verb, '>']),
  ...['保持在', '稳定在', '保持'].map((verb): [string, Comparator] => [verb, '=']),
  ...['控制在', '不超过', '不高于', '降至', '降到', '降低到', '降低至', '下降到', '下降至', '压减到', '压减至', '减少到', '缩短到', '缩短至']
    .map((verb): [string, Comparator] => [verb, '<=']),
  ...['低于', '少于', '小于'].map((verb): [string, Comparator] => [verb, '<']),
];
const VERB_PATTERN = VERBS.map(([verb]) => verb).sort((a, b) => b.length - a.length).join('|');
const COMPARATOR_OF = new Map(VERBS);

const COUNT_UNITS = ['万人次', '人次', '万人', '万户', '起', '例', '家', '项', '个', '件', '次', '所', '座', '条', '人', '户', '台', '套', '种', '批', '名', '位', '辆', '处', '部', '场'];
const UNITS = ['个百分点', '万亿元', '亿元', '万元', '平方公里', '万平方米', '平方米', '万亩', '万吨', '公里', '千米', '%', '％', '‰', '元', '分', '亩', '吨', '米', '天', '小时', '倍', ...COUNT_UNITS]
  .sort((a, b) => b.length - a.length);
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT = `(?:${UNITS.join('|')})`;
/** verb? number unit? ([、和] number unit?)* suffix? — one target, or a 分别 list of them. */
const GROUP = new RegExp(`(${VERB_PATTERN})?(${NUMBER}${UNIT}?(?:[、和与及]${NUMBER}${UNIT}?)*)(以上|以下|以内|左右)?`, 'gu');
const VALUE = new RegExp(`(${NUMBER})(${UNIT})?`, 'gu');
const CLAUSE_END = /[，。；：！？,;:]/;
const IMPLICIT_GOAL = /^(?:新增|争创|新建|新培育|培育|创建)/;
const BOUND_SUFFIXES = new Set(['以上', '以下', '以内']);

export interface TargetContext {
  /** The year an enclosing clause sets (到2027年，…), used when the sentence names none. */
  year?: number;
}

function comparatorFor(verb: string | undefined, suffix: string | undefined, inherited: Comparator | null): Comparator {
  const fromVerb = verb ? COMPARATOR_OF.get(verb) : undefined;
  if (suffix === '以上') return fromVerb === '>' ? '>' : '>=';
  if (suffix === '以下' || suffix === '以内') return fromVerb === '<' ? '<' : '<=';
  return fromVerb ?? inherited ?? '>=';
}

/** The last 20xx年 / 到20xx年 of the sentence before `position`. */
function sentenceYear(text: string, position: number): number | null {
  const sentenceStart = Math.max(...['。', '；', '！', '？'].map((mark) => text.lastIndexOf(mark, position - 1))) + 1;
  const years = [...text.slice(sentenceStart, position).matchAll(/(1[89]\d{2}|20\d{2})年/g)];
  return years.length > 0 ? Number(years[years.length - 1][1]) : null;
}

/** Where the clause holding `position` starts: after the last ，。；： before it. */
function clauseStart(text: string, position: number): number {
  for (let i = position - 1; i >= 0; i--) if (CLAUSE_END.test(text[i])) return i + 1;
  return 0;
}

/** A number that is part of something else: a year, a date, an ordinal (第69次), a decimal's tail. */
function isEmbedded(text: string, start: number, end: number): boolean {
  return /[\d.第]/.test(text[start - 1] ?? '') || /[.\d年月日号届期级]/.test(text[end] ?? '');
}

export function extractTargets(text: string, context: TargetContext = {}): NumericTarget[] {
  // Full-width digits and dots read as ASCII; one UTF-16 unit each, so positions do not move.
  const scan = text.replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const targets: NumericTarget[] = [];
  let previous: { end: number; comparator: Comparator } | null = null;
  for (const match of scan.matchAll(GROUP)) {
    const [whole, verb, list, suffix] = match;
    const start = match.index ?? 0;
    const end = start + whole.length;
    if (isEmbedded(scan, start, end)) continue;
    const values = [...list.matchAll(VALUE)].map((value) => ({ value: Number(value[1]), unit: value[2]?.replace('％', '%') ?? null }));
    const lastUnit = values[values.length - 1].unit;
    const clause = clauseStart(scan, start);
    // A second target in the same clause (…1项、行业标准…20项以上) names what follows the first.
    const ownStart = previous !== null && previous.end > clause ? previous.end : clause;
    const lead = scan.slice(ownStart, start);
    const bare = !verb && !(suffix && BOUND_SUFFIXES.has(suffix));
    const implicit = lastUnit !== null && COUNT_UNITS.includes(lastUnit) && IMPLICIT_GOAL.test(lead);
    const endsClause = end === scan.length || CLAUSE_END.test(scan[end]);
    const elided = previous !== null && previous.end === clause - 1 && endsClause && lastUnit !== null && lead !== '';
    if (bare && !implicit && !elided) continue;
    const comparator = comparatorFor(verb, suffix, bare && elided && !implicit ? previous?.comparator ?? null : null);
    const indicators = indicatorsFor(text.slice(ownStart, start), values.length);
    const year = sentenceYear(scan, start) ?? context.year ?? null;
    values.forEach((value, k) => {
      targets.push({ indicator: indicators[k], comparator, value: value.value, unit: value.unit ?? lastUnit, year, source: text.slice(start, end) });
    });
    previous = { end, comparator };
  }
  return targets;
}
