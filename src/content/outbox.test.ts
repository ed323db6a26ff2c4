import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventDraft } from '../shared/protocol';
import { decodeOutbox, OUTBOX_PREFIX } from '../shared/outbox-store';
import { CHAT_COALESCE_MS, Outbox, REMOVE_EVERY_MS } from './outbox';

let n = 0;
const draft = (): EventDraft => ({ id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, type: 'chat.message', time: '2026-11-28T09:00:00.000+07:00', payload: { message: { id: `m${n}`, text: 'dạ' } } });

/** chrome.storage.local as the outbox uses it, counting calls. */
function fakeStorage() {
  const data = new Map<string, unknown>();
  const calls = { set: 0, remove: 0 };
  return {
    data,
    calls,
    set: async (items: Record<string, unknown>) => {
      calls.set++;
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    remove: async (keys: string | string[]) => {
      calls.remove++;
      for (const k of [keys].flat()) data.delete(k);
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('outbox', () => {
  it('writes each batch once before sending it, as a readable chunk, and removes acknowledged chunks together later', async () => {
    const storage = fakeStorage();
    const sent: EventDraft[][] = [];
    const box = new Outbox({
      instanceId: 'i1',
      storage: storage as unknown as chrome.storage.StorageArea,
      send: async (_s, events) => {
        // At the moment of sending, every event of the batch is already in storage.
        const persisted = [...storage.data.values()].flatMap((v) => decodeOutbox(v)?.events ?? []).map((e) => e.id);
        expect(persisted).toEqual(expect.arrayContaining(events.map((e) => e.id)));
        sent.push(events);
        return events.map((e) => e.id);
      },
      onInvalidated: () => {},
    });
    box.setSession('s1');
    for (let batch = 0; batch < 4; batch++) {
      for (let i = 0; i < 20; i++) box.push(draft());
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(sent.map((b) => b.length)).toEqual([20, 20, 20, 20]);
    expect(box.pending).toBe(0);
    expect(storage.calls.set).toBe(4);
    const chunk = decodeOutbox(storage.data.get(`${OUTBOX_PREFIX}i1.00000000`));
    expect(chunk).toMatchObject({ sessionId: 's1', events: sent[0] });
    // Acknowledged chunks wait, then go in one removal call.
    expect(storage.calls.remove).toBe(0);
    expect(storage.data.size).toBe(4);
    await vi.advanceTimersByTimeAsync(REMOVE_EVERY_MS);
    expect([...storage.data.keys()]).toEqual([]);
    expect(storage.calls.remove).toBe(1);
  });

  it('keeps a batch the worker did not acknowledge, in storage and in memory, and resends it', async () => {
    const storage = fakeStorage();
    let fail = 2;
    const stored: string[] = [];
    const box = new Outbox({
      instanceId: 'i2',
      storage: storage as unknown as chrome.storage.StorageArea,
      send: async (_s, events) => {
        if (fail-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        stored.push(...events.map((e) => e.id));
        return events.map((e) => e.id);
      },
      onInvalidated: () => {},
    });
    box.setSession('s1');
    const events = [draft(), draft(), draft()];
    for (const e of events) box.push(e);
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS + 100);
    expect(stored).toEqual([]);
    expect(decodeOutbox([...storage.data.values()][0])?.events?.map((e) => e.id)).toEqual(events.map((e) => e.id));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(stored).toEqual(events.map((e) => e.id));
    expect(storage.calls.set).toBe(1);
  });

  it('lets chat alone gather for a second, but sends at once (200 ms) when anything else joins the batch', async () => {
    const storage = fakeStorage();
    const sentAt: number[] = [];
    const box = new Outbox({
      instanceId: 'i3',
      storage: storage as unknown as chrome.storage.StorageArea,
      send: async (_s, events) => {
        sentAt.push(Date.now());
        return events.map((e) => e.id);
      },
      onInvalidated: () => {},
    });
    box.setSession('s1');
    const t0 = Date.now();
    box.push(draft());
    await vi.advanceTimersByTimeAsync(500);
    expect(sentAt).toEqual([]);
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS);
    expect(sentAt.map((t) => t - t0)).toEqual([CHAT_COALESCE_MS]);
    // Chat, then a stranger joins 100 ms later: the batch leaves 200 ms after the join.
    const t1 = Date.now();
    box.push(draft());
    await vi.advanceTimersByTimeAsync(100);
    box.push({ ...draft(), type: 'participant.joined', payload: { participant: { id: 'x', name: 'Khách' } } });
    await vi.advanceTimersByTimeAsync(400);
    expect(sentAt.slice(1).map((t) => t - t1)).toEqual([300]);
    expect(box.pending).toBe(0);
  });

  it('reads chunks that earlier versions stored as objects, and refuses garbage', () => {
    const box = { sessionId: 's', events: [draft()], updatedAt: 1 };
    expect(decodeOutbox(box)).toEqual(box);
    expect(decodeOutbox(JSON.stringify(box))).toEqual(box);
    expect(decodeOutbox('{not json')).toBeNull();
    expect(decodeOutbox(['x'])).toBeNull();
    expect(decodeOutbox(null)).toBeNull();
  });
});
