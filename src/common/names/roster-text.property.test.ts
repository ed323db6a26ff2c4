import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HUGE_RUNS,
  HUGE_TIMEOUT_MS,
  RUNS,
  hostileText,
  hugeText,
  jsWordText,
  vietnameseName,
  withinBudget,
} from '../../../test/support/hostile-arbitraries';
import { parseRosterText } from './roster-text';
import { capLength, stripInvisible } from './unicode';

/** Caps in roster-text.ts. */
const MAX_ROWS = 5000;
const MAX_NAME = 128;
const LEFT_OVER =
  /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u{E0000}-\u{E007F}\u202A-\u202E\u2066-\u2069\u061C\u0000-\u001F\u007F-\u009F]/u;
const cleaned = (s: string) => capLength(stripInvisible(s).text.normalize('NFC'), MAX_NAME);

function checkCaps(input: string): void {
  const r = parseRosterText(input);
  expect(r.entries.length).toBeLessThanOrEqual(MAX_ROWS);
  expect(r.skipped).toBeGreaterThanOrEqual(0);
  for (const e of r.entries) {
    for (const n of [e.name, ...e.aliases]) {
      expect(n.length).toBeLessThanOrEqual(MAX_NAME);
      expect(n).toMatch(/\p{L}/u);
      expect(n).not.toMatch(LEFT_OVER);
    }
  }
}

describe('parseRosterText (property)', () => {
  it('keeps its caps: rows, name length, a letter in every name, no invisible left', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileText, jsWordText, vietnameseName), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', ',', ';', '\t', '"'),
        (cells, sep) => {
          checkCaps(cells.join(sep));
        },
      ),
      RUNS,
    );
  });

  it('reads back a list of Vietnamese names, one a line', () => {
    fc.assert(
      fc.property(
        fc.array(vietnameseName, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (names, eol, bom) => {
          const r = parseRosterText((bom ? '\uFEFF' : '') + names.join(eol));
          expect(r.format).toBe('lines');
          expect(r.entries.map((e) => e.name)).toEqual(names);
        },
      ),
      RUNS,
    );
  });

  it('reads back hostile names from quoted CSV cells, cleaned and capped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileText, jsWordText, vietnameseName), { minLength: 1, maxLength: 20 }),
        (names) => {
          const csv = ['STT,Họ và tên', ...names.map((n, i) => `${i + 1},"${n.replace(/"/g, '""')}"`)].join('\r\n');
          const r = parseRosterText(csv);
          expect(r.format).toBe('csv');
          const expected = names.map(cleaned).filter((n) => /\p{L}/u.test(n));
          expect(r.entries.map((e) => e.name)).toEqual(expected);
          expect(r.skipped).toBe(names.length - expected.length);
        },
      ),
      RUNS,
    );
  });

  it(
    'returns on 100 KB, and on 5,000+ rows keeps at most 5,000 (hang guard)',
    () => {
      fc.assert(
        fc.property(hugeText, (input) => {
          withinBudget(() => checkCaps(input));
        }),
        HUGE_RUNS,
      );
      fc.assert(
        fc.property(vietnameseName, fc.constantFrom('\n', ',x\n'), (name, eol) => {
          const r = withinBudget(() => parseRosterText((name + eol).repeat(MAX_ROWS + 100)));
          expect(r.entries.length).toBeLessThanOrEqual(MAX_ROWS);
        }),
        HUGE_RUNS,
      );
    },
    HUGE_TIMEOUT_MS,
  );
});
