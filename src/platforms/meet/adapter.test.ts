import { describe, expect, it } from 'vitest';
import { capText } from './adapter';

describe('capText', () => {
  it('keeps short text and cuts long text to the cap', () => {
    expect(capText('Lan', 256)).toBe('Lan');
    expect(capText('x'.repeat(100_000), 4000)).toHaveLength(4000);
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    const s = 'a' + '😀'.repeat(10); // the emoji are pairs starting at odd offsets
    const cut = capText(s, 4);
    expect(cut).toBe('a😀');
    expect(encodeURIComponent(cut)).toBe('a%F0%9F%98%80'); // throws on a lone surrogate
  });
});
