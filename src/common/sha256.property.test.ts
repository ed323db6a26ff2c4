import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './canonical';
import { sha256HexSync } from './sha256';

describe('the synchronous SHA-256 gives Web Crypto’s digests', () => {
  it('on the standard test vectors', () => {
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('on any text, across the block boundaries and in every script', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        async (s) => {
          expect(sha256HexSync(s)).toBe(await sha256Hex(s));
        },
      ),
      { numRuns: 400 },
    );
    // A 100 KB message, then short ones again: the reused buffer grows and leaves nothing behind.
    const long = 'Lê Văn Cường '.repeat(8_000);
    expect(sha256HexSync(long)).toBe(await sha256Hex(long));
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (let n = 50; n < 140; n++) expect(sha256HexSync('đ'.repeat(n))).toBe(await sha256Hex('đ'.repeat(n)));
  });
});
