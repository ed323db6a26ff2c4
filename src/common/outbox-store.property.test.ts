import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileJson,
  hostileText,
  hugeText,
  jsWord,
  objectWithOwnKeys,
  withinBudget,
} from '../../test/support/hostile-arbitraries';
import { canonicalJson } from './canonical';
import { decodeOutbox, encodeOutbox, type PersistedOutbox } from './outbox-store';
import type { EventDraft } from './protocol';

const text = fc.oneof(hostileText, jsWord);
const chatMessage = fc.record({
  id: text,
  senderId: fc.option(text),
  senderName: text,
  self: fc.boolean(),
  text,
  time: fc.option(text),
  privateTo: fc.option(text),
});
const FIELDS = ['id', 'senderId', 'senderName', 'self', 'text', 'time', 'privateTo'];

/** A message of the row's size but not its shape: one field renamed (to "__proto__" at times), or `self` not a boolean. */
const nearMessage = fc
  .tuple(chatMessage, fc.nat({ max: 6 }), fc.oneof(jsWord, hostileText), hostileJson)
  .map(([m, k, key, value]) => {
    const pairs: [string, unknown][] = Object.entries(m);
    if (k === 3) pairs[3] = ['self', value];
    else if (!FIELDS.includes(key)) pairs[k] = [key, pairs[k]![1]];
    return objectWithOwnKeys(pairs);
  });

const event = fc.oneof(
  fc.record({
    id: text,
    type: fc.constant('chat.message' as const),
    time: text,
    payload: chatMessage.map((message) => ({ message })),
  }),
  fc.record({
    id: text,
    type: fc.constant('chat.message' as const),
    time: text,
    payload: nearMessage.map((message) => ({ message })),
  }),
  fc.record({
    id: text,
    type: fc.constantFrom('chat.message' as const, 'participant.joined' as const, 'finding' as const),
    time: text,
    payload: fc.array(fc.tuple(fc.oneof(jsWord, hostileText), hostileJson), { maxLength: 4 }).map(objectWithOwnKeys),
  }),
);
const box = fc.record({ sessionId: text, events: fc.array(event, { maxLength: 8 }), updatedAt: fc.nat() });

describe('encodeOutbox / decodeOutbox (property)', () => {
  it('round-trips chat rows and other events with hostile text', () => {
    fc.assert(
      fc.property(box, (b) => {
        const back = decodeOutbox(encodeOutbox(b as PersistedOutbox));
        // canonicalJson compares own keys, "__proto__" included, whatever their order.
        expect(canonicalJson(back)).toBe(canonicalJson(b));
      }),
      RUNS,
    );
  });

  it('reads anything else as null or a partial box, never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, hostileJson, fc.constant('{"events":[[1,2,3,4,5,6,7,8,9]]}')), (v) => {
        const r = decodeOutbox(v);
        expect(r === null || (typeof r === 'object' && !Array.isArray(r))).toBe(true);
      }),
      RUNS,
    );
  });

  it(
    'round-trips a 100 KB chat message (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (big) => {
          const e: EventDraft = {
            id: 'e',
            type: 'chat.message',
            time: 't',
            payload: {
              message: {
                id: 'm',
                senderId: null,
                senderName: big,
                self: false,
                text: big,
                time: null,
                privateTo: null,
              },
            },
          };
          const b = { sessionId: 's', events: [e], updatedAt: 0 };
          expect(canonicalJson(withinBudget(() => decodeOutbox(encodeOutbox(b))))).toBe(canonicalJson(b));
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});
