import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_REGRESSIONS,
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  JS_WORDS,
  RUNS,
  hostileText,
  hugeText,
  jsWord,
  jsWordText,
  vietnameseText,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { MAX_VERDICTS, classifyDetailed, classifyText } from './classify';
import { MAX_CHARS } from './normalize';
import type { Verdict } from './types';

const options = fc.record(
  {
    blockedWords: fc.array(fc.oneof(jsWord, hostileText, vietnameseText), { maxLength: 3 }),
    allowedWords: fc.array(fc.oneof(jsWord, hostileText, vietnameseText), { maxLength: 3 }),
    schoolDomains: fc.array(fc.oneof(jsWord, fc.constant('school.edu.vn'), hostileText), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

function checkVerdicts(text: string, verdicts: Verdict[]): void {
  const length = Math.min(text.length, MAX_CHARS);
  expect(verdicts.length).toBeLessThanOrEqual(MAX_VERDICTS);
  for (const v of verdicts) {
    expect(v.span[0]).toBeGreaterThanOrEqual(0);
    expect(v.span[0]).toBeLessThan(v.span[1]);
    expect(v.span[1]).toBeLessThanOrEqual(length);
    expect(typeof v.ruleId).toBe('string');
    if (v.target !== undefined) expect(text).toContain(v.target);
  }
}

describe('classifyText (property)', () => {
  it('gives verdicts whose spans lie inside the message, the same each time', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, jsWordText), (text) => {
        const verdicts = classifyText(text);
        checkVerdicts(text, verdicts);
        // Caches (characters, words) must not change an answer.
        expect(classifyText(text)).toEqual(verdicts);
      }),
      { ...RUNS, examples: [['😀😀 đm mày'], ['ﷺ đm mày bit.ly/abc']] },
    );
  });

  it('quotes the flagged words, not a neighbour, after emoji and ligatures', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('😀', '👨‍👩‍👧', 'ﬁ', 'ﷺ', '𐀀', 'e\u0301', '\u200B'), { maxLength: 6 }),
        (prefix) => {
          const text = `${prefix.join('')} đm mày`;
          const v = classifyText(text).find((x) => x.category === 'profanity');
          expect(v && text.slice(v.span[0], v.span[1])).toBe('đm');
        },
      ),
      RUNS,
    );
  });

  it('never throws with hostile teacher word lists', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, jsWordText), options, (text, opts) => {
        checkVerdicts(text, classifyText(text, opts));
      }),
      RUNS,
    );
  });

  it('flags nothing in a JavaScript-significant word alone, and a blocked one like any word', () => {
    for (const w of JS_WORDS) expect(classifyText(w)).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...JS_WORDS.filter((w) => /^[a-z]+$/i.test(w))), (w) => {
        const text = `em ${w} ạ`;
        const v = classifyText(text, { blockedWords: [w] }).find((x) => x.category === 'blocked-word');
        expect(v && text.slice(v.span[0], v.span[1])).toBe(w);
      }),
      { numRuns: 50 },
    );
  });

  it(
    'returns on 100 KB of hostile text (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (text) => {
          const r = withinBudget(() => classifyDetailed(text));
          checkVerdicts(text, r.verdicts);
        }),
        { ...HUGE_RUNS, examples: HUGE_REGRESSIONS.map((s) => [s]) },
      );
    },
    HUGE_TIMEOUT_MS,
  );
});
