import { describe, expect, it } from 'vitest';
import { MEET_TEXT, containsText, foldUiText, isText, stripPresentationSuffix } from './text';

describe('Meet text table', () => {
  it('has every entry in both languages', () => {
    for (const key of Object.keys(MEET_TEXT.en) as (keyof typeof MEET_TEXT.en)[]) {
      expect(MEET_TEXT.en[key].length, `en.${key}`).toBeGreaterThan(0);
      expect(MEET_TEXT.vi[key].length, `vi.${key}`).toBeGreaterThan(0);
    }
  });

  it('matches UI text across renderings: apostrophes, ellipsis, case, spaces, decomposed Vietnamese', () => {
    expect(isText('ended', 'You’ve been removed from the meeting')).toBe(true);
    expect(containsText('waiting', '  Asking to be let in...  ')).toBe(true);
    expect(containsText('waiting', 'Đang yêu cầu tham gia…'.normalize('NFD'))).toBe(true);
    expect(isText('hostRole', 'NGƯỜI TỔ CHỨC CUỘC HỌP')).toBe(true);
    expect(isText('selfSender', 'Bạn')).toBe(true);
    expect(isText('selfSender', 'Bạn bè')).toBe(false);
    expect(isText('hostRole', 'Meeting host (not really)')).toBe(false);
    expect(foldUiText('A  b\u00a0C')).toBe('a b c');
  });

  it('strips the presentation suffix in either language, and only the suffix', () => {
    expect(stripPresentationSuffix('Ada Lovelace (Presentation)')).toBe('Ada Lovelace');
    expect(stripPresentationSuffix('Ada Lovelace (Presenting)')).toBe('Ada Lovelace');
    expect(stripPresentationSuffix('Trần Minh Anh (Bản trình bày)')).toBe('Trần Minh Anh');
    expect(stripPresentationSuffix('Trần Minh Anh (Bản trình bày)'.normalize('NFD'))).toBe('Trần Minh Anh');
    expect(stripPresentationSuffix('(Presentation) Ada')).toBe('(Presentation) Ada');
    expect(stripPresentationSuffix('Ada Lovelace')).toBe('Ada Lovelace');
  });
});
