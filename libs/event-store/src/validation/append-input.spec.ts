import { randomUUID } from 'node:crypto';
import { InvalidAppendError } from '../port/errors';
import { eventsJson, MAX_APPEND_BYTES, MAX_EVENT_BYTES, prepareAppend } from './append-input';

describe('prepareAppend', () => {
  it('serializes the events once, with lowercase ids and empty metadata by default', () => {
    const id = randomUUID().toUpperCase();
    const prepared = prepareAppend('plan-1', 3, [{ id, type: 'ClauseTextEdited', data: { text: '质量' } }]);
    const json = JSON.stringify([{ id: id.toLowerCase(), type: 'ClauseTextEdited', data: { text: '质量' }, metadata: {} }]);
    expect(prepared).toEqual({
      streamId: 'plan-1',
      expected: 3n,
      eventIds: [id.toLowerCase()],
      events: [{ id: id.toLowerCase(), type: 'ClauseTextEdited', dataJson: '{"text":"质量"}', metadataJson: '{}' }],
      jsonLength: json.length - 2,
    });
    expect(eventsJson(prepared)).toBe(json);
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

  it('counts four bytes for a character outside the BMP', () => {
    const id = randomUUID();
    const overhead = Buffer.byteLength(JSON.stringify({ id, type: 'T', data: { t: '' }, metadata: {} }));
    const fits = '📜'.repeat(Math.floor((MAX_EVENT_BYTES - overhead) / 4));
    expect(() => prepareAppend('s', 'any', [{ id, type: 'T', data: { t: fits } }])).not.toThrow();
    expect(() => prepareAppend('s', 'any', [{ id, type: 'T', data: { t: `${fits}📜` } }])).toThrow(
      expect.objectContaining({ code: 'EVENT_TOO_LARGE' }),
    );
  });

  it('measures the 16 MiB limit of an append in UTF-8 bytes of all its events', () => {
    const events = (count: number, text: string) => Array.from({ length: count }, () => ({ id: randomUUID(), type: 'T', data: { text } }));
    const ascii = 'x'.repeat(MAX_EVENT_BYTES - 100);
    // 6 MiB of ASCII: over the limit if every character could take 3 bytes, within it in fact.
    expect(prepareAppend('s', 'any', events(6, ascii)).events).toHaveLength(6);
    const count = Math.ceil(MAX_APPEND_BYTES / ascii.length);
    expect(() => prepareAppend('s', 'any', events(count, ascii))).toThrow(expect.objectContaining({ code: 'APPEND_TOO_LARGE' }));
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
