import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_FORMULA_STARTS,
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  csvFormulaText,
  hostileText,
  hugeText,
  jsWord,
  withinBudget,
} from '../../test/support/hostile-arbitraries';
import { csvCell, visibleText } from './visible-text';

/**
 * What must never reach the report unmarked: bidi controls, zero-width and other invisible characters
 * (those the names module strips, tag characters included) and C0/C1 controls but tab and line breaks.
 */
const HIDDEN =
  /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u034F\u115F\u1160\u3164\uFFA0\u17B4\u17B5\u180E\u{E0000}-\u{E007F}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LONE = /\p{Cs}/u;

/** Reads one RFC 4180 quoted cell back; null if `cell` is not exactly one. */
export function readCell(cell: string): string | null {
  const m = /^"((?:[^"]|"")*)"$/.exec(cell);
  return m ? m[1]!.replace(/""/g, '"') : null;
}

describe('visibleText (property)', () => {
  it('leaves no hidden character unmarked, and caps with the cut counted', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 300 }), (text, max) => {
        const out = visibleText(text, max);
        expect(out).not.toMatch(HIDDEN);
        if (text.length > max) expect(out).toMatch(/… \[\+\d+\]$/);
        // A cut never makes half of a pair out of well-formed text.
        if (!LONE.test(text)) expect(out).not.toMatch(LONE);
      }),
      {
        ...RUNS,
        examples: [
          ['An\u{E0041}\u{E0042}', 300],
          ['a😀b', 2],
        ],
      },
    );
  });

  it(
    'returns on 100 KB (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (text) => {
          expect(withinBudget(() => visibleText(text))).not.toMatch(HIDDEN);
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('csvCell (property)', () => {
  it("is one quoted cell that cannot start a formula and reads back to the input (or to ' + input)", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, csvFormulaText, jsWord, fc.integer(), fc.constant(null)), (value) => {
        const s = value === null ? '' : String(value);
        const back = readCell(csvCell(value));
        expect(back).not.toBeNull();
        expect(CSV_FORMULA_STARTS).not.toContain(back!.charAt(0));
        expect(back).toBe(CSV_FORMULA_STARTS.includes(s.charAt(0)) ? `'${s}` : s);
      }),
      RUNS,
    );
  });
});
