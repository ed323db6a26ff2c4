import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  jsWord,
  vietnameseText,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { MAX_CHARS, analyze, collapseRuns, fold, normalizeChars, telex, vni, wordForms } from './normalize';

/** What normalizeChars drops: zero-width, bidi controls, joiners, BOM. */
const DROPPED = /[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\u061C]/;
/** Letters Telex and VNI are typed with, so the decoders get inputs they act on. */
const telexWord = fc.string({ unit: fc.constantFrom(...'adeouwsfrxjnghtcmpiylq'), minLength: 1, maxLength: 11 });
const vniWord = fc.string({ unit: fc.constantFrom(...'adeouinghtc123456789'), minLength: 1, maxLength: 12 });

describe('normalizeChars (property)', () => {
  it('maps every normalized character back into the original text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { norm, map, ends } = normalizeChars(text);
        expect(map.length).toBe(norm.length + 1);
        expect(ends.length).toBe(norm.length);
        expect(map[norm.length]).toBe(text.length);
        for (let i = 0; i < norm.length; i++) {
          expect(map[i]!).toBeGreaterThanOrEqual(i === 0 ? 0 : map[i - 1]!);
          expect(map[i]!).toBeLessThan(ends[i]!);
          expect(ends[i]!).toBeLessThanOrEqual(text.length);
        }
      }),
      // An emoji is two units of `norm`; "ﷺ" and "ﬁ" are longer normalized than written.
      { ...RUNS, examples: [['😀😀 đm mày'], ['ﷺ đm'], ['ﬁ bit.ly/x'], ['𐀀constructor']] },
    );
  });

  // Not idempotent, legitimately: "İ" lowers to "i" + U+0307, and a second pass drops the mark it cannot compose.
  it('leaves no zero-width or bidi character and no control but the line break', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { norm } = normalizeChars(text);
        expect(norm).not.toMatch(DROPPED);
        expect(norm).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
      }),
      RUNS,
    );
  });
});

describe('analyze (property)', () => {
  it('keeps every token inside the text it was given', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const a = analyze(input);
        expect(a.truncated).toBe(input.length > MAX_CHARS);
        expect(input.startsWith(a.text)).toBe(true);
        for (const t of a.tokens) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.start).toBeLessThan(t.end);
          expect(t.end).toBeLessThanOrEqual(a.text.length);
          expect(typeof t.forms.canon).toBe('string');
        }
      }),
      RUNS,
    );
  });

  it(
    'returns on 100 KB of hostile text (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (input) => {
          const a = withinBudget(() => analyze(input));
          for (const t of a.tokens) expect(t.end).toBeLessThanOrEqual(a.text.length);
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('fold (chat, property)', () => {
  it('is idempotent, keeps the length (offsets stay valid) and leaves Vietnamese ASCII', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, vietnameseText), (s) => {
        const f = fold(s);
        expect(fold(f)).toBe(f);
        expect(f.length).toBe(s.length);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(fold(s.normalize('NFC').toLowerCase())).toMatch(/^[\x20-\x7e]*$/);
      }),
      RUNS,
    );
  });
});

describe('collapseRuns (property)', () => {
  it('is idempotent and leaves no run of three equal characters', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom<1 | 2>(1, 2), (s, keep) => {
        const c = collapseRuns(s, keep);
        expect(collapseRuns(c, keep)).toBe(c);
        // "." does not match line terminators, so their runs stay.
        expect(c).not.toMatch(/([^\n\r\u2028\u2029])\1\1/u);
      }),
      RUNS,
    );
  });
});

describe('wordForms (property)', () => {
  it('gives well-typed forms for any word, JavaScript-significant words included', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, jsWord, telexWord, vniWord), (word) => {
        const f = wordForms(word);
        expect(f.acc).toBe(collapseRuns(word, 1));
        expect(f.accForms[0]).toBe(f.acc);
        expect(f.fold).toBe(fold(f.acc));
        for (const s of [f.canon, f.canonFold, ...f.alts, ...f.accForms, ...f.foldForms])
          expect(typeof s).toBe('string');
        expect(f.telexCanon === null || typeof f.telexCanon === 'string').toBe(true);
      }),
      RUNS,
    );
  });
});

describe('telex and vni (property)', () => {
  it('telex reads only 3–9 lower-case letters, and a reading differs from the input and is no longer', () => {
    fc.assert(
      fc.property(fc.oneof(telexWord, hostileText, jsWord), (s) => {
        const r = telex(s);
        if (!/^[a-z]{3,9}$/.test(s)) expect(r).toBeNull();
        if (r !== null) {
          expect(r).not.toBe(s);
          expect(r.length).toBeLessThanOrEqual(s.length);
        }
      }),
      RUNS,
    );
  });

  it('vni reads only 2–10 letters and digits, and a reading has no digit left', () => {
    fc.assert(
      fc.property(fc.oneof(vniWord, hostileText, jsWord), (s) => {
        const r = vni(s);
        if (!/^[a-z1-9]{2,10}$/.test(s)) expect(r).toBeNull();
        if (r !== null) {
          expect(r).not.toMatch(/\d/);
          expect(r.length).toBeLessThanOrEqual(s.length);
        }
      }),
      RUNS,
    );
  });
});
