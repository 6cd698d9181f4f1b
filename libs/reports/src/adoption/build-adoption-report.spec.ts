import { buildAdoptionReport } from './build-adoption-report';
import { indexClauses } from './clause-paths';
import { comment, reportInput, smallPlan } from './testing/report-fixture';

describe('indexClauses', () => {
  it('cites every clause by the numbers of its ancestors and its own, items running on through a part', () => {
    const { paths } = indexClauses(smallPlan());
    expect(Object.fromEntries(paths)).toEqual({
      preamble: '第1段',
      'part-1': '一、',
      'sec-1-1': '一、（一）',
      'para-guiding': '一、（一）第1段',
      'sec-1-2': '一、（二）',
      'goal-1': '一、（二）第1段',
      'goal-2': '一、（二）第2段',
      'part-2': '二、',
      'sec-2-1': '二、（一）',
      'item-1': '二、（一）1.',
      'item-2': '二、（一）2.',
      'sec-2-2': '二、（二）',
      'item-3': '二、（二）3.',
      'sub-3-1': '二、（二）3.（1）',
    });
  });
});

describe('buildAdoptionReport', () => {
  const comments = [
    comment('c-late-item', '区交通局', 'item-3', '建议明确减量目标。', {
      anchor: { nodeId: 'item-3', range: { start: 12, end: 21 }, quote: '推进化学农药减量化' },
      disposition: { disposition: 'adopted', reason: null },
    }),
    comment('c-goal', '区农业农村委', 'goal-1', '本条与第二条重复，建议删除。', {
      anchor: { nodeId: 'goal-1', range: null, quote: '产业质量竞争力明显增强。' },
      disposition: { disposition: 'adopted', reason: null },
    }),
    comment('c-withdrawn', '区教委', 'item-1', '已撤回的意见。', { withdrawn: true }),
    comment('c-item-start', '区教委', 'item-3', '建议标题改为“实施农产品质量提升行动”。', {
      anchor: { nodeId: 'item-3', range: { start: 0, end: 11 }, quote: '实施农产品质量提升工程' },
      disposition: { disposition: 'notAdopted', reason: '与市级方案表述保持一致' },
    }),
    comment('c-open', '区档案馆', 'preamble', '建议补充依据文件。'),
  ];
  const report = buildAdoptionReport(reportInput(comments));

  it('has one row per comment not withdrawn, in plan order, then by quote position', () => {
    expect(report.rows.map((row) => [row.number, row.commentId, row.clause])).toEqual([
      [1, 'c-open', '第1段'],
      [2, 'c-goal', '一、（二）第1段'],
      [3, 'c-item-start', '二、（二）3.'],
      [4, 'c-late-item', '二、（二）3.'],
    ]);
  });

  it('quotes the selected words, or the whole clause text for a comment on the whole clause', () => {
    expect(report.rows.map((row) => row.original)).toEqual([
      '为全面提高我区质量总体水平，制定本实施方案。',
      '产业质量竞争力明显增强。',
      '实施农产品质量提升工程',
      '推进化学农药减量化',
    ]);
  });

  it('prints disposition, reason and the clause as it reads now, or 已删除', () => {
    expect(report.rows[1]).toMatchObject({ department: '区农业农村委', disposition: '采纳', reason: '', revisedText: '已删除' });
    expect(report.rows[2]).toMatchObject({
      comment: '建议标题改为“实施农产品质量提升行动”。',
      disposition: '不采纳',
      reason: '与市级方案表述保持一致',
      revisedText: '实施农产品质量提升工程。推进化学农药减量化，到2027年使用量减少5%。',
    });
    expect(report.rows[0]).toMatchObject({ department: '区档案馆', disposition: '尚未处理', revisedText: '为全面提高我区质量总体水平，制定本实施方案。' });
  });

  it('counts comments not withdrawn; undisposed ones only in the total', () => {
    expect(report.counts).toEqual({ total: 4, adopted: 2, partlyAdopted: 0, notAdopted: 1, alreadyCovered: 0, undisposed: 1 });
    expect(report.summary).toBe('共收到意见4条，采纳2条，部分采纳0条，不采纳1条，已有体现0条');
  });

  it('names the plan and, from the second round on, the round in the title', () => {
    expect(report.title).toBe('《质量强区建设实施方案》征求意见采纳情况表');
    const second = buildAdoptionReport(reportInput([], { round: { roundNumber: 2, noObjectionDepartmentIds: [] } }));
    expect(second.title).toBe('《质量强区建设实施方案》征求意见采纳情况表（第2轮）');
  });

  it('lists departments that answered 无意见 or were deemed to, but never one with comments', () => {
    const input = reportInput(comments, {
      round: { roundNumber: 1, noObjectionDepartmentIds: ['区民政局', '区交通局'] },
      noObjectionAnswers: [{ departmentId: '区教委' }, { departmentId: '区规划自然资源局' }],
    });
    expect(buildAdoptionReport(input).noObjectionDepartments).toEqual([
      { departmentId: '区规划自然资源局', name: '区规划自然资源局', how: 'answered' },
      { departmentId: '区民政局', name: '区民政局', how: 'deemed' },
    ]);
  });
});
