import { describe, expect, it } from 'vitest';
import { validateRequest } from './validate';

const meeting = { platform: 'meet', code: 'abc-defg-hij', title: null, url: 'https://meet.google.com/abc-defg-hij' };
const ev = (over: Record<string, unknown> = {}) => ({
  id: '6f1c2a9e-1111-4222-8333-444455556666',
  type: 'chat.message',
  time: '2026-11-28T16:00:00.000+07:00',
  payload: { text: 'hi' },
  ...over,
});

describe('validateRequest', () => {
  it('accepts a well-formed append', () => {
    const r = validateRequest({
      type: 'events.append',
      payload: { sessionId: '6f1c2a9e-1111-4222-8333-444455556666', events: [ev()] },
    });
    expect(r.ok).toBe(true);
  });
  it('accepts names to classify', () => {
    expect(
      validateRequest({ type: 'names.classify', payload: { names: ['Nguyễn Văn An', '<img src=x onerror=alert(1)>'] } })
        .ok,
    ).toBe(true);
  });
  it('accepts session.open', () => {
    expect(validateRequest({ type: 'session.open', payload: { meeting } }).ok).toBe(true);
  });
  it.each([
    ['unknown message type', { type: 'log.wipe', payload: {} }, /bad envelope/],
    ['extra key', { type: 'session.open', payload: { meeting, admin: true } }, /Unrecognized key/i],
    ['bad platform', { type: 'session.open', payload: { meeting: { ...meeting, platform: 'skype' } } }, /platform/],
    [
      'non-uuid id',
      {
        type: 'events.append',
        payload: { sessionId: '6f1c2a9e-1111-4222-8333-444455556666', events: [ev({ id: '1' })] },
      },
      /UUID/,
    ],
    [
      'forged worker event',
      {
        type: 'events.append',
        payload: { sessionId: '6f1c2a9e-1111-4222-8333-444455556666', events: [ev({ type: 'session.started' })] },
      },
      /type/,
    ],
    [
      'time without offset',
      {
        type: 'events.append',
        payload: { sessionId: '6f1c2a9e-1111-4222-8333-444455556666', events: [ev({ time: '2026-11-28 16:00' })] },
      },
      /offset/,
    ],
    [
      'oversized payload',
      {
        type: 'events.append',
        payload: {
          sessionId: '6f1c2a9e-1111-4222-8333-444455556666',
          events: [ev({ payload: { text: 'x'.repeat(100_000) } })],
        },
      },
      /over/,
    ],
    [
      'oversized message',
      {
        type: 'events.append',
        payload: {
          sessionId: 'x',
          events: Array.from({ length: 30 }, () => ev({ payload: { t: 'x'.repeat(60_000) } })),
        },
      },
      /limit/,
    ],
    [
      'a name over the cap to classify',
      { type: 'names.classify', payload: { names: ['x'.repeat(100_000)] } },
      /names\.0/,
    ],
    ['no names to classify', { type: 'names.classify', payload: { names: [] } }, /names/],
    ['a name that is not text', { type: 'names.classify', payload: { names: [{ toString: 'x' }] } }, /names\.0/],
    ['not an object', 'hello', /bad envelope/],
  ])('rejects %s with a reason', (_name, msg, reason) => {
    const r = validateRequest(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
