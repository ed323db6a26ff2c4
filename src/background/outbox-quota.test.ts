/**
 * A disk that is full: IndexedDB refuses the write with QuotaExceededError. The chunk stays in the
 * outbox (nothing is lost or quarantined), room is asked for at once, and the next try stores it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeOutbox, OUTBOX_PREFIX } from '../common/outbox-store';
import type { EventDraft } from '../common/protocol';

const appendEvents = vi.fn();
const noteWriteFailure = vi.fn();
vi.mock('./event-log', () => ({
  appendEvents,
  recordDiagnostic: vi.fn(async () => undefined),
  UnknownSessionError: class extends Error {},
}));
vi.mock('./alerts', () => ({ onEventsStored: vi.fn() }));
vi.mock('./forwarding', () => ({ forwardStored: vi.fn(async () => undefined) }));
vi.mock('./session-tabs', () => ({ tabOf: vi.fn(async () => undefined) }));
vi.mock('./chat-findings', () => ({ deriveChatFindings: vi.fn() }));
vi.mock('./storage-watch', async (original) => ({
  ...(await original<typeof import('./storage-watch')>()),
  noteWriteFailure,
  noteStored: vi.fn(),
}));

const SESSION = '11111111-1111-4111-8111-111111111111';
const KEY = `${OUTBOX_PREFIX}tab-1.0001`;
const alert: EventDraft = {
  id: '22222222-2222-4222-8222-222222222222',
  type: 'finding',
  time: '2026-12-06T09:00:00.000+07:00',
  payload: { observationId: '33333333-3333-4333-8333-333333333333', finding: { tier: 'alert' } },
};

const local = new Map<string, unknown>();
beforeEach(() => {
  local.clear();
  local.set(KEY, encodeOutbox({ sessionId: SESSION, events: [alert], updatedAt: 1 }));
  vi.stubGlobal('chrome', {
    storage: {
      local: {
        get: async () => Object.fromEntries(local),
        set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => local.set(k, v)),
        remove: async (k: string) => void local.delete(k),
      },
      onChanged: { addListener: vi.fn() },
    },
  });
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('an outbox chunk when the disk is full', () => {
  it('stays in storage, asks for room, and is stored on the next try', async () => {
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    appendEvents.mockRejectedValueOnce(full);
    const { drainOutboxes } = await import('./outbox-consumer');

    await drainOutboxes();
    expect([...local.keys()]).toEqual([KEY]);
    expect(noteWriteFailure).toHaveBeenCalledWith(full);
    // Tried whole, not split and quarantined event by event.
    expect(appendEvents).toHaveBeenCalledTimes(1);

    appendEvents.mockResolvedValueOnce({ ids: [alert.id], fresh: [{ ...alert, seq: 1 }] });
    await vi.advanceTimersByTimeAsync(2_500);
    await drainOutboxes();
    expect(appendEvents).toHaveBeenCalledTimes(2);
    expect(appendEvents.mock.calls[1]![1]).toEqual([alert]);
    expect(local.has(KEY)).toBe(false);
  });
});
