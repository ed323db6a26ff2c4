import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JS_WORDS,
  RUNS,
  hostileJson,
  hostileText,
  jsWord,
  objectWithOwnKeys,
} from '../../test/support/hostile-arbitraries';
import { canonicalJson, sha256Hex } from './canonical';

describe('canonicalJson (property)', () => {
  it('round-trips through JSON.parse and is canonical again, with no lone surrogate in it', () => {
    fc.assert(
      fc.property(hostileJson, (v) => {
        const c = canonicalJson(v);
        expect(canonicalJson(JSON.parse(c))).toBe(c);
        // Lone surrogates are escaped, so UTF-8 encoding before hashing loses nothing.
        expect(c).not.toMatch(/\p{Cs}/u);
      }),
      RUNS,
    );
  });

  it('keeps "__proto__" and "constructor" as own keys, and ignores key order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.oneof(jsWord, hostileText), hostileText), {
          selector: ([k]) => k,
          minLength: 1,
          maxLength: 6,
        }),
        (pairs) => {
          const obj = objectWithOwnKeys(pairs);
          const c = canonicalJson(obj);
          const back = JSON.parse(c) as Record<string, unknown>;
          expect(Object.keys(back).sort()).toEqual(pairs.map(([k]) => k).sort());
          for (const [k, v] of pairs) expect(Object.getOwnPropertyDescriptor(back, k)?.value).toBe(v);
          expect(canonicalJson(objectWithOwnKeys([...pairs].reverse()))).toBe(c);
        },
      ),
      RUNS,
    );
    for (const w of JS_WORDS) expect(JSON.parse(canonicalJson(objectWithOwnKeys([[w, 1]])))).toHaveProperty([w], 1);
  });
});

describe('sha256Hex (property)', () => {
  it('gives 64 hex digits, the same for the same text, different for different well-formed text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (a, b) => {
        const [ha, ha2, hb] = await Promise.all([sha256Hex(a), sha256Hex(a), sha256Hex(b)]);
        expect(ha).toMatch(/^[0-9a-f]{64}$/);
        expect(ha2).toBe(ha);
        // TextEncoder writes a lone surrogate as U+FFFD, so only well-formed texts are distinct inputs.
        if (a !== b && !/\p{Cs}/u.test(a + b)) expect(hb).not.toBe(ha);
      }),
      RUNS,
    );
  });
});
