import { describe, expect, it } from 'vitest';
import type { ForwardingStatus } from '../../common/protocol';
import { forwardingTrouble, HELD_UP_MS } from './forwarding-line';

const NOW = 1_800_000_000_000;
const status = (over: Partial<ForwardingStatus> & Partial<ForwardingStatus['status']> = {}): ForwardingStatus => ({
  pending: over.pending ?? 0,
  oldestQueuedAt: over.oldestQueuedAt ?? null,
  status: {
    lastSuccessAt: over.lastSuccessAt ?? null,
    lastFailure: over.lastFailure ?? null,
    givenUp: over.givenUp ?? 0,
  },
});

describe('the popup line for forwarding', () => {
  it('says nothing when forwarding is off, whatever the queue holds', () => {
    const failing = status({ pending: 3, oldestQueuedAt: NOW - 600_000, lastFailure: { at: NOW, error: 'HTTP 503' } });
    expect(forwardingTrouble(false, failing, NOW)).toBeNull();
  });

  it('says nothing when healthy: delivered since the last failure, or an alert just queued', () => {
    expect(forwardingTrouble(true, status({ lastSuccessAt: NOW - 1000 }), NOW)).toBeNull();
    const recovered = status({ lastSuccessAt: NOW - 1000, lastFailure: { at: NOW - 5000, error: 'HTTP 503' } });
    expect(forwardingTrouble(true, recovered, NOW)).toBeNull();
    expect(forwardingTrouble(true, status({ pending: 1, oldestQueuedAt: NOW - 2000 }), NOW)).toBeNull();
  });

  it('tells a failure after the last success, with how many wait and since when', () => {
    const failing = status({
      pending: 2,
      oldestQueuedAt: NOW - 90_000,
      lastSuccessAt: NOW - 600_000,
      lastFailure: { at: NOW - 30_000, error: 'HTTP 503' },
    });
    expect(forwardingTrouble(true, failing, NOW)).toEqual({
      waiting: { count: 2, since: NOW - 90_000 },
      failure: { at: NOW - 30_000, error: 'HTTP 503' },
    });
  });

  it('tells alerts held up without a failure once they have waited a while', () => {
    const held = status({ pending: 4, oldestQueuedAt: NOW - HELD_UP_MS });
    expect(forwardingTrouble(true, held, NOW)).toEqual({
      waiting: { count: 4, since: NOW - HELD_UP_MS },
      failure: null,
    });
  });
});
