import { describe, expect, it } from 'vitest';
import { explainName, hasMarks } from './explain';

describe('explainName', () => {
  it('marks a Cyrillic look-alike in a Vietnamese name and names the letter it passes for', () => {
    const segs = explainName('Nguyễn Thị L\u0430n');
    expect(segs.map((s) => s.text).join('')).toBe('Nguyễn Thị L\u0430n');
    const marked = segs.filter((s) => s.mark);
    expect(marked).toEqual([
      { text: '\u0430', mark: { kind: 'lookalike', code: 'U+0430', script: 'Cyrillic', looksLike: 'a' } },
    ]);
  });

  it('shows invisible and direction-changing characters as markers, each named', () => {
    const segs = explainName('An\u200b\u202eh');
    expect(segs.map((s) => s.text)).toEqual(['An', '⟦U+200B⟧', '⟦U+202E⟧', 'h']);
    expect(segs.map((s) => s.mark?.kind)).toEqual([undefined, 'invisible', 'bidi', undefined]);
  });

  it('marks nothing in a plain Vietnamese name', () => {
    const segs = explainName('Trần Thị Bình');
    expect(hasMarks(segs)).toBe(false);
    expect(segs).toEqual([{ text: 'Trần Thị Bình' }]);
  });

  it('cuts a very long name', () => {
    const segs = explainName('a'.repeat(1000));
    expect(segs.map((s) => s.text).join('').length).toBeLessThan(200);
  });
});
