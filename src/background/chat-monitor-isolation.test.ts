import { describe, expect, it, vi } from 'vitest';
import type { EventDraft } from '../common/protocol';

// The classifier made to throw on one word, as a bug would on a text it was never tried on.
vi.mock('../detect/chat/classify', async (importOriginal) => {
  const real = await importOriginal<typeof import('../detect/chat/classify')>();
  return {
    ...real,
    classifyDetailed: (text: string, opts?: Parameters<typeof real.classifyDetailed>[1]) => {
      if (text.includes('constructor')) throw new TypeError('s.charCodeAt is not a function');
      return real.classifyDetailed(text, opts);
    },
  };
});

const { sessionChat } = await import('./chat-monitor');

let n = 0;
const chat = (text: string): EventDraft => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  type: 'chat.message',
  time: '2026-12-06T09:00:00.000+07:00',
  payload: {
    message: { id: `m${n}`, senderId: `p${n}`, senderName: 'Khách', self: false, text, time: null, privateTo: null },
  },
});

describe('a chat detector that throws, in the worker', () => {
  it('derives one detector.failed event (once per detector), never throws, and the next messages are judged', () => {
    const told: string[] = [];
    const derive = sessionChat({}, [], {
      now: () => 0,
      newId: () => crypto.randomUUID(),
      detectorFailed: (d, id) => told.push(`${d} ${id}`),
    });
    const first = chat('constructor');
    const out = derive(first);
    expect(out).toEqual([
      expect.objectContaining({
        type: 'detector.failed',
        payload: expect.objectContaining({ detector: 'chat.classify', observationId: first.id }),
      }),
    ]);
    expect(told).toEqual([`chat.classify ${first.id}`]);
    expect(derive(chat('constructor here too'))).toEqual([]);
    expect(derive(chat('địt mẹ mày')).map((e) => e.type)).toContain('finding');
  });
});
