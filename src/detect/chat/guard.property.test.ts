import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  jsWord,
  jsWordText,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import type { ChatMessage, Finding } from '../../common/model';
import { classifyDetailed } from './classify';
import { REPEAT_COUNT, createChatGuard } from './guard';

/** MAX_EVIDENCE in guard.ts. */
const MAX_EVIDENCE = 500;
const text = fc.oneof(hostileText, jsWordText);
const message = fc.record({
  id: fc.oneof(jsWord, hostileText),
  senderId: fc.option(fc.oneof(jsWord, hostileText)),
  senderName: fc.oneof(jsWord, hostileText),
  self: fc.boolean(),
  text,
  time: fc.option(hostileText),
  privateTo: fc.option(fc.oneof(jsWord, hostileText)),
});

function checkEvidence(source: string, findings: Finding[]): void {
  for (const f of findings) {
    const { span, text: quoted } = f.evidence;
    if (span) {
      expect(span[0]).toBeGreaterThanOrEqual(0);
      expect(span[0]).toBeLessThanOrEqual(span[1]);
      expect(span[1]).toBeLessThanOrEqual(source.length);
      expect(quoted).toBe(source.slice(span[0], Math.min(span[1], span[0] + MAX_EVIDENCE)));
    }
    expect((quoted ?? '').length).toBeLessThanOrEqual(MAX_EVIDENCE);
  }
}

/** A guard whose stages must never throw: the error handler is a test failure. */
function guard() {
  const errors: unknown[] = [];
  return { g: createChatGuard(undefined, (detector, _id, err) => errors.push([detector, err])), errors };
}

describe('createChatGuard (property)', () => {
  it('classifyMessage never fails a stage, and quotes evidence from the message', () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 8 }), (msgs) => {
        const { g, errors } = guard();
        msgs.forEach((m: ChatMessage, i) => checkEvidence(m.text, g.classifyMessage(m, i * 1000)));
        expect(errors).toEqual([]);
      }),
      RUNS,
    );
  });

  it('classifyName never fails, and quotes evidence from the name', () => {
    fc.assert(
      fc.property(fc.oneof(text, jsWord), (name) => {
        const { g, errors } = guard();
        checkEvidence(name, g.classifyName(name));
        expect(errors).toEqual([]);
      }),
      RUNS,
    );
  });

  it('counts a repeat from a sender named like an Object member', () => {
    fc.assert(
      fc.property(jsWord, text, (sender, body) => {
        fc.pre(classifyDetailed(body).analysis.tokens.length > 0);
        const { g, errors } = guard();
        const repeats = Array.from({ length: REPEAT_COUNT }, (_, i) =>
          g
            .classifyMessage(
              {
                id: `m${i}`,
                senderId: sender,
                senderName: sender,
                self: false,
                text: body,
                time: null,
                privateTo: null,
              },
              i * 1000,
            )
            .filter((f) => f.ruleId === 'chat.spam.repeat'),
        );
        expect(repeats.map((r) => r.length)).toEqual([...Array(REPEAT_COUNT - 1).fill(0), 1]);
        expect(errors).toEqual([]);
      }),
      RUNS,
    );
  });

  it(
    'returns on a 100 KB message and name (hang guard)',
    () => {
      const { g, errors } = guard();
      fc.assert(
        fc.property(hugeText, (big) => {
          const msg = { id: 'x', senderId: null, senderName: big, self: false, text: big, time: null, privateTo: null };
          checkEvidence(
            big,
            withinBudget(() => g.classifyMessage(msg, 0)),
          );
          checkEvidence(
            big,
            withinBudget(() => g.classifyName(big)),
          );
        }),
        { ...HUGE_RUNS, numRuns: 10 },
      );
      expect(errors).toEqual([]);
    },
    HUGE_TIMEOUT_MS,
  );
});
