/**
 * The name table: display names as they appear in real classes, each with the verdict the teacher
 * should see against one roster. Kept as data so a case is one line to add.
 */
import { describe, expect, it } from 'vitest';
import { createRosterIndex, normalizeName as normalize, type MatchVerdict } from './index';

const ROSTER = [
  { name: 'Nguyễn Văn An' },
  { name: 'Trần Thị Bích Ngọc', aliases: ['Bin'] },
  { name: 'Lê Hoàng Nam' },
  { name: 'Phạm Minh Anh' },
  { name: 'Đỗ Đức Duy' },
  { name: 'Hoàng Thị Thu Hương' },
  { name: 'Vũ Quốc Bảo' },
  { name: 'Bùi Thị Lan' },
  { name: 'Ngô Gia Huy' },
  { name: 'Đặng Khánh Linh' },
  { name: 'Nguyễn Thị Hoà' },
  { name: 'Trương Mỹ Duyên' },
  { name: 'Phan Đình Tùng' },
  { name: 'John Smith' },
  { name: 'Emma Nguyen' },
];

const K: MatchVerdict = 'known';
const A: MatchVerdict = 'approximate';
const U: MatchVerdict = 'unknown';

/** [display name as the client shows it, verdict, roster entry it should point to (null: none)] */
const CASES: [string, MatchVerdict, string | null][] = [
  // Exact, with case and spacing noise
  ['Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['nguyễn văn an', K, 'Nguyễn Văn An'],
  ['NGUYỄN VĂN AN', K, 'Nguyễn Văn An'],
  ['  Nguyễn   Văn  An ', K, 'Nguyễn Văn An'],
  ['Nguyễn\u00A0Văn\tAn', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An'.normalize('NFD'), K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An.', K, 'Nguyễn Văn An'],
  ['Nguyễn-Văn-An', K, 'Nguyễn Văn An'],
  ['Nguyễn_Văn_An', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An 😀', K, 'Nguyễn Văn An'],
  ['Đặng Khánh Linh', K, 'Đặng Khánh Linh'],
  ['Trương Mỹ Duyên', K, 'Trương Mỹ Duyên'],
  ['Phan Đình Tùng', K, 'Phan Đình Tùng'],
  ['John Smith', K, 'John Smith'],
  ['JOHN SMITH', K, 'John Smith'],
  // Platform suffixes
  ['Nguyễn Văn An (Guest)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Khách)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (External)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Bên ngoài)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Unverified)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Chưa xác minh)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An [C]', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (You)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Bạn)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Host)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Host, me)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (me)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Co-host)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Presentation)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Presenting)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Người tổ chức)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (Guest) (Unverified)', K, 'Nguyễn Văn An'],
  ['Trần Thị Bích Ngọc (Khách)', K, 'Trần Thị Bích Ngọc'],
  ['John Smith (External)', K, 'John Smith'],
  // Class prefixes, list numbers, class codes after the name, second-device numbers
  ['10A1 - Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['10A1_Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['HS Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['hs. Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['Học sinh: Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['Lớp 9A2_Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['lop 9a2 - Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['15. Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['15 - Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['15) Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['STT 15 Nguyễn Văn An', K, 'Nguyễn Văn An'],
  ['07 Đỗ Đức Duy', K, 'Đỗ Đức Duy'],
  ['Nguyễn Văn An - 10A1', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (10A1)', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An 2', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn An (2)', K, 'Nguyễn Văn An'],
  ['10A1 - 15. Nguyễn Văn An (Guest)', K, 'Nguyễn Văn An'],
  ['HS 9A2 Bùi Thị Lan', K, 'Bùi Thị Lan'],
  // Vietnamese and Western order
  ['An Nguyễn Văn', K, 'Nguyễn Văn An'],
  ['Văn An Nguyễn', K, 'Nguyễn Văn An'],
  ['An Nguyen Van', K, 'Nguyễn Văn An'],
  ['Nam Lê Hoàng', K, 'Lê Hoàng Nam'],
  ['Ngọc Trần Thị Bích', K, 'Trần Thị Bích Ngọc'],
  ['Smith John', K, 'John Smith'],
  ['Nguyen Emma', K, 'Emma Nguyen'],
  ['Linh Dang Khanh', K, 'Đặng Khánh Linh'],
  // Without diacritics, or with other tone placement
  ['Nguyen Van An', K, 'Nguyễn Văn An'],
  ['nguyen van an', K, 'Nguyễn Văn An'],
  ['Tran Thi Bich Ngoc', K, 'Trần Thị Bích Ngọc'],
  ['Le Hoang Nam', K, 'Lê Hoàng Nam'],
  ['Do Duc Duy', K, 'Đỗ Đức Duy'],
  ['DO DUC DUY', K, 'Đỗ Đức Duy'],
  ['Ðỗ Đức Duy', K, 'Đỗ Đức Duy'],
  ['Hoang Thi Thu Huong', K, 'Hoàng Thị Thu Hương'],
  ['Vu Quoc Bao', K, 'Vũ Quốc Bảo'],
  ['Nguyen Thi Hoa', K, 'Nguyễn Thị Hoà'],
  ['Nguyễn Thị Hòa', K, 'Nguyễn Thị Hoà'],
  ['Dang Khanh Linh', K, 'Đặng Khánh Linh'],
  ['Truong My Duyen', K, 'Trương Mỹ Duyên'],
  ['Phan Dinh Tung', K, 'Phan Đình Tùng'],
  ['Bui Thi Lan', K, 'Bùi Thị Lan'],
  ['Ngo Gia Huy', K, 'Ngô Gia Huy'],
  ['Pham Minh Anh', K, 'Phạm Minh Anh'],
  ['Nguyễn Van An', K, 'Nguyễn Văn An'],
  ['Nguyễn Văn Ấn', K, 'Nguyễn Văn An'],
  // Aliases
  ['Bin', K, 'Trần Thị Bích Ngọc'],
  ['bin', K, 'Trần Thị Bích Ngọc'],
  ['Bin (Guest)', K, 'Trần Thị Bích Ngọc'],
  // Given name alone, or some of the words: plausible, noted
  ['An', A, 'Nguyễn Văn An'],
  ['Ngọc', A, 'Trần Thị Bích Ngọc'],
  ['Nam', A, 'Lê Hoàng Nam'],
  ['Duy', A, 'Đỗ Đức Duy'],
  ['Linh', A, 'Đặng Khánh Linh'],
  ['Huy', A, 'Ngô Gia Huy'],
  ['Hương', A, 'Hoàng Thị Thu Hương'],
  ['huong', A, 'Hoàng Thị Thu Hương'],
  ['Bảo', A, 'Vũ Quốc Bảo'],
  ['Tùng', A, 'Phan Đình Tùng'],
  ['Duyên', A, 'Trương Mỹ Duyên'],
  ['Hoà', A, 'Nguyễn Thị Hoà'],
  ['Anh', A, 'Phạm Minh Anh'],
  ['John', A, 'John Smith'],
  ['Smith', A, 'John Smith'],
  ['Emma', A, 'Emma Nguyen'],
  ['Bích Ngọc', A, 'Trần Thị Bích Ngọc'],
  ['Hoàng Nam', A, 'Lê Hoàng Nam'],
  ['Lê Nam', A, 'Lê Hoàng Nam'],
  ['An Nguyen', A, 'Nguyễn Văn An'],
  ['An Nguyễn', A, 'Nguyễn Văn An'],
  ['Nguyễn An', A, 'Nguyễn Văn An'],
  ['Văn An', A, 'Nguyễn Văn An'],
  ['Khánh Linh', A, 'Đặng Khánh Linh'],
  ['Gia Huy', A, 'Ngô Gia Huy'],
  ['Thu Hương', A, 'Hoàng Thị Thu Hương'],
  ['Quốc Bảo', A, 'Vũ Quốc Bảo'],
  ['Mỹ Duyên', A, 'Trương Mỹ Duyên'],
  ['Cô Lan', A, 'Bùi Thị Lan'],
  ['Thầy Nam', A, 'Lê Hoàng Nam'],
  // The roster name plus a word or three
  ['Nguyễn Văn An lớp trưởng', A, 'Nguyễn Văn An'],
  ['Nguyễn Văn An 10A1 lớp trưởng', A, 'Nguyễn Văn An'],
  ['Nguyễn Văn An đây', A, 'Nguyễn Văn An'],
  ['Trần Thị Bích Ngọc cute', A, 'Trần Thị Bích Ngọc'],
  ['Nguyễn Văn An Bình', A, 'Nguyễn Văn An'],
  // Spelling and spacing slips
  ['Ngyuen Van An', A, 'Nguyễn Văn An'],
  ['Tran Thi Bich Ngocc', A, 'Trần Thị Bích Ngọc'],
  ['Hoang Thi Thu Huongg', A, 'Hoàng Thị Thu Hương'],
  ['Dang Khanh Lihn', A, 'Đặng Khánh Linh'],
  ['Đặng Khánh Lin', A, 'Đặng Khánh Linh'],
  ['NguyenVanAn', A, 'Nguyễn Văn An'],
  ['Nguyễn VănAn', A, 'Nguyễn Văn An'],
  ['Jonh Smith', A, 'John Smith'],
  // Disguised: look-alike letters, invisible and bidi characters. Never better than approximate.
  ['Nguyễn Văn Аn', A, 'Nguyễn Văn An'],
  ['Nguyễn Văn An\u200B', A, 'Nguyễn Văn An'],
  ['Nguy\u200Bễn Văn An', A, 'Nguyễn Văn An'],
  ['\u202ENguyễn Văn An', A, 'Nguyễn Văn An'],
  ['Nguyễn Văn An\u2066', A, 'Nguyễn Văn An'],
  ['Ｎｇｕｙｅｎ Ｖａｎ Ａｎ', A, 'Nguyễn Văn An'],
  ['Bùі Thị Lan', A, 'Bùi Thị Lan'],
  ['Lê Hοàng Nam', A, 'Lê Hoàng Nam'],
  ['Ngô Gia Ηuy', A, 'Ngô Gia Huy'],
  ['ᴊohn Smith', A, 'John Smith'],
  ['𝐉𝐨𝐡𝐧 𝐒𝐦𝐢𝐭𝐡', A, 'John Smith'],
  ['Bin\u200D', A, 'Trần Thị Bích Ngọc'],
  ['Trần Thị Bích Ngọc\u00AD', A, 'Trần Thị Bích Ngọc'],
  ['Lаn', A, 'Bùi Thị Lan'],
  ['Јоhn Ѕmith', A, 'John Smith'],
  ['\u3164', U, null],
  ['\u200B\u200B', U, null],
  // Device and client default names: unknown, noted as a device
  ['iPhone', U, null],
  ['iPhone của An', U, null],
  ["An's iPad", U, null],
  ['An’s iPhone', U, null],
  ["Nguyễn Văn An's MacBook Pro", U, null],
  ['Galaxy A12', U, null],
  ['Samsung Galaxy Tab A7', U, null],
  ['DESKTOP-7F3K2AB', U, null],
  ['LAPTOP-ABC12345', U, null],
  ['Zoom user', U, null],
  ['Zoom User 2', U, null],
  ['Người dùng Zoom', U, null],
  ['OPPO A5s', U, null],
  ['Redmi Note 8 Pro', U, null],
  ['vivo 1904', U, null],
  ['SM-A125F', U, null],
  ['Điện thoại của mẹ', U, null],
  ['Máy tính của Nguyễn Văn An', U, null],
  ['iPhone (2)', U, null],
  ['Guest', U, null],
  ['Khách', U, null],
  ['User', U, null],
  // Not on the roster
  ['Random Person', U, null],
  ['Nguyễn Văn Bình', U, null],
  ['Nguyễn Văn Anh', U, null],
  ['Pham Minh An', U, null],
  ['Trần Văn Nam', U, null],
  ['Lê Văn Nam', U, null],
  ['Nguyễn Văn', U, null],
  ['Nguyễn', U, null],
  ['Thị', U, null],
  ['xyz123', U, null],
  ['Bé Na', U, null],
  ['hacker', U, null],
  ['Ann', U, null],
  ['Mạc Văn Khoa', U, null],
  ['Dell Smith', U, null],
  ['12345', U, null],
  ['<img src=x onerror=alert(1)>', U, null],
  ['   ', U, null],
  ['', U, null],
  ['x'.repeat(100_000), U, null],
];

describe('name table', () => {
  const index = createRosterIndex(ROSTER);

  it('has at least 150 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES.map(([raw, verdict, entry]) => [JSON.stringify(raw.slice(0, 40)), raw, verdict, entry] as const))(
    '%s',
    (_label, raw, verdict, entry) => {
      const m = index.match(raw);
      expect({ verdict: m.verdict, entry: m.entry?.name ?? null }).toEqual({ verdict, entry });
    },
  );
});

describe('notes say why a match is not exact', () => {
  const index = createRosterIndex(ROSTER);
  it.each([
    ['Nguyễn Văn An', undefined],
    ['An Nguyễn Văn', 'order'],
    ['Nguyen Van An', 'diacritics'],
    ['Bin', 'alias'],
    ['An', 'given-name'],
    ['Bích Ngọc', 'partial'],
    ['Nguyễn Văn An lớp trưởng', 'extra-words'],
    ['Ngyuen Van An', 'spelling'],
    ['Nguyễn Văn Аn', 'disguised'],
    ['iPhone của An', 'device'],
    ['\u3164', 'empty'],
  ])('%s → %s', (raw, note) => {
    expect(index.match(raw).note).toBe(note);
  });

  it('names the owner of a device when the owner is on the roster', () => {
    expect(index.match('Máy tính của Nguyễn Văn An').detail).toContain('Nguyễn Văn An');
  });
});

describe('homonyms and ambiguity', () => {
  const index = createRosterIndex([
    { name: 'Nguyễn Văn An' },
    { name: 'Nguyễn Văn Ân' },
    { name: 'Trần Văn An' },
    { name: 'Lê Thị Hoa' },
    { name: 'Lê Thị Hoa' },
  ]);

  it('an exact name is known even when diacritics-free it fits two people', () => {
    expect(index.match('Nguyễn Văn Ân')).toMatchObject({ verdict: 'known', entry: { name: 'Nguyễn Văn Ân' } });
  });

  it('a diacritics-free name that fits two people is approximate, pointing at no one', () => {
    expect(index.match('Nguyen Van An')).toEqual({ verdict: 'approximate', note: 'ambiguous' });
  });

  it('a given name shared by several students is approximate, pointing at no one', () => {
    expect(index.match('An')).toEqual({ verdict: 'approximate', note: 'ambiguous' });
  });

  it('two students with the same name are both on the roster', () => {
    expect(index.match('Lê Thị Hoa').verdict).toBe('known');
    expect(index.countSameName(normalize('Le Thi Hoa'))).toBe(2);
  });
});
