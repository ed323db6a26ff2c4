import { describe, expect, it } from 'vitest';
import { afterFailure, hashPin, pinProblem, verifyPin, waitAfter, PIN_ITERATIONS } from './pin';

describe('the parent PIN', () => {
  it('is stored salted and hashed, never as itself; the right PIN verifies, another does not', async () => {
    const a = await hashPin('482916', 1_000);
    const b = await hashPin('482916', 1_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('482916');
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyPin('482916', a)).toBe(true);
    expect(await verifyPin('482917', a)).toBe(false);
    expect(await verifyPin('', a)).toBe(false);
  });

  it('uses at least 100,000 PBKDF2 iterations by default', () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
  });

  it('is at least 4 characters', () => {
    expect(pinProblem('123')).toBe('short');
    expect(pinProblem('1234')).toBeNull();
    expect(pinProblem('x'.repeat(65))).toBe('long');
  });

  it('tries are rate-limited with growing delays after three failures', () => {
    expect([1, 2, 3, 4, 5].map(waitAfter)).toEqual([0, 0, 30_000, 60_000, 120_000]);
    expect(waitAfter(100)).toBe(3_600_000);
    let a = { failures: 0, notBefore: 0 };
    for (let i = 0; i < 4; i++) a = afterFailure(a, 1_000);
    expect(a).toEqual({ failures: 4, notBefore: 61_000 });
  });
});
