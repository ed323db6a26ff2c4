import { describe, expect, it } from 'vitest';
import { classesSchema, matchClass } from './classes';
import { addToRoster, rosterName } from './roster-add';

const meeting = {
  platform: 'meet' as const,
  code: 'abc-defg-hij',
  title: null,
  url: 'https://meet.google.com/abc-defg-hij',
};
const other = { ...meeting, code: 'zzz-zzzz-zzz', url: 'https://meet.google.com/zzz-zzzz-zzz' };
const settings = {
  language: 'vi',
  classes: [
    { id: 'a', name: 'Lớp 7A', meetings: ['abc-defg-hij'], roster: [{ name: 'Trần Minh Anh' }] },
    { id: 'b', name: 'Lớp 8B', meetings: ['https://meet.google.com/qqq-qqqq-qqq'], roster: [] },
  ],
};

describe('addToRoster', () => {
  it("adds the name to the roster of this meeting's class and keeps the rest", () => {
    const r = addToRoster(settings, meeting, 'Lê Hoàng Bảo');
    if (!r.ok) throw new Error(r.reason);
    expect(r.added).toBe(true);
    expect(r.userSettings['language']).toBe('vi');
    const classes = classesSchema.parse(r.userSettings['classes']);
    expect(matchClass(meeting, classes)?.roster.map((x) => x.name)).toEqual(['Trần Minh Anh', 'Lê Hoàng Bảo']);
    expect(classes.find((c) => c.id === 'b')?.roster).toEqual([]);
  });

  it('adds nobody twice', () => {
    const r = addToRoster(settings, meeting, 'Trần Minh Anh');
    expect(r.ok && r.added).toBe(false);
  });

  it('says so when the meeting has no class, and changes nothing', () => {
    expect(addToRoster(settings, other, 'Lê Hoàng Bảo')).toEqual({ ok: false, reason: 'no-class' });
  });

  it('uses the default class for a meeting no class names', () => {
    const withDefault = { classes: [{ id: 'd', name: 'Mặc định', isDefault: true, roster: [] }] };
    const r = addToRoster(withDefault, other, 'Lê Hoàng Bảo');
    expect(r.ok && r.cls.roster.map((x) => x.name)).toEqual(['Lê Hoàng Bảo']);
  });

  it('keeps no invisible characters and no empty name', () => {
    expect(rosterName('\u200bLê\u200d  Bảo ')).toBe('Lê Bảo');
    expect(addToRoster(settings, meeting, '\u200b\u200b')).toEqual({ ok: false, reason: 'no-name' });
  });
});
