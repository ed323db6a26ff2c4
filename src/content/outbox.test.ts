import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventDraft } from '../common/protocol';
import { decodeOutbox, encodeOutbox, OUTBOX_PREFIX } from '../common/outbox-store';
import type { StorageArea } from '../browser/storage';
import { CHAT_COALESCE_MS, CHUNK_MAX, Outbox, UNREAD_AFTER_MS } from './outbox';

let n = 0;
const draft = (): EventDraft => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  type: 'chat.message',
  time: '2026-11-28T09:00:00.000+07:00',
  payload: { message: { id: `m${n}`, text: 'dạ' } },
});
const join = (): EventDraft => ({
  ...draft(),
  type: 'participant.joined',
  payload: { participant: { id: 'x', name: 'Khách' } },
});

const finding = (tier: 'alert' | 'review'): EventDraft => ({
  ...draft(),
  type: 'finding',
  payload: { finding: { ruleId: 'participant.unknown', category: 'unknown-participant', severity: 2, tier } },
});

/** storage.local as the outbox uses it: records each write and when it finished; `fail` makes the next writes throw. */
function fakeStorage(opts: { latencyMs?: number } = {}) {
  const data = new Map<string, unknown>();
  const writes: { key: string; at: number }[] = [];
  const state = { fail: [] as Error[] };
  return {
    data,
    writes,
    state,
    set: async (items: Record<string, unknown>) => {
      const err = state.fail.shift();
      if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
      if (err) throw err;
      for (const [k, v] of Object.entries(items)) {
        data.set(k, v);
        writes.push({ key: k, at: Date.now() });
      }
    },
  };
}
type FakeStorage = ReturnType<typeof fakeStorage>;

/** Every event written so far, chunk by chunk in key order (the order the worker reads a page's chunks in). */
const written = (s: FakeStorage) =>
  [...s.data.keys()]
    .sort()
    .flatMap((k) => decodeOutbox(s.data.get(k))?.events ?? [])
    .map((e) => e.id);

function outbox(storage: FakeStorage, onInvalidated = () => {}) {
  const box = new Outbox({ instanceId: 'i1', storage: storage as unknown as StorageArea, onInvalidated });
  box.setSession('s1');
  return box;
}

