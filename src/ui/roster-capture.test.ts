import { describe, expect, it } from 'vitest';
import { matchClass, classesSchema } from '../common/classes';
import { saveCapturedRoster, type Captured } from './roster-capture';

const meeting = {
  platform: 'meet' as const,
  code: 'abc-defg-hij',
  title: 'Lớp 10A1 - Toán',
  url: 'https://meet.google.com/abc-defg-hij',
};
const captured: Captured = {
  meeting,
  teacher: 'Nguyễn Thị Lan',
  roster: [{ name: 'Trần Minh Anh' }, { name: 'Lê Hoàng Bảo' }],
};

describe('saveCapturedRoster', () => {
  it('creates a class for an unknown meeting, with the host as teacher, that the meeting then matches', () => {
    const r = saveCapturedRoster({ language: 'vi' }, captured, () => 'new-id');
    expect(r.created).toBe(true);
    expect(r.userSettings['language']).toBe('vi');
    const classes = classesSchema.parse(r.userSettings['classes']);
    expect(classes).toHaveLength(1);
    expect(classes[0]).toMatchObject({
      id: 'new-id',
      name: 'Lớp 10A1 - Toán',
      teachers: ['Nguyễn Thị Lan'],
      roster: [{ name: 'Trần Minh Anh' }, { name: 'Lê Hoàng Bảo' }],
    });
    expect(matchClass(meeting, classes)?.id).toBe('new-id');
  });

  it('replaces the roster of the class that names this meeting, keeping its teachers and options', () => {
    const existing = {
      id: 'c1',
      name: '10A1',
      meetings: ['https://meet.google.com/abc-defg-hij'],
      teachers: ['Cô Lan'],
      roster: [{ name: 'Old' }],
      options: { raidThreshold: 3 },
    };
    const other = { id: 'c2', name: '9B', meetings: ['xyz-abcd-efg'], roster: [{ name: 'Keep' }] };
    const r = saveCapturedRoster({ classes: [existing, other] }, captured, () => 'unused');
    expect(r.created).toBe(false);
    const classes = classesSchema.parse(r.userSettings['classes']);
    expect(classes.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(classes[0]!.roster.map((e) => e.name)).toEqual(['Trần Minh Anh', 'Lê Hoàng Bảo']);
    expect(classes[0]!.teachers).toEqual(['Cô Lan']);
    expect(classes[0]!.options.raidThreshold).toBe(3);
    expect(classes[1]!.roster.map((e) => e.name)).toEqual(['Keep']);
  });

  it('does not overwrite the default class: a meeting it merely falls back to gets its own class', () => {
    const r = saveCapturedRoster(
      { classes: [{ id: 'd', name: 'Any', isDefault: true, roster: [{ name: 'X' }] }] },
      captured,
      () => 'n',
    );
    expect(r.created).toBe(true);
    expect(classesSchema.parse(r.userSettings['classes']).map((c) => c.id)).toEqual(['d', 'n']);
  });

  it('saves the capture beside the classes that can be read when a stored class cannot (a hand edit, another version)', () => {
    const broken = { id: '', name: 'Broken' };
    const other = {
      id: 'c2',
      name: '9B',
      meetings: ['xyz-abcd-efg'],
      roster: [{ name: 'Keep' }, { name: 'x'.repeat(200) }],
    };
    const r = saveCapturedRoster({ classes: [broken, other] }, captured, () => 'n');
    const classes = classesSchema.parse(r.userSettings['classes']);
    expect(classes.map((c) => c.id)).toEqual(['c2', 'n']);
    expect(classes[0]!.roster.map((e) => e.name)).toEqual(['Keep']);
  });
});
