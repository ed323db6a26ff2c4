import { describe, expect, it } from 'vitest';
import {
  CLASS_OPTION_DEFAULTS,
  classOptionsSchema,
  classSchema,
  matchClass,
  parseMeetingRef,
  parseRosterText,
  type ClassConfig,
} from './classes';
import type { MeetingIdentity } from './model';

const meeting = (platform: MeetingIdentity['platform'], code: string | null, url: string): MeetingIdentity => ({
  platform,
  code,
  title: null,
  url,
});

describe('classSchema', () => {
  it('fills defaults for a minimal class', () => {
    const c = classSchema.parse({ id: 'c1', name: '10A1' });
    expect(c).toEqual({
      id: 'c1',
      name: '10A1',
      meetings: [],
      teachers: [],
      roster: [],
      isDefault: false,
      options: {
        learningMinutes: 5,
        flagRenames: true,
        flagDeviceNames: true,
        studentsMayPresent: false,
        cohostsMayPresent: true,
        raidThreshold: 5,
        raidWindowSeconds: 10,
      },
      rules: '',
    });
  });

  it('takes its option defaults from the zod-free table the content script uses', () => {
    expect(classOptionsSchema.parse({})).toEqual(CLASS_OPTION_DEFAULTS);
  });

  it('keeps per-class overrides and fills the rest', () => {
    const c = classSchema.parse({
      id: 'c1',
      name: 'A',
      options: { raidThreshold: 3 },
      roster: [{ name: ' Nguyễn Văn An ' }],
    });
    expect(c.options.raidThreshold).toBe(3);
    expect(c.options.learningMinutes).toBe(5);
    expect(c.roster).toEqual([{ name: 'Nguyễn Văn An', aliases: [] }]);
  });

  it('rejects empty names and out-of-range options', () => {
    expect(classSchema.safeParse({ id: 'c1', name: 'A', roster: [{ name: '  ' }] }).success).toBe(false);
    expect(classSchema.safeParse({ id: 'c1', name: 'A', options: { raidThreshold: 1 } }).success).toBe(false);
    expect(classSchema.safeParse({ id: '', name: 'A' }).success).toBe(false);
  });
});

describe('parseMeetingRef', () => {
  it.each([
    ['abc-defg-hij', { platform: 'meet', code: 'abc-defg-hij' }],
    ['ABCDEFGHIJ', { platform: 'meet', code: 'abc-defg-hij' }],
    ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122', { platform: 'meet', code: 'abc-defg-hij' }],
    ['meet.google.com/abcdefghij', { platform: 'meet', code: 'abc-defg-hij' }],
    ['812 3456 7890', { platform: null, code: '81234567890' }],
    ['812-3456-7890', { platform: null, code: '81234567890' }],
    ['https://us02web.zoom.us/j/81234567890?pwd=AbCdEf123', { platform: 'zoom', code: '81234567890' }],
    ['https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=x', { platform: 'zoom', code: '81234567890' }],
    ['https://zoom.us/wc/join/81234567890', { platform: 'zoom', code: '81234567890' }],
    ['zoommtg://zoom.us/join?action=join&confno=81234567890&pwd=x', { platform: 'zoom', code: '81234567890' }],
    ['https://zoom.us/my/co.lan', { platform: 'zoom', code: 'my/co.lan' }],
    [
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0YzQ1ZTItOWNk%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d',
      { platform: 'teams', code: '19:meeting_NjA0YzQ1ZTItOWNk@thread.v2' },
    ],
    ['https://teams.microsoft.com/meet/2345678901234?p=AbCd', { platform: 'teams', code: '2345678901234' }],
    ['https://teams.live.com/meet/9876543210123?p=x', { platform: 'teams', code: '9876543210123' }],
  ])('%s', (input, expected) => {
    expect(parseMeetingRef(input)).toEqual(expected);
  });

  it('returns null for links to other sites and empty input', () => {
    expect(parseMeetingRef('https://example.com/j/81234567890')).toBeNull();
    expect(parseMeetingRef('   ')).toBeNull();
  });
});

