import type { NumericTarget } from '@planledger/documents';
import { diffTargets } from './targets';

const target = (indicator: string, value: number, rest: Partial<NumericTarget> = {}): NumericTarget => ({
  indicator,
  comparator: '>=',
  value,
  unit: '%',
  year: 2027,
  source: `达到${value}%以上`,
  ...rest,
});

describe('diffTargets', () => {
  it('reports a changed value of the same indicator as one change', () => {
    expect(diffTargets([target('食品抽检合格率', 98.2)], [target('食品抽检合格率', 98.5)])).toEqual([
      { change: 'changed', indicator: '食品抽检合格率', before: target('食品抽检合格率', 98.2), after: target('食品抽检合格率', 98.5), fields: ['value'] },
    ]);
  });

  it('pairs a reworded indicator and names every field that changed', () => {
    const before = target('制造业产品和消费品质量合格率', 95, { comparator: '=', year: null });
    const after = target('制造业产品质量合格率', 96, { unit: '个百分点' });
    const [change] = diffTargets([before], [after]);
    expect(change).toMatchObject({ change: 'changed', fields: ['value', 'comparator', 'year', 'unit'] });
  });

  it('reports targets with no counterpart as added or removed, and leaves equal ones out', () => {
    const kept = target('城镇新建绿色建筑占比', 100);
    const gone = target('生产领域药品抽检合格率', 99.8);
    const fresh = target('国际标准', 1, { unit: '项' });
    expect(diffTargets([kept, gone], [kept, fresh])).toEqual([
      { change: 'removed', indicator: gone.indicator, before: gone, after: null, fields: [] },
      { change: 'added', indicator: fresh.indicator, before: null, after: fresh, fields: [] },
    ]);
  });
});
