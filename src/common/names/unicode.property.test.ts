import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BIDI_CONTROLS,
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  vietnameseName,
  vietnameseText,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { capLength, fold, stripDiacritics, stripInvisible, wordsOnly } from './unicode';

/** What stripInvisible promises to remove: invisibles (tag characters included), bidi controls, C0/C1 controls. */
const LEFT_OVER =
  /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u034F\u115F\u1160\u3164\uFFA0\u17B4\u17B5\u{E0000}-\u{E007F}\u202A-\u202E\u2066-\u2069\u061C\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
const BIDI = new RegExp(`[${BIDI_CONTROLS.join('')}]`, 'u');
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const WORDS_SHAPE = /^(?:[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*)?$/u;

describe('stripInvisible (property)', () => {
  it('leaves no invisible, bidi or control character and single spaces only, and is idempotent', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const scan = stripInvisible(raw);
        expect(scan.text).not.toMatch(LEFT_OVER);
        expect(scan.text).toBe(scan.text.trim());
        expect(scan.text).not.toMatch(/ {2}/);
        expect(stripInvisible(scan.text).text).toBe(scan.text);
        expect(scan.bidi).toBe(BIDI.test(raw));
        for (const label of scan.removed) expect(label).toMatch(/^U\+[0-9A-F]{4,5}$/);
        expect(new Set(scan.removed).size).toBe(scan.removed.length);
      }),
      { ...RUNS, examples: [['An\uDB40\u200B\uDC41'], ['An\uDB40\u202E\uDC41']] },
    );
  });

  it(
    'returns on 100 KB (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (raw) => {
          expect(withinBudget(() => stripInvisible(raw)).text).not.toMatch(LEFT_OVER);
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('capLength (property)', () => {
  it('cuts to at most max units, a prefix of the input, never between the halves of a pair', () => {
    fc.assert(
      fc.property(hostileText, fc.nat({ max: 300 }), (s, max) => {
        const cut = capLength(s, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(s.startsWith(cut)).toBe(true);
        if (s.length <= max) expect(cut).toBe(s);
        else {
          expect(cut.length).toBeGreaterThanOrEqual(max - 1);
          expect(isHigh(cut.charCodeAt(cut.length - 1)) && isLow(s.charCodeAt(cut.length))).toBe(false);
        }
        expect(capLength(cut, max)).toBe(cut);
      }),
      RUNS,
    );
  });
});

describe('stripDiacritics, wordsOnly, fold (property)', () => {
  it('stripDiacritics is idempotent, leaves no mark, and makes Vietnamese ASCII', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const d = stripDiacritics(s);
        expect(stripDiacritics(d)).toBe(d);
        expect(d).not.toMatch(/\p{M}/u);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.oneof(vietnameseText, vietnameseName), (s) => {
        expect(stripDiacritics(s)).toMatch(/^[\x20-\x7e]*$/);
      }),
      RUNS,
    );
  });

  it('wordsOnly is idempotent and leaves words separated by single spaces', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const w = wordsOnly(s);
        expect(w).toMatch(WORDS_SHAPE);
        expect(wordsOnly(w)).toBe(w);
      }),
      RUNS,
    );
  });

  it('fold is idempotent, words only, and folds Vietnamese to lower-case ASCII', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const f = fold(s);
        expect(f).toMatch(WORDS_SHAPE);
        expect(fold(f)).toBe(f);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.oneof(vietnameseText, vietnameseName), (s) => {
        expect(fold(s)).toMatch(/^[a-z0-9 ]*$/);
      }),
      RUNS,
    );
  });
});
