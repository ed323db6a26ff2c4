import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../common/protocol';
import { QUARANTINE_RAW_CHARS, quarantineRecord, storeSplitting, type SplitOps } from './quarantine';

const ev = (n: number, text = `message ${n}`): EventDraft => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'chat.message',
  time: '2026-12-06T09:00:00.000+07:00',
  payload: { message: { text } },
});

/** A log that refuses, all or nothing, any batch holding an event whose text says so. */
function fakeLog(extra: Partial<SplitOps> = {}) {
  const log: EventDraft[] = [];
  const calls: number[] = [];
  const ops: SplitOps = {
    async store(batch) {
      calls.push(batch.length);
      if (batch.some((e) => e.type === 'chat.message' && JSON.stringify(e.payload).includes('POISON')))
        throw new Error('DataError: refused');
      log.push(...batch);
      return batch.length;
    },
    splittable: () => true,
    quarantine: (event, err) => quarantineRecord(event, `not stored: ${String(err)}`, event.id),
    ...extra,
  };
  return { log, calls, ops };
}

describe('storeSplitting', () => {
  it('a batch with one event the log refuses: every other event is stored in order, that one as a quarantined record', async () => {
    const events = Array.from({ length: 40 }, (_, i) => ev(i, i === 23 ? 'POISON' : `message ${i}`));
    const { log, ops } = fakeLog();
    const { stored, quarantined } = await storeSplitting(events, ops);
    expect(stored).toBe(40);
    expect(log.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(log[23]).toMatchObject({
      id: events[23]!.id,
      type: 'event.quarantined',
      payload: { originalType: 'chat.message', reason: expect.stringContaining('DataError') },
    });
    expect(String(log[23]!.payload['raw'])).toContain('POISON');
    expect(quarantined).toHaveLength(1);
  });

  it('a refusal no split can help (the session is gone) is thrown, nothing quarantined', async () => {
    const { ops } = fakeLog({ splittable: () => false });
    await expect(storeSplitting([ev(1, 'POISON')], ops)).rejects.toThrow('refused');
  });

  it('a log that refuses even the quarantine record throws, so the chunk is tried again later', async () => {
    const { ops } = fakeLog({ quarantine: async (e) => ({ ...e, payload: { message: { text: 'POISON' } } }) });
    await expect(storeSplitting([ev(1), ev(2, 'POISON')], ops)).rejects.toThrow('refused');
  });
});

describe('quarantineRecord', () => {
  it('keeps a valid id and time, caps the raw text and records its full length', async () => {
    const big = ev(7, 'x'.repeat(100_000));
    const r = await quarantineRecord(big, 'refused: payload too big', 'k#0');
    expect(r).toMatchObject({ id: big.id, time: big.time, type: 'event.quarantined' });
    expect(String(r.payload['raw'])).toHaveLength(QUARANTINE_RAW_CHARS);
    expect(r.payload['rawChars']).toBeGreaterThan(100_000);
  });

  it('an event without a usable id gets one derived from where it was found, the same on a second read', async () => {
    const junk = { id: 'constructor', type: '__proto__', time: 'yesterday', payload: null };
    const a = await quarantineRecord(junk, 'refused', 'cg.outbox.x.1#3');
    const b = await quarantineRecord(junk, 'refused', 'cg.outbox.x.1#3');
    const c = await quarantineRecord(junk, 'refused', 'cg.outbox.x.1#4');
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.payload['originalType']).toBe('__proto__');
    expect(a.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('anything at all becomes a record: undefined, a number, a string, a lone surrogate', async () => {
    for (const junk of [undefined, 42, 'text', '\ud800', null, [1, 2]]) {
      const r = await quarantineRecord(junk, 'refused', 'k');
      expect(typeof r.payload['raw']).toBe('string');
    }
  });
});
