import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { GENESIS_HASH, hashEvent, verifyChain, type ChainedEvent } from './event-chain';
import { ISO_WITH_OFFSET, isoWithOffset } from './time';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"z":1}]},"b":1}',
    );
  });
  it('escapes hostile strings as JSON does', () => {
    expect(canonicalJson({ t: '"</script>\u202e' })).toBe('{"t":"\\"</script>\u202e"}');
  });
});

describe('hash chain', () => {
  async function chain(n: number): Promise<ChainedEvent[]> {
    const out: ChainedEvent[] = [];
    let prev = GENESIS_HASH;
    for (let i = 0; i < n; i++) {
      const e = {
        id: `e${i}`,
        sessionId: 's',
        seq: i,
        type: 'chat.message',
        time: isoWithOffset(0),
        payload: { i },
        prevHash: prev,
      };
      const hash = await hashEvent(e);
      out.push({ ...e, hash });
      prev = hash;
    }
    return out;
  }
  it('verifies an intact chain and reports its head', async () => {
    const events = await chain(5);
    expect(await verifyChain(events)).toEqual({ valid: true, count: 5, head: events[4]!.hash });
  });
  it('finds an edited payload', async () => {
    const events = await chain(5);
    events[2] = { ...events[2]!, payload: { i: 99 } };
    const r = await verifyChain(events);
    expect(r).toMatchObject({ valid: false, brokenAt: 2 });
  });
  it('finds a removed event', async () => {
    const events = await chain(5);
    events.splice(1, 1);
    expect(await verifyChain(events)).toMatchObject({ valid: false, brokenAt: 1 });
  });
});

describe('isoWithOffset', () => {
  it('writes local time with an offset', () => {
    expect(isoWithOffset(Date.UTC(2026, 10, 28, 9, 0, 0))).toMatch(ISO_WITH_OFFSET);
  });
});
