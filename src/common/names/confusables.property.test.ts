import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  ZERO_WIDTH,
  hostileText,
  hugeText,
  vietnameseName,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { confusableWith, scanScripts, skeleton } from './confusables';
import { stripInvisible } from './unicode';

/** Latin letters and look-alikes from other scripts that are drawn the same (TR39). */
const DISGUISES: Record<string, string[]> = {
  a: ['а', 'α'],
  e: ['е', 'ε'],
  o: ['о', 'ο', 'օ'],
  p: ['р', 'ρ'],
  c: ['с'],
  x: ['х', 'χ'],
  y: ['у'],
  i: ['і', 'ι'],
  h: ['һ', 'հ'],
  A: ['А', 'Α', 'Ꭺ'],
  B: ['В', 'Β'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  L: ['Ꮮ'],
  S: ['Ѕ', 'Ꮪ'],
};
const LATIN = Object.keys(DISGUISES).join('');
/** A Latin name and the same name with some letters swapped for look-alikes. */
const disguised = fc
  .array(fc.constantFrom(...LATIN, 'n', 'l', 'u', 'g', ' '), { minLength: 1, maxLength: 12 })
  .chain((letters) =>
    fc.tuple(
      fc.constant(letters.join('')),
      fc
        .tuple(...letters.map((l) => (DISGUISES[l] ? fc.constantFrom(l, ...DISGUISES[l]!) : fc.constant(l))))
        .map((ls) => ls.join('')),
    ),
  );

describe('skeleton (property)', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        const k = skeleton(s);
        expect(skeleton(k)).toBe(k);
      }),
      RUNS,
    );
  });

  it(
    'returns on 100 KB (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (s) => {
          withinBudget(() => skeleton(s));
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('confusableWith (property)', () => {
  it('is false for a name and itself, and symmetric', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        expect(confusableWith(a, a)).toBe(false);
        expect(confusableWith(a, b)).toBe(confusableWith(b, a));
      }),
      RUNS,
    );
  });

  it('sees a name rewritten with look-alike letters', () => {
    fc.assert(
      fc.property(disguised, ([name, copy]) => {
        fc.pre(name !== copy);
        expect(confusableWith(name, copy)).toBe(true);
      }),
      RUNS,
    );
  });

  it('sees a name copied with a zero-width character inside', () => {
    fc.assert(
      fc.property(vietnameseName, fc.constantFrom(...ZERO_WIDTH), fc.nat(), (name, zw, at) => {
        const k = at % (name.length + 1);
        expect(confusableWith(name, name.slice(0, k) + zw + name.slice(k))).toBe(stripInvisible(name).text !== '');
      }),
      RUNS,
    );
  });
});

describe('scanScripts (property)', () => {
  it('finds nothing in a Vietnamese name, and a mixed script in a word with one Cyrillic look-alike', () => {
    fc.assert(
      fc.property(vietnameseName, (name) => {
        expect(scanScripts(name)).toEqual({ mixedScript: false, confusable: false });
        const mixed = name.replace('n', 'п').replace('a', 'а');
        if (mixed !== name) expect(scanScripts(mixed).mixedScript).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(hostileText, (s) => {
        const r = scanScripts(s.normalize('NFC'));
        expect(typeof r.mixedScript).toBe('boolean');
        expect(typeof r.confusable).toBe('boolean');
      }),
      RUNS,
    );
  });
});
