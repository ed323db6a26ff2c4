import { describe, expect, it } from 'vitest';
import { splitTable } from '../../common/names/roster-text';
import { kindOf, rosterOfTable } from './roster-file';

describe('a roster file from a school system', () => {
  it('skips the title rows above the “Họ và tên” header and reads the names under it', () => {
    const csv = [
      'TRƯỜNG THCS NGUYỄN DU,,',
      'DANH SÁCH HỌC SINH LỚP 7A,,',
      ',,',
      'STT,Họ và tên,Ngày sinh',
      '1,Nguyễn Thị Lan,01/02/2013',
      '2,"Trần Văn Minh",15/09/2013',
    ].join('\r\n');
    const roster = rosterOfTable(splitTable(csv));
    expect(roster?.entries.map((e) => e.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Minh']);
  });

  it('finds the delimiter below title rows that have none', () => {
    const csv = 'TRƯỜNG THCS NGUYỄN DU\nDANH SÁCH LỚP 7A\nSTT;Họ và tên\n1;Nguyễn Thị Lan\n';
    expect(rosterOfTable(splitTable(csv))?.entries.map((e) => e.name)).toEqual(['Nguyễn Thị Lan']);
  });

  it('joins family and given name columns', () => {
    const roster = rosterOfTable([
      ['Họ', 'Tên'],
      ['Lê Thị', 'Hoa'],
    ]);
    expect(roster?.entries.map((e) => e.name)).toEqual(['Lê Thị Hoa']);
  });

  it('has no roster without a name column', () => {
    expect(
      rosterOfTable([
        ['Mã', 'Điểm'],
        ['1', '9'],
      ]),
    ).toBeNull();
  });

  it('knows its file types by extension', () => {
    expect(kindOf('lop7a.CSV')).toBe('csv');
    expect(kindOf('lop7a.xlsx')).toBe('xlsx');
    expect(kindOf('lop7a.xls')).toBe('xls');
    expect(kindOf('lop7a.pdf')).toBeNull();
    expect(kindOf('lop7a')).toBeNull();
  });
});
