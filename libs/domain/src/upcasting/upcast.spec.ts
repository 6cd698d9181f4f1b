import { PLAN_EVENT_TYPES, type PlanEvent } from '../events';
import { evolve } from '../evolve';
import { initialState } from '../plan/plan-state';
import { HISTORIES, meta, textEdited } from '../testing/plan-fixtures';
import {
  createPlanEventUpcaster,
  type StoredPlanEvent,
  UnknownPlanEventError,
  upcastPlanEvent,
} from './upcast';

describe('upcastPlanEvent', () => {
  it('returns every current event unchanged', () => {
    const stream = [...HISTORIES.amending(), textEdited('item-1', 0, '', '着力')];
    const stored: StoredPlanEvent[] = JSON.parse(JSON.stringify(stream));
    expect(stored.map(upcastPlanEvent)).toEqual(stream);
  });

  it('refuses a type it does not know rather than fold it into a wrong state', () => {
    const stored = { type: 'ClauseRenumbered', data: {} };
    expect(() => upcastPlanEvent(stored)).toThrow(UnknownPlanEventError);
  });

  it('lists every event type once', () => {
    expect(new Set(PLAN_EVENT_TYPES).size).toBe(15);
  });
});

/**
 * How a future change would be read back. Suppose version 1 had written PlanIssued with the
 * date as printed (2023年12月25日), and a retired type ClauseTextEdited keyed by clauseId. Stored
 * events are never rewritten: the upcasters turn them into today's shapes on read.
 */
describe('upcasting a version 1 payload (illustration)', () => {
  const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
  const upcast = createPlanEventUpcaster({
    PlanIssued: (stored) => {
      const data = stored.data as { issuedOn: string };
      const match = CHINESE_DATE.exec(data.issuedOn);
      if (!match) return stored;
      const issuedOn = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
      return { type: 'PlanIssued', data: { ...data, issuedOn } };
    },
    ClauseTextEdited: (stored) => {
      const { clauseId, ...rest } = stored.data as { clauseId: string };
      return { type: 'NodeTextEdited', data: { ...rest, nodeId: clauseId } };
    },
  });

  it('converts the printed date to ISO and leaves current payloads alone', () => {
    const documentNumber = '沙府发〔2023〕52号';
    const v1 = {
      type: 'PlanIssued',
      data: { ...meta(5), documentNumber, issuedOn: '2023年12月25日' },
    };
    const current: PlanEvent = {
      type: 'PlanIssued',
      data: { ...meta(5), documentNumber, issuedOn: '2023-12-25' },
    };
    expect(upcast(v1)).toEqual(current);
    expect(upcast(current)).toEqual(current);
  });

  it('maps a retired type onto the current one, so old streams still fold', () => {
    const v1 = {
      type: 'ClauseTextEdited',
      data: {
        ...meta(10),
        clauseId: 'item-1',
        offset: 0,
        deleteCount: 0,
        deletedText: '',
        insertedText: '着力',
      },
    };
    const stored: StoredPlanEvent[] = [...HISTORIES.drafting(), v1];
    const state = stored.map(upcast).reduce(evolve, initialState());
    expect(state.nodes['item-1'].text.startsWith('着力增强')).toBe(true);
  });
});
