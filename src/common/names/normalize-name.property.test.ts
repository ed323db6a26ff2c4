import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BIDI_CONTROLS,
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  jsWordText,
  vietnameseName,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { normalizeName } from './normalize-name';
import { MAX_NAME_DISPLAY, MAX_NAME_INPUT, capLength } from './unicode';

const LEFT_OVER =
  /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u034F\u{E0000}-\u{E007F}\u202A-\u202E\u2066-\u2069\u061C\u0000-\u001F\u007F-\u009F]/u;
const BIDI = new RegExp(`[${BIDI_CONTROLS.join('')}]`, 'u');
const KEY_SHAPE = /^(?:[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*)?$/u;

// Not asserted idempotent: one pass strips one title and one label ("Cô Cô Lan" keeps the second "Cô").
describe('normalizeName (property)', () => {
  it('keeps its caps and leaves clean forms', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, jsWordText, vietnameseName), (raw) => {
        const n = normalizeName(raw);
        expect(n.display.length).toBeLessThanOrEqual(MAX_NAME_DISPLAY);
        expect(n.display).not.toMatch(LEFT_OVER);
        expect(n.key).toMatch(KEY_SHAPE);
        expect(n.looseKey).toMatch(KEY_SHAPE);
        expect(n.tokens.join(' ')).toBe(n.looseKey);
        if (raw.length > MAX_NAME_INPUT) expect(n.flags.truncated).toBe(true);
        expect(n.flags.bidi).toBe(BIDI.test(capLength(raw, MAX_NAME_INPUT)));
        expect(typeof n.title === 'string' || n.title === null).toBe(true);
        expect(typeof n.owner === 'string' || n.owner === null).toBe(true);
        for (const l of n.labels) expect(typeof l).toBe('string');
      }),
      RUNS,
    );
  });

  it('folds a Vietnamese name to a lower-case ASCII loose key', () => {
    fc.assert(
      fc.property(vietnameseName, fc.boolean(), (name, nfd) => {
        const n = normalizeName(nfd ? name.normalize('NFD') : name);
        expect(n.looseKey).toMatch(/^[a-z]+(?: [a-z]+)*$/);
        expect(n.display).toBe(name);
      }),
      RUNS,
    );
  });

  it(
    'returns on 100 KB (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (raw) => {
          const n = withinBudget(() => normalizeName(raw));
          expect(n.flags.truncated).toBe(true);
          expect(n.display.length).toBeLessThanOrEqual(MAX_NAME_DISPLAY);
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});