beforeEach(() => {
  vi.useFakeTimers();
  // A live extension context, as the content script has until the extension is reloaded.
  vi.stubGlobal('chrome', { runtime: { id: 'extension-id' } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('outbox', () => {
  it('delivers each batch with one storage write: a readable chunk, keys in push order', async () => {
    const storage = fakeStorage();
    const box = outbox(storage);
    const pushed: string[] = [];
    for (let batch = 0; batch < 4; batch++) {
      for (let i = 0; i < 20; i++) {
        const e = draft();
        pushed.push(e.id);
        box.push(e);
      }
      expect(box.pending).toBe(20);
      await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS);
      expect(box.pending).toBe(0);
    }
    expect(storage.writes).toHaveLength(4);
    expect(written(storage)).toEqual(pushed);
    const first = decodeOutbox(storage.data.get(`${OUTBOX_PREFIX}i1.00000000`));
    expect(first).toMatchObject({ sessionId: 's1' });
    expect(first?.events).toHaveLength(20);
  });

  it('writes at a flush near the end of the gathering, in that task, not again at the timer', async () => {
    const storage = fakeStorage();
    const box = outbox(storage);
    box.push(draft());
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS / 2);
    box.flushed(); // half way: the batch keeps gathering
    expect(storage.writes).toHaveLength(0);
    box.push(draft());
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS / 2 - CHAT_COALESCE_MS / 5);
    box.flushed();
    await Promise.resolve();
    expect(storage.writes).toHaveLength(1);
    expect(box.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS * 2);
    expect(storage.writes).toHaveLength(1);
    expect(written(storage)).toHaveLength(2);
    box.flushed(); // nothing gathering
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS * 2);
    expect(storage.writes).toHaveLength(1);
  });

  it('writes nothing before the session is known, then everything gathered', async () => {
    const storage = fakeStorage();
    const box = new Outbox({ instanceId: 'i0', storage: storage as unknown as StorageArea, onInvalidated: () => {} });
    box.push(join());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(storage.writes).toEqual([]);
    box.setSession('s1');
    await vi.advanceTimersByTimeAsync(200);
    expect(storage.writes).toHaveLength(1);
    expect(decodeOutbox(storage.data.get(storage.writes[0]!.key))?.sessionId).toBe('s1');
  });

  it('lets chat alone gather for a second, but writes 200 ms after anything else joins the batch', async () => {
    const storage = fakeStorage();
    const box = outbox(storage);
    const t0 = Date.now();
    box.push(draft());
    await vi.advanceTimersByTimeAsync(500);
    expect(storage.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS);
    expect(storage.writes.map((w) => w.at - t0)).toEqual([CHAT_COALESCE_MS]);
    // Chat, then a stranger joins 100 ms later: the batch leaves 200 ms after the join.
    const t1 = Date.now();
    box.push(draft());
    await vi.advanceTimersByTimeAsync(100);
    box.push(join());
    await vi.advanceTimersByTimeAsync(400);
    expect(storage.writes.slice(1).map((w) => w.at - t1)).toEqual([300]);
    expect(box.pending).toBe(0);
    // The urgency went with that batch: chat alone gathers for a second again.
    const t2 = Date.now();
    box.push(draft());
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS + 100);
    expect(storage.writes.slice(2).map((w) => w.at - t2)).toEqual([CHAT_COALESCE_MS]);
  });

  it('writes an alert-tier finding, with what came before it, in the next task; a review one waits', async () => {
    const storage = fakeStorage();
    const box = outbox(storage);
    const t0 = Date.now();
    const first = [draft(), join(), finding('alert')];
    for (const e of first) box.push(e);
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.writes.map((w) => w.at - t0)).toEqual([0]);
    expect(written(storage)).toEqual(first.map((e) => e.id));
    // A review-tier finding is not what a notification waits on: it goes with the join, 200 ms later.
    const t1 = Date.now();
    box.push(join());
    box.push(finding('review'));
    await vi.advanceTimersByTimeAsync(199);
    expect(storage.writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.writes.slice(1).map((w) => w.at - t1)).toEqual([200]);
    // An alert arriving while a batch gathers cuts the wait short.
    box.push(draft());
    await vi.advanceTimersByTimeAsync(300);
    box.push(finding('alert'));
    await vi.advanceTimersByTimeAsync(0);
    expect(storage.writes).toHaveLength(3);
    expect(box.pending).toBe(0);
  });

  it('keeps a batch that storage refused and writes it again, before what came after it', async () => {
    const storage = fakeStorage({ latencyMs: 20 });
    storage.state.fail.push(new Error('QUOTA_BYTES quota exceeded'), new Error('QUOTA_BYTES quota exceeded'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const box = outbox(storage);
    const first = [join(), draft(), draft()];
    for (const e of first) box.push(e);
    await vi.advanceTimersByTimeAsync(210); // the first write is under way (and will fail)
    const later = draft();
    box.push(later);
    await vi.advanceTimersByTimeAsync(20);
    expect(storage.writes).toEqual([]);
    expect(box.pending).toBe(4);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(written(storage)).toEqual([...first, later].map((e) => e.id));
    expect(box.pending).toBe(0);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('writes a burst (a big class joining) in chunks back to back, the rest after it gathers', async () => {
    const storage = fakeStorage({ latencyMs: 5 });
    const box = outbox(storage);
    const events = Array.from({ length: CHUNK_MAX * 2 + 10 }, join);
    for (const e of events) box.push(e);
    await vi.advanceTimersByTimeAsync(200 + 5 * 2);
    expect(storage.writes.map((w) => decodeOutbox(storage.data.get(w.key))?.events?.length)).toEqual([
      CHUNK_MAX,
      CHUNK_MAX,
    ]);
    expect(box.pending).toBe(10);
    await vi.advanceTimersByTimeAsync(300);
    expect(written(storage)).toEqual(events.map((e) => e.id));
  });

  it('writes what is gathering at once when the page goes away, even while another write is under way', async () => {
    const storage = fakeStorage({ latencyMs: 50 });
    const box = outbox(storage);
    const a = join();
    box.push(a);
    await vi.advanceTimersByTimeAsync(210); // a's write has started and takes 50 ms
    const b = draft();
    box.push(b);
    box.persistNow(); // pagehide
    expect(box.pending).toBe(2);
    await vi.advanceTimersByTimeAsync(50);
    expect(written(storage)).toEqual([a.id, b.id]);
    expect(storage.writes).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(storage.writes).toHaveLength(2); // nothing written twice
  });

  it('stops, once, when the extension is gone (reloaded or updated)', async () => {
    const storage = fakeStorage();
    const onInvalidated = vi.fn();
    const box = outbox(storage, onInvalidated);
    box.push(join());
    vi.stubGlobal('chrome', { runtime: {} }); // Chrome clears runtime.id in an orphaned content script
    storage.state.fail.push(new Error('Extension context invalidated.'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onInvalidated).toHaveBeenCalledTimes(1);
    box.push(join());
    box.persistNow();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(storage.writes).toEqual([]);
  });

  it('writes chat messages as rows, about half the characters, and reads every event back as it was, in order', () => {
    const chat = (i: number, self: boolean): EventDraft => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      type: 'chat.message',
      time: '2026-11-28T09:00:00.123+07:00',
      payload: {
        message: {
          id: `17643300000${i}`,
          senderId: self ? 'me' : null,
          senderName: `Học sinh ${i}`,
          self,
          text: `câu trả lời số ${i} của em ạ`,
          time: '10:55 AM',
          privateTo: i === 3 ? 'Cô Lan' : null,
        },
      },
    });
    const events = [chat(1, false), join(), chat(2, true), chat(3, false), draft()];
    const box = { sessionId: 's', events, updatedAt: 1 };
    const encoded = encodeOutbox(box);
    expect(decodeOutbox(encoded)).toEqual(box);
    const chatOnly = { sessionId: 's', events: Array.from({ length: 20 }, (_, i) => chat(i, false)), updatedAt: 1 };
    expect(encodeOutbox(chatOnly).length).toBeLessThan(0.6 * JSON.stringify(chatOnly).length);
    // A row this code did not write stays an array, which the worker's check refuses.
    const odd = JSON.stringify({ sessionId: 's', events: [['x', 'y']], updatedAt: 1 });
    expect(decodeOutbox(odd)?.events).toEqual([['x', 'y']]);
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

describe('a chunk the worker never collected', () => {
  /** Storage whose chunks stay until `collect` removes them, as the worker does once it has stored them. */
  function collectable() {
    const storage = fakeStorage();
    const get = async (keys: string[]) =>
      Object.fromEntries(keys.filter((k) => storage.data.has(k)).map((k) => [k, storage.data.get(k)]));
    return { storage: Object.assign(storage, { get }), collect: () => storage.data.clear() };
  }

  it('wakes a worker while it stays in storage, less often as it stays, and no more once collected', async () => {
    const { storage, collect } = collectable();
    let wakes = 0;
    const box = new Outbox({
      instanceId: 'i2',
      storage: storage as unknown as StorageArea,
      onInvalidated: () => {},
      wake: () => wakes++,
    });
    box.setSession('s1');
    box.push(join());
    await vi.advanceTimersByTimeAsync(CHAT_COALESCE_MS);
    expect(storage.writes).toHaveLength(1);
    // The worker handed it was stopped before removing it: nothing else will look at it.
    await vi.advanceTimersByTimeAsync(UNREAD_AFTER_MS);
    expect(wakes).toBe(1);
    await vi.advanceTimersByTimeAsync(2 * UNREAD_AFTER_MS);
    expect(wakes).toBe(2);
    // The woken worker collects it.
    collect();
    await vi.advanceTimersByTimeAsync(20 * UNREAD_AFTER_MS);
    expect(wakes).toBe(2);
    box.stop();
  });

  it('wakes nothing when each chunk is collected in time', async () => {
    const { storage, collect } = collectable();
    let wakes = 0;
    const box = new Outbox({
      instanceId: 'i3',
      storage: storage as unknown as StorageArea,
      onInvalidated: () => {},
      wake: () => wakes++,
    });
    box.setSession('s1');
    for (let i = 0; i < 10; i++) {
      box.push(join());
      await vi.advanceTimersByTimeAsync(UNREAD_AFTER_MS / 2);
      collect();
    }
    await vi.advanceTimersByTimeAsync(10 * UNREAD_AFTER_MS);
    expect(storage.writes).toHaveLength(10);
    expect(wakes).toBe(0);
    box.stop();
  });
});
