import { describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '../../common/model';

// The classifier made to throw on one word, as a bug would on a text it was never tried on.
vi.mock('./classify', async (importOriginal) => {
  const real = await importOriginal<typeof import('./classify')>();
  return {
    ...real,
    classifyDetailed: (text: string, opts?: Parameters<typeof real.classifyDetailed>[1]) => {
      if (text.includes('BOOM')) throw new TypeError('classifier broke');
      return real.classifyDetailed(text, opts);
    },
  };
});

const { createChatGuard } = await import('./guard');

const msg = (id: string, text: string, senderId = 'p1'): ChatMessage => ({
  id,
  senderId,
  senderName: 'Khách',
  self: false,
  text,
  time: null,
  privateTo: null,
});

describe('a detector that throws on one message', () => {
  it('loses only its own findings: flood and repeats still count that message, the next message is classified', () => {
    const errors: [string, string][] = [];
    const guard = createChatGuard({}, (detector, id) => errors.push([detector, id]));
    const found: string[] = [];
    for (let i = 0; i < 6; i++)
      found.push(...guard.classifyMessage(msg(`m${i}`, 'BOOM BOOM BOOM'), 1_000 + i).map((f) => f.ruleId));
    expect(errors[0]).toEqual(['chat.classify', 'm0']);
    expect(found).toContain('chat.spam.repeat');
    expect(found).toContain('chat.spam.flood');
    expect(guard.classifyMessage(msg('m9', 'địt mẹ mày', 'p2'), 2_000).map((f) => f.category)).toContain('profanity');
  });

  it('a name the classifier throws on gets no findings instead of an exception', () => {
    const errors: string[] = [];
    const guard = createChatGuard({}, (detector) => errors.push(detector));
    expect(guard.classifyName('BOOM')).toEqual([]);
    expect(errors).toEqual(['name.classify']);
    expect(guard.classifyName('thằng ngu').length).toBeGreaterThan(0);
  });
});
