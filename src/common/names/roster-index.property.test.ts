import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  codeUnitText,
  hostileText,
  hugeText,
  jsWord,
  jsWordText,
  vietnameseName,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { isDisguised, normalizeName } from './normalize-name';
import { createRosterIndex, osaDistance } from './roster-index';

const shortText = fc.oneof(
  codeUnitText.map((s) => s.slice(0, 10)),
  fc.string({ maxLength: 10 }),
  jsWord,
);

describe('roster match (property)', () => {
  // The exact precondition, from match(): an empty loose key is "empty", a device name is "device",
  // a disguised name is capped at approximate; every other name is found by its own exact key.
  it('finds a name alone in a roster as itself', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, jsWordText, vietnameseName), (name) => {
        const entry = { name };
        const m = createRosterIndex([entry]).match(name);
        const n = normalizeName(name);
        if (n.looseKey === '') expect(m).toEqual({ verdict: 'unknown', note: 'empty' });
        else if (n.flags.device) expect(m).toMatchObject({ verdict: 'unknown', note: 'device' });
        else if (isDisguised(n.flags)) expect(m).toEqual({ verdict: 'approximate', entry, note: 'disguised' });
        else {
          expect(m.verdict).toBe('known');
          expect(m.entry).toBe(entry);
        }
      }),
      RUNS,
    );
  });

  it('never throws on hostile names and aliases, and answers with one of its entries', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.oneof(hostileText, jsWord, vietnameseName),
            aliases: fc.array(fc.oneof(hostileText, jsWord), { maxLength: 2 }),
          }),
          { maxLength: 6 },
        ),
        fc.oneof(hostileText, jsWord, vietnameseName),
        (entries, name) => {
          const index = createRosterIndex(entries);
          const m = index.match(name);
          expect(['known', 'approximate', 'unknown']).toContain(m.verdict);
          if (m.entry) expect(entries).toContain(m.entry);
          expect(index.countSameName(normalizeName(name))).toBeGreaterThanOrEqual(0);
        },
      ),
      RUNS,
    );
  });

  it(
    'returns on a 100 KB name (hang guard)',
    () => {
      const index = createRosterIndex([{ name: 'Nguyễn Văn An' }, { name: 'Trần Thị Bích' }]);
      fc.assert(
        fc.property(hugeText, (name) => {
          withinBudget(() => index.match(name));
          withinBudget(() => createRosterIndex([{ name, aliases: [name] }]));
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});

describe('osaDistance (property)', () => {
  it('is 0 from a word to itself, symmetric, and exact up to its bound', () => {
    fc.assert(
      fc.property(shortText, shortText, fc.nat({ max: 4 }), (a, b, max) => {
        expect(osaDistance(a, a, max)).toBe(0);
        const exact = osaDistance(a, b, Infinity);
        expect(osaDistance(b, a, Infinity)).toBe(exact);
        // Past the bound it only promises "more than max", not max + 1.
        const bounded = osaDistance(a, b, max);
        if (exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
        expect(exact).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(exact).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      RUNS,
    );
  });
});