describe('matchClass', () => {
  const classes: ClassConfig[] = [
    classSchema.parse({
      id: 'math',
      name: 'Toán 10A1',
      meetings: ['https://us02web.zoom.us/j/81234567890?pwd=x', 'abc-defg-hij'],
    }),
    classSchema.parse({
      id: 'lit',
      name: 'Văn 9A2',
      meetings: ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_QQQ%40thread.v2/0'],
    }),
    classSchema.parse({ id: 'eng', name: 'English', meetings: ['999 888 7777'] }),
  ];

  it('matches by the adapter-normalized code', () => {
    expect(matchClass(meeting('zoom', '81234567890', 'https://app.zoom.us/wc/81234567890/start'), classes)?.id).toBe(
      'math',
    );
    expect(matchClass(meeting('meet', 'abc-defg-hij', 'https://meet.google.com/abc-defg-hij'), classes)?.id).toBe(
      'math',
    );
    expect(
      matchClass(meeting('teams', '19:meeting_QQQ@thread.v2', 'https://teams.microsoft.com/v2/'), classes)?.id,
    ).toBe('lit');
  });

  it('matches by URL when the page does not reveal the code', () => {
    expect(matchClass(meeting('zoom', null, 'https://app.zoom.us/wc/9998887777/join?pwd=abc'), classes)?.id).toBe(
      'eng',
    );
  });

  it('does not match the same code on another platform when the link names its platform', () => {
    expect(
      matchClass(meeting('teams', '81234567890', 'https://teams.microsoft.com/meet/81234567890'), classes),
    ).toBeNull();
  });

  it('falls back to the default class, else null', () => {
    const other = meeting('meet', 'xyz-abcd-efg', 'https://meet.google.com/xyz-abcd-efg');
    expect(matchClass(other, classes)).toBeNull();
    const withDefault = [...classes, classSchema.parse({ id: 'any', name: 'Mặc định', isDefault: true })];
    expect(matchClass(other, withDefault)?.id).toBe('any');
  });
});

describe('parseRosterText', () => {
  it('reads one name a line, dropping numbering, bullets and blank lines', () => {
    const r = parseRosterText('1. Nguyễn Văn An\n2) Trần Thị Bích\n\n• Lê Hoàng\r\n- John Smith\n');
    expect(r.format).toBe('lines');
    expect(r.entries.map((e) => e.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng', 'John Smith']);
  });

  it('drops a lone header line', () => {
    expect(parseRosterText('Họ và tên\nNguyễn Văn An').entries.map((e) => e.name)).toEqual(['Nguyễn Văn An']);
  });

  it('reads CSV with a BOM, a "Họ và tên" header, quotes and an STT column', () => {
    const csv = '\uFEFFSTT,Họ và tên,Lớp\n1,"Nguyễn Văn An",10A1\n2,"Trần ""Bin"" Bích",10A1\n3,,10A1\n';
    const r = parseRosterText(csv);
    expect(r.format).toBe('csv');
    expect(r.entries.map((e) => e.name)).toEqual(['Nguyễn Văn An', 'Trần "Bin" Bích']);
    expect(r.skipped).toBe(1);
  });

  it('joins separate "Họ" and "Tên" columns in Vietnamese order', () => {
    const r = parseRosterText('Họ;Tên;Biệt danh\nNguyễn Văn;An;Bin|Su\nTrần Thị;Bích;\n');
    expect(r.entries).toEqual([
      { name: 'Nguyễn Văn An', aliases: ['Bin', 'Su'] },
      { name: 'Trần Thị Bích', aliases: [] },
    ]);
  });

  it('joins "First name"/"Last name" in Western order', () => {
    const r = parseRosterText('First Name\tLast Name\nAda\tLovelace\n');
    expect(r.entries.map((e) => e.name)).toEqual(['Ada Lovelace']);
  });

  it('guesses the name column without a header', () => {
    const r = parseRosterText('1,Nguyễn Văn An,10A1\n2,Trần Thị Bích,10A1\n');
    expect(r.entries.map((e) => e.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bích']);
  });

  it('keeps a quoted name with a comma and a newline inside as one cell', () => {
    const r = parseRosterText('Name,Alias\n"Smith, John",JS\n"Line\nBreak",\n');
    expect(r.entries.map((e) => e.name)).toEqual(['Smith, John', 'Line Break']);
  });

  it('strips invisible characters and caps very long names', () => {
    const r = parseRosterText(`Nguy\u200Bễn Văn An\n${'x'.repeat(10_000)}`);
    expect(r.entries[0]?.name).toBe('Nguyễn Văn An');
    expect(r.entries[1]?.name.length).toBe(128);
  });
});
