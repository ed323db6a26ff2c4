import { describe, expect, it } from 'vitest';
import { csvCell, visibleText } from './visible-text';

describe('visibleText', () => {
  it('shows bidi overrides and zero-width characters as markers', () => {
    expect(visibleText('ab\u202Ecd\u200Be')).toBe('ab⟦U+202E⟧cd⟦U+200B⟧e');
  });
  it('keeps Vietnamese and emoji as they are', () => {
    expect(visibleText('Nguyễn Văn An 👋')).toBe('Nguyễn Văn An 👋');
  });
  it('caps long text and says how much was cut', () => {
    expect(visibleText('x'.repeat(100_000), 10)).toBe('xxxxxxxxxx… [+99990]');
  });
});

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx'])('neutralizes a formula: %s', (v) => {
    expect(csvCell(v).startsWith(`"'`)).toBe(true);
  });
  it('quotes and doubles quotes', () => {
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
  });
});
