import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../common/protocol';
import { decodeOutbox } from '../common/outbox-store';
import { leavingPage } from './instance';
import { Outbox } from './outbox';

const message = (n: number): EventDraft => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'chat.message',
  time: '2026-11-28T09:00:00.000+07:00',
  payload: { message: { id: `m${n}`, text: 'dạ' } },
});

function setUp() {
  const written: EventDraft[][] = [];
  const outbox = new Outbox({
    instanceId: 'page',
    onInvalidated: () => undefined,
    storage: {
      get: async () => ({}),
      set: async (items: Record<string, unknown>) => {
        for (const v of Object.values(items)) written.push(decodeOutbox(v)?.events as EventDraft[]);
      },
    },
  });
  outbox.setSession('00000000-0000-4000-8000-00000000000a');
  return { outbox, written };
}

describe('leaving the page (pagehide)', () => {
  it('reads the page once more, then writes what it read with what was gathering', async () => {
    const { outbox, written } = setUp();
    outbox.push(message(1));
    // A busy page's pass may be held back: message 2 is on the page, not yet read.
    const watcher = { flushNow: () => outbox.push(message(2)) };
    leavingPage({ stopped: false, outbox }, watcher);
    await Promise.resolve();
    expect(written.flat().map((e) => e.id)).toEqual([message(1).id, message(2).id]);
    outbox.stop();
  });

  it('does nothing once the instance has stopped (it wrote what it had then)', () => {
    const { outbox, written } = setUp();
    let reads = 0;
    leavingPage({ stopped: true, outbox }, { flushNow: () => reads++ });
    expect([reads, written.length]).toEqual([0, 0]);
    outbox.stop();
  });
});
