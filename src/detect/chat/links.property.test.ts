import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_REGRESSIONS,
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  jsWord,
  regexStressText,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { findLinks } from './links';
import { normalizeChars } from './normalize';

/** MAX_FOUND in links.ts: a wall of links is one incident. */
const MAX_FOUND = 20;
const domains = fc.array(fc.oneof(jsWord, fc.constantFrom('school.edu.vn', 'zoom.us', ''), hostileText), {
  maxLength: 3,
});

function check(norm: string, schoolDomains: string[]): void {
  const found = findLinks(norm, schoolDomains);
  expect(found.length).toBeLessThanOrEqual(MAX_FOUND);
  for (const f of found) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(norm.length);
    expect(typeof f.verdict.ruleId).toBe('string');
  }
}

describe('findLinks (property)', () => {
  it('reports at most 20 findings, each a non-empty span of the text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, regexStressText), domains, (text, d) => {
        check(text, d);
        check(normalizeChars(text).norm, d);
      }),
      RUNS,
    );
  });

  it(
    'returns on 100 KB of hostile text (hang guard)',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            hugeText,
            regexStressText.map((p) => p.repeat(Math.ceil(100_000 / p.length))),
          ),
          (text) => {
            withinBudget(() => check(text, []));
          },
        ),
        { ...HUGE_RUNS, examples: HUGE_REGRESSIONS.map((s) => [s]) },
      );
    },
    HUGE_TIMEOUT_MS,
  );
});
