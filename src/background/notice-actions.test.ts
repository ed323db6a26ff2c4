/** The notification's "In my class": the roster changes, and the log learns of it through the tab or, without one, directly. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventDraft, TeacherActRequest } from '../common/protocol';
import { PARENT_KEY, USER_SETTINGS_KEY } from '../common/storage-keys';
import vi_ from '../../public/_locales/vi/messages.json';

const local = new Map<string, unknown>();
const session = new Map<string, unknown>();
const sent: TeacherActRequest[] = [];
const appended: EventDraft[] = [];
let tabAnswers = true;
let locked: string[] = [];
let language: 'auto' | 'vi' | 'en' = 'auto';
const finding = (id: string, category: string, name: string) => ({
  id,
  type: 'finding',
  payload: { finding: { ruleId: 'r', category, severity: 2, tier: 'alert', subject: { name }, evidence: {} } },
});
let logged: unknown[] = [];

const area = (m: Map<string, unknown>) => ({
  get: async (keys: string | string[]) =>
    Object.fromEntries([keys].flat().flatMap((k) => (m.has(k) ? [[k, m.get(k)]] : []))),
  set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => m.set(k, v)),
});
vi.mock('../browser/storage', () => ({ localStorageArea: area(local), sessionStorageArea: area(session) }));
vi.mock('../browser/i18n', () => ({ uiLanguage: () => 'en-US' }));
vi.mock('../browser/tabs', () => ({
  focusTab: async () => true,
  sendToTab: async (_tab: number, req: TeacherActRequest) => {
    if (!tabAnswers) throw new Error('no listener');
    sent.push(req);
    return { ok: true, value: { done: true } };
  },
}));
vi.mock('./session-tabs', () => ({ tabOf: async () => 7 }));
vi.mock('./outbox-consumer', () => ({ drainOutboxes: async () => {} }));
vi.mock('./settings-store', () => ({
  loadSettings: async () => ({ settings: { language }, locked, problems: [] }),
  settingsDerived: (derive: (s: { language: string }) => unknown) => async () => derive({ language }),
}));
vi.mock('./event-log', () => ({
  listSessions: async () => [
    {
      id: 's1',
      meeting: { platform: 'meet', code: 'abc-defg-hij', title: null, url: 'https://meet.google.com/abc-defg-hij' },
    },
  ],
  appendEvents: async (_s: string, drafts: EventDraft[]) => void appended.push(...drafts),
  sessionEvents: async () => logged,
}));

const { answerNotice, inMyClass, inMyClassFromPanel } = await import('./notice-actions');

const roster = () =>
  (local.get(USER_SETTINGS_KEY) as { classes: { roster: { name: string }[] }[] }).classes[0]!.roster.map((r) => r.name);

beforeEach(() => {
  local.clear();
  session.clear();
  local.set(USER_SETTINGS_KEY, {
    classes: [{ id: 'c', name: 'Lớp 7A', meetings: ['abc-defg-hij'], roster: [{ name: 'Trần Minh Anh' }] }],
  });
  sent.length = 0;
  appended.length = 0;
  tabAnswers = true;
  locked = [];
  language = 'auto';
  logged = [finding('f1', 'unknown-participant', 'Kẻ Lạ Mặt'), finding('f2', 'impersonation', 'Trần Minh Anh')];
});

describe("the notification's In my class", () => {
  it('adds the name to the class and has the meeting tab clear and log it', async () => {
    await inMyClass('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' });
    expect(roster()).toEqual(['Trần Minh Anh', 'Kẻ Lạ Mặt']);
    expect(sent).toEqual([
      {
        type: 'teacher.act',
        sessionId: 's1',
        source: 'notification',
        act: { action: 'in-my-class', key: null, name: 'Kẻ Lạ Mặt', className: 'Lớp 7A', findingId: 'f1' },
      },
    ]);
    expect(appended).toEqual([]);
  });

  it('logs it itself when the meeting tab is gone', async () => {
    tabAnswers = false;
    await inMyClass('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' });
    expect(roster()).toContain('Kẻ Lạ Mặt');
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({
      type: 'teacher.action',
      payload: {
        action: 'in-my-class',
        words: 'Kẻ Lạ Mặt',
        className: 'Lớp 7A',
        source: 'notification',
        findingId: 'f1',
      },
    });
  });

  it("answers in the teacher's chosen language, else the browser's", async () => {
    expect((await inMyClass('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' })).text).toBe(
      'Kẻ Lạ Mặt is now on the list of Lớp 7A.',
    );
    language = 'vi';
    locked = ['classes'];
    expect((await inMyClass('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' })).text).toBe(vi_.notify_roster_locked.message);
  });

  it('changes nothing when the school locked the classes', async () => {
    locked = ['classes'];
    await inMyClass('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' });
    expect(roster()).toEqual(['Trần Minh Anh']);
    expect(sent).toEqual([]);
    expect(appended).toEqual([]);
  });
});

describe('In my class in parent mode', () => {
  const sealed = {
    classes: [{ id: 'c', name: 'Lớp 7A', meetings: ['abc-defg-hij'], roster: [{ name: 'Trần Minh Anh' }] }],
  };
  beforeEach(() => {
    // The PIN's record as parent mode keeps it; its hash is never checked here.
    local.set(PARENT_KEY, { pin: { salt: 's', hash: 'h', iterations: 1 }, sealed });
  });

  it("without the parent's PIN adds nothing, tells no tab, and says a parent is needed, in the chosen language", async () => {
    language = 'vi';
    const answer = await inMyClass('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' });
    expect(answer).toEqual({ ok: false, text: vi_.notify_roster_parent_locked.message, needsParent: true });
    expect((local.get(PARENT_KEY) as { sealed: unknown }).sealed).toEqual(sealed);
    expect(roster()).toEqual(['Trần Minh Anh']);
    expect(sent).toEqual([]);
    expect(appended).toEqual([]);
    expect(answerNotice('s1', answer, 'vi')).toEqual({
      id: 'cg-parent:s1',
      title: `Class Guard — ${vi_.notify_parent_title.message}`,
      message: vi_.notify_roster_parent_locked.message,
      priority: 1,
    });
    // The panel's "In my class" gets the same answer.
    expect(await inMyClassFromPanel('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' })).toMatchObject({
      ok: false,
      needsParent: true,
    });
  });

  it('with parent mode unlocked, the name goes into the settings in force (the sealed copy)', async () => {
    session.set('cg.parent.unlock', Date.now() + 60_000);
    const answer = await inMyClass('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' });
    expect(answer).toMatchObject({ ok: true });
    expect(answerNotice('s1', answer, 'en').id).toBe('cg-done:s1');
    const inForce = (local.get(PARENT_KEY) as { sealed: typeof sealed }).sealed;
    expect(inForce.classes[0]!.roster.map((r) => r.name)).toEqual(['Trần Minh Anh', 'Kẻ Lạ Mặt']);
    expect(sent).toHaveLength(1);
  });
});

describe("the panel's In my class (the meeting tab asks the worker)", () => {
  it('adds the person of a finding in this meeting, and the tab clears and logs it as its own action', async () => {
    expect(await inMyClassFromPanel('s1', { name: 'Kẻ Lạ Mặt', findingId: 'f1' })).toMatchObject({ ok: true });
    expect(roster()).toEqual(['Trần Minh Anh', 'Kẻ Lạ Mặt']);
    expect(sent).toMatchObject([{ type: 'teacher.act', source: 'panel', act: { action: 'in-my-class' } }]);
  });

  it('refuses a name the log has no such finding for, or an impostor, whatever the tab says', async () => {
    for (const person of [
      { name: 'Người Khác', findingId: 'f1' },
      { name: 'Kẻ Lạ Mặt', findingId: 'nope' },
      { name: 'Trần Minh Anh', findingId: 'f2' },
    ])
      expect(await inMyClassFromPanel('s1', person)).toMatchObject({ ok: false });
    expect(roster()).toEqual(['Trần Minh Anh']);
    expect(sent).toEqual([]);
  });
});
