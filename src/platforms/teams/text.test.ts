import { describe, expect, it } from 'vitest';
import { LOCALES, TEXT, matcher, phrases } from './text';

describe('Teams text table', () => {
  it('has every key in every locale, and marks unsourced Vietnamese as best-effort', () => {
    const keys = Object.keys(TEXT.en).sort();
    for (const l of LOCALES) {
      expect(Object.keys(TEXT[l]).sort()).toEqual(keys);
      for (const k of keys) expect(TEXT[l][k as keyof (typeof TEXT)['en']].length, `${l}.${k}`).toBeGreaterThan(0);
    }
    expect(TEXT.vi.contentSharedBy.every((p) => p.status === 'best-effort')).toBe(true);
  });

  it('reads the presenter from a share label in either UI language, name as written', () => {
    const shared = matcher('contentSharedBy');
    expect(shared('Content shared by Vignesh Iyer [C]')).toBe('Vignesh Iyer [C]');
    expect(shared('Nội dung được chia sẻ bởi Phạm Minh Anh')).toBe('Phạm Minh Anh');
    expect(shared('  content SHARED by Ada  ')).toBe('Ada');
    expect(shared('Ada Lovelace, video is on, muted')).toBeNull();
    expect(shared('Content shared by ')).toBeNull();
    expect(matcher('isPresenting')('Lê Bảo Ngọc đang trình bày')).toBe('Lê Bảo Ngọc');
  });

  it('reads header counts and the profile name; regex characters in the table are literal', () => {
    const header = matcher('inMeetingHeader');
    expect(header('In this meeting (34)')).toBe('34');
    expect(header('Trong cuộc họp này (7)')).toBe('7');
    expect(header('In this meeting (x)')).toBeNull();
    expect(matcher('lobbyHeader')('Đang chờ trong phòng chờ (1)')).toBe('1');
    expect(matcher('lobbyHeader')('In this meeting (1)')).toBeNull();
    const profile = matcher('profilePictureOf');
    expect(profile('Profile picture of Nguyễn Thị Lan.')).toBe('Nguyễn Thị Lan');
    expect(profile('Ảnh hồ sơ của Nguyễn Thị Lan.')).toBe('Nguyễn Thị Lan');
    expect(profile('Profile picture of Ada')).toBeNull(); // the period is literal, not "any character"
  });

  it('lists suffix phrases of both languages', () => {
    expect(phrases('suffixGuest')).toEqual(['(Guest)', '(Khách)']);
    expect(phrases('suffixYou')).toEqual(['(You)', '(Bạn)']);
  });

  it('captures a long name whole (the adapter caps it afterwards)', () => {
    const name = 'a '.repeat(50_000) + 'x';
    expect(matcher('contentSharedBy')(`Content shared by ${name}`)).toBe(name);
  });
});
