import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS, hostileJson, hostileText, jsWord, objectWithOwnKeys } from '../../test/support/hostile-arbitraries';
import { GENESIS_HASH, hashEvent, verifyChain, type ChainedEvent } from './event-chain';

/** A payload with at least one hostile string in it (where a character is changed), under a hostile key. */
const payload = fc
  .tuple(
    fc.oneof(jsWord, hostileText),
    hostileText.filter((s) => s.length > 0),
    fc.array(fc.tuple(fc.oneof(jsWord, hostileText), hostileJson), { maxLength: 3 }),
  )
  .map(([key, text, rest]) => ({ key, payload: objectWithOwnKeys([...rest.filter(([k]) => k !== key), [key, text]]) }));

async function chain(payloads: Record<string, unknown>[]): Promise<ChainedEvent[]> {
  const out: ChainedEvent[] = [];
  let prev = GENESIS_HASH;
  for (const [seq, p] of payloads.entries()) {
    const e = {
      id: `e${seq}`,
      sessionId: 's',
      seq,
      type: 'chat.message',
      time: '2024-01-01T00:00:00.000+07:00',
      payload: p,
      prevHash: prev,
    };
    const hash = await hashEvent(e);
    out.push({ ...e, hash });
    prev = hash;
  }
  return out;
}

/** One code unit changed: flipping the lowest bit keeps a surrogate a surrogate, and always changes the text. */
const changeAt = (s: string, at: number): string =>
  s.slice(0, at) + String.fromCharCode(s.charCodeAt(at) ^ 1) + s.slice(at + 1);

describe('verifyChain (property)', () => {
  it('accepts a chain hashed over hostile payloads, and names the event whose payload lost one character change', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(payload, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        async (items, which, where) => {
          const events = await chain(items.map((i) => i.payload));
          const ok = await verifyChain(events);
          expect(ok).toEqual({ valid: true, count: events.length, head: events[events.length - 1]!.hash });

          const k = which % events.length;
          const { key } = items[k]!;
          const text = String(Object.getOwnPropertyDescriptor(events[k]!.payload, key)?.value);
          const tampered = objectWithOwnKeys(
            Object.entries(events[k]!.payload as Record<string, unknown>).map(([pk, v]) => [
              pk,
              pk === key ? changeAt(text, where % text.length) : v,
            ]),
          );
          const broken = await verifyChain(events.map((e, i) => (i === k ? { ...e, payload: tampered } : e)));
          expect(broken).toMatchObject({ valid: false, brokenAt: k, reason: 'hash does not match the event content' });
        },
      ),
      RUNS,
    );
  });
});
