import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlainLookups } from './check-lookups';

function check(source: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cg-lookups-')), 'sample.ts');
  writeFileSync(file, source);
  return findPlainLookups([file]);
}

// Each case type-checks a small program: seconds on a loaded machine, not the default 5.
describe('check-lookups', { timeout: 60_000 }, () => {
  it('finds a word table written as an object literal and indexed with text', () => {
    const problems = check(
      `const TEENCODE: Record<string, string> = { k: 'không' };\nexport const canon = (w: string) => TEENCODE[w] ?? w;\n`,
    );
    expect(problems.map((p) => p.line)).toEqual([2]);
  });

  it('finds `in` and assignments keyed by text', () => {
    const problems = check(`export function f(o: { [k: string]: number }, k: string) {\n  if (k in o) o[k] = 1;\n}\n`);
    expect(problems).toHaveLength(2);
  });

  it('passes Maps, arrays, constant keys and closed key types', () => {
    const problems = check(
      `const M = new Map<string, string>();\nconst A: string[] = [];\ntype L = 'vi' | 'en';\nconst T: Record<L, string> = { vi: 'a', en: 'b' };\n` +
        `const R: Record<string, string> = {};\nexport const f = (w: string, i: number, l: L) => [M.get(w), A[i], T[l], R['fixed']];\n`,
    );
    expect(problems).toEqual([]);
  });

  it('passes a line that says why in a lookup-ok comment', () => {
    const problems = check(
      `export const f = (o: Record<string, number>) => Object.keys(o).map((k) => o[k]); // lookup-ok: own keys\n`,
    );
    expect(problems).toEqual([]);
  });
});
