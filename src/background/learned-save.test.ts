/** The panel's "Save" on the learned roster: only names the session's log saw join, to the meeting's class. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../common/protocol';
import { USER_SETTINGS_KEY } from '../common/storage-keys';

const local = new Map<string, unknown>();
let locked: string[] = [];
let logged: Partial<StoredEvent>[] = [];
const MEETING = {
  platform: 'meet',
  code: 'abc-defg-hij',
  title: 'Lớp 7A - Toán',
  url: 'https://meet.google.com/abc-defg-hij',
};

vi.mock('../browser/storage', () => ({
  localStorageArea: {
    get: async (k: string) => (local.has(k) ? { [k]: local.get(k) } : {}),
    set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => local.set(k, v)),
  },
}));
vi.mock('./outbox-consumer', () => ({ drainOutboxes: async () => {} }));
vi.mock('./settings-store', () => ({ loadSettings: async () => ({ settings: {}, locked, problems: [] }) }));
vi.mock('./event-log', () => ({
  listSessions: async () => [{ id: 's1', meeting: MEETING }],
  sessionEvents: async () => logged,
}));

const { saveLearnedFromPanel } = await import('./learned-save');

const joined = (name: string, extra: Record<string, unknown> = {}): Partial<StoredEvent> => ({
  type: 'participant.joined',
  payload: { participant: { id: `u:${name}`, idStable: true, name, role: 'participant', self: false, ...extra } },
});
const classes = () =>
  (
    (local.get(USER_SETTINGS_KEY) ?? {}) as {
      classes?: { name: string; meetings: string[]; teachers: string[]; roster: { name: string }[] }[];
    }
  ).classes ?? [];

beforeEach(() => {
  local.clear();
  locked = [];
  logged = [
    joined('Cô Nguyễn Thị Lan', { self: true, role: 'host' }),
    joined('Trần Minh Anh'),
    joined('Đỗ Văn\u200bHùng'),
  ];
});

describe('saving the learned roster from the panel', () => {
  it('saves the names the log saw join, in the form the guard learns them, as the meeting’s class', async () => {
    const r = await saveLearnedFromPanel('s1', ['Trần Minh Anh', 'Đỗ VănHùng']);
    expect(r).toEqual({ ok: true, count: 2, className: 'Lớp 7A - Toán' });
    expect(classes()).toEqual([
      expect.objectContaining({
        meetings: ['abc-defg-hij'],
        teachers: ['Cô Nguyễn Thị Lan'],
        roster: [expect.objectContaining({ name: 'Trần Minh Anh' }), expect.objectContaining({ name: 'Đỗ VănHùng' })],
      }),
    ]);
  });

  it('leaves out a name the page made up, and saves nothing when none is real', async () => {
    expect(await saveLearnedFromPanel('s1', ['Trần Minh Anh', 'Kẻ Mạo Danh'])).toMatchObject({ ok: true, count: 1 });
    expect(classes()[0]!.roster.map((p) => p.name)).toEqual(['Trần Minh Anh']);
    local.clear();
    expect(await saveLearnedFromPanel('s1', ['Kẻ Mạo Danh'])).toEqual({ ok: false, reason: 'gone' });
    expect(classes()).toEqual([]);
  });

  it('refuses when the school sets the classes, or the session is not in the log', async () => {
    locked = ['classes'];
    expect(await saveLearnedFromPanel('s1', ['Trần Minh Anh'])).toEqual({ ok: false, reason: 'locked' });
    locked = [];
    expect(await saveLearnedFromPanel('s9', ['Trần Minh Anh'])).toEqual({ ok: false, reason: 'gone' });
    expect(classes()).toEqual([]);
  });
});
