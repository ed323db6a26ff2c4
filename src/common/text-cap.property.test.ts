import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  withinBudget,
} from '../../test/support/hostile-arbitraries';
import { capText } from './text-cap';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const LONE = /\p{Cs}/u;

function check(s: string, max: number): void {
  const out = capText(s, max);
  expect(out.length).toBeLessThanOrEqual(max);
  if (s.length <= max) {
    expect(out).toBe(s);
    return;
  }
  expect(out.endsWith('…')).toBe(true);
  const kept = out.slice(0, -1);
  expect(s.startsWith(kept)).toBe(true);
  expect(kept.length).toBeGreaterThanOrEqual(max - 2);
  // The cut never leaves the high half of a pair whose low half it dropped.
  expect(isHigh(kept.charCodeAt(kept.length - 1)) && isLow(s.charCodeAt(kept.length))).toBe(false);
  // Text without lone surrogates stays without them.
  if (!LONE.test(s)) expect(out).not.toMatch(LONE);
}

// max >= 1: a cut text ends in "…", which needs one unit.
describe('capText (property)', () => {
  it('keeps to max units, a prefix of the input plus "…", never half a pair', () => {
    fc.assert(fc.property(hostileText, fc.integer({ min: 1, max: 300 }), check), {
      ...RUNS,
      examples: [
        ['a😀😀😀', 3],
        ['😀😀😀', 2],
      ],
    });
  });

  it(
    'caps 100 KB (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, fc.integer({ min: 1, max: 4000 }), (s, max) => withinBudget(() => check(s, max))),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});
