import { describe, expect, it } from 'vitest';
import { analyze, fold, normalizeChars, telex, vni } from './normalize';

const words = (s: string) => analyze(s).tokens.map((t) => t.forms.acc);
const forms = (s: string) => analyze(s).tokens.flatMap((t) => [t.forms.acc, ...t.forms.alts]);

describe('normalizeChars', () => {
  it('drops zero-width and bidi controls and maps offsets back to the original', () => {
    const text = 'a\u200bb\u202ec';
    const { norm, map } = normalizeChars(text);
    expect(norm).toBe('abc');
    expect([...map]).toEqual([0, 2, 4, 5]);
  });
  it('folds fullwidth letters, Cyrillic/Greek homoglyphs and case', () => {
    expect(normalizeChars('ＦＵＣＫ').norm).toBe('fuck');
    expect(normalizeChars('сặс').norm).toBe('cặc'); // Cyrillic с
    expect(normalizeChars('ΑΒΟ').norm).toBe('abo');
  });
  it('composes decomposed Vietnamese and drops marks that do not compose', () => {
    expect(normalizeChars('đe\u0301o').norm).toBe('đéo');
    expect(normalizeChars('a\u0301\u0301\u0301').norm).toBe('á');
  });
});

describe('fold', () => {
  it('removes diacritics and đ', () => {
    expect(fold('Địt mẹ lồn cặc buổi buồi'.toLowerCase())).toBe('dit me lon cac buoi buoi');
  });
});

describe('Telex and VNI typed without the input method', () => {
  it('decodes Telex', () => {
    expect(telex('ddijt')).toBe('địt');
    expect(telex('loonf')).toBe('lồn');
    expect(telex('ddeos')).toBe('đéo');
    expect(telex('buooif')).toBe('buồi');
    expect(telex('shirt')).not.toBe('shịt');
    expect(telex('cawcj')).toBe('cặc');
  });
  it('leaves words without Telex keys alone', () => {
    expect(telex('hello')).toBeNull();
  });
  it('decodes VNI', () => {
    expect(vni('d9i5t')).toBe('địt');
    expect(vni('lo62n')).toBe('lồn');
    expect(vni('10')).toBeNull();
  });
});

describe('tokens', () => {
  it('joins letters split by dots, dashes or single spaces', () => {
    expect(words('đ.ị.t m.ẹ')).toEqual(['địt', 'mẹ']);
    expect(words('v c l')).toEqual(['vcl']);
    expect(words('l-ồ-n')).toEqual(['lồn']);
  });
  it('keeps ordinary dotted words as separate words', () => {
    expect(words('xong bài.Em nộp rồi')).toEqual(['xong', 'bài', 'em', 'nộp', 'rồi']);
  });
  it('collapses repeated letters', () => {
    expect(words('đmmmm nguuuu')).toEqual(['đm', 'ngu']);
    expect(forms('fuuuuck')).toContain('fuck');
  });
  it('reads leet only inside words that have letters', () => {
    expect(forms('sh1t a55')).toEqual(expect.arrayContaining(['shit', 'ass']));
    expect(forms('10 điểm')).toEqual(['10', 'điểm']);
  });
  it('treats trailing punctuation as punctuation, not leet', () => {
    expect(forms('ngu!!!')).toEqual(['ngu']);
  });
  it('marks @mentions and keeps spans in the original text', () => {
    const text = 'hi @Nam\u200b ơi';
    const [, nam] = analyze(text).tokens;
    expect(nam?.mention).toBe(true);
    expect(text.slice(nam!.start, nam!.end)).toBe('Nam');
  });
  it('expands teencode for templates', () => {
    const t = analyze('ko dc j z').tokens.map((x) => x.forms.canon);
    expect(t).toEqual(['không', 'được', 'gì', 'vậy']);
  });
});
