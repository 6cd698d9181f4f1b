import { randomUUID } from 'node:crypto';
import { InvalidAppendError } from '../port/errors';
import { MAX_EVENT_BYTES, prepareAppend } from './append-input';

describe('prepareAppend', () => {
  it('serializes the events once, with lowercase ids and empty metadata by default', () => {
    const id = randomUUID().toUpperCase();
    const prepared = prepareAppend('plan-1', 3, [{ id, type: 'ClauseTextEdited', data: { text: '质量' } }]);
    expect(prepared).toEqual({
      streamId: 'plan-1',
      expected: 3n,
      eventIds: [id.toLowerCase()],
      events: [{ id: id.toLowerCase(), type: 'ClauseTextEdited', dataJson: '{"text":"质量"}', metadataJson: '{}' }],
      eventsJson: JSON.stringify([{ id: id.toLowerCase(), type: 'ClauseTextEdited', data: { text: '质量' }, metadata: {} }]),
    });
  });

  it('measures the 1 MiB limit in UTF-8 bytes of the serialized event', () => {
    const id = randomUUID();
    const overhead = Buffer.byteLength(JSON.stringify({ id, type: 'T', data: { t: '' }, metadata: {} }));
    const fits = '质'.repeat(Math.floor((MAX_EVENT_BYTES - overhead) / 3));
    expect(() => prepareAppend('s', 'any', [{ id, type: 'T', data: { t: fits } }])).not.toThrow();
    let refusal: unknown;
    try {
      prepareAppend('s', 'any', [{ id, type: 'T', data: { t: `${fits}质` } }]);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InvalidAppendError);
    expect(refusal).toMatchObject({ code: 'EVENT_TOO_LARGE', eventIndex: 0 });
  });

  it('names the index of the event at fault', () => {
    let refusal: unknown;
    try {
      prepareAppend('s', 'any', [
        { id: randomUUID(), type: 'T', data: {} },
        { id: randomUUID(), type: 'T', data: { f: () => 1 } },
      ]);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'INVALID_EVENT_DATA', eventIndex: 1 });
  });
});
