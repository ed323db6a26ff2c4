import { describe, expect, it } from 'vitest';
import { capText } from './text-cap';

describe('capText', () => {
  it('keeps short text and cuts long text visibly to the cap', () => {
    expect(capText('Lan', 256)).toBe('Lan');
    expect(capText('abcdefgh', 5)).toBe('abcd…');
    const long = capText('x'.repeat(100_000), 4000);
    expect(long).toHaveLength(4000);
    expect(long.endsWith('…')).toBe(true);
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    const cut = capText('abc😀def', 5);
    expect(cut).toBe('abc…');
    expect(encodeURIComponent(capText('a' + '😀'.repeat(10), 5))).toBe('a%F0%9F%98%80%E2%80%A6'); // throws on a lone surrogate
  });
});
