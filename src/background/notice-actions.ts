/**
 * The buttons of an alert notification: "Go to the class" brings the meeting tab to the front; "In my
 * class" adds the person to the roster of the meeting's class and tells the tab, whose panel clears
 * the entry and logs the action. A tab that is gone cannot log it, so the worker does.
 */
import type { StoredEvent, TeacherActionPayload, TeacherActRequest } from '../common/protocol';
import type { Finding } from '../common/model';
import { addToRoster } from '../common/roster-add';
import { mayBeAStudent } from '../common/may-be-a-student';
import { isoWithOffset } from '../common/time';
import { USER_SETTINGS_KEY } from '../common/storage-keys';
import { localStorageArea, sessionStorageArea } from '../browser/storage';
import { focusTab, sendToTab } from '../browser/tabs';
import { appendEvents, listSessions, sessionEvents } from './event-log';
import { loadSettings } from './settings-store';
import { tabOf } from './session-tabs';
import { drainOutboxes } from './outbox-consumer';
import { noticeLang, text, type Lang } from './notice-text';

export type NoticeButton = 'go' | 'in-my-class';

export interface NoticeActions {
  buttons: NoticeButton[];
  person?: { name: string; findingId: string };
}

const KEY = 'cg.noticeActions';
const KEPT = 50;

export async function rememberActions(notificationId: string, actions: NoticeActions): Promise<void> {
  const got = (await sessionStorageArea.get(KEY).catch((): Record<string, unknown> => ({})))[KEY];
  const list = (Array.isArray(got) ? got : []) as [string, NoticeActions][];
  const next = [...list.filter(([id]) => id !== notificationId), [notificationId, actions] as [string, NoticeActions]];
  await sessionStorageArea.set({ [KEY]: next.slice(-KEPT) }).catch(() => {});
}

export async function actionsOf(notificationId: string): Promise<NoticeActions | null> {
  const got = (await sessionStorageArea.get(KEY).catch((): Record<string, unknown> => ({})))[KEY];
  const hit = (Array.isArray(got) ? (got as [string, NoticeActions][]) : []).find(([id]) => id === notificationId);
  return hit ? hit[1] : null;
}

export const buttonTitle = (lang: Lang, b: NoticeButton): string =>
  text(lang, b === 'go' ? 'notify_go_to_class' : 'notify_in_my_class');

/** The result, in a sentence for the follow-up notification. */
export async function inMyClass(sessionId: string, person: { name: string; findingId: string }): Promise<string> {
  return (await addAndTell(sessionId, person, 'notification')).text;
}

/**
 * "In my class" from the meeting tab's panel. The tab is a page attackers write into: only the name of a
 * person this session's log holds a finding about, of a kind that may be a missed student, is added.
 */
export async function inMyClassFromPanel(
  sessionId: string,
  person: { name: string; findingId: string },
): Promise<{ ok: boolean; text: string }> {
  const found = await findingEvent(sessionId, person.findingId);
  const finding = (found?.payload as { finding?: Finding } | undefined)?.finding;
  if (!finding || finding.subject.name !== person.name || !mayBeAStudent([finding.category]))
    return { ok: false, text: text(await noticeLang(), 'notify_roster_failed') };
  return addAndTell(sessionId, person, 'panel');
}

/** The finding may still be on its way from the tab (a teacher quick to click): pages' chunks are collected first. */
async function findingEvent(sessionId: string, id: string): Promise<StoredEvent | undefined> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const hit = (await sessionEvents(sessionId).catch(() => [])).find((e) => e.type === 'finding' && e.id === id);
    if (hit || attempt === 3) return hit;
    await drainOutboxes();
    await new Promise((r) => setTimeout(r, 250 * (attempt + 1)));
  }
  return undefined;
}

async function addAndTell(
  sessionId: string,
  person: { name: string; findingId: string },
  source: 'notification' | 'panel',
): Promise<{ ok: boolean; text: string }> {
  const lang = await noticeLang();
  const fail = (key: string) => ({ ok: false, text: text(lang, key) });
  const { locked } = await loadSettings();
  if (locked.includes('classes')) return fail('notify_roster_locked');
  const session = (await listSessions()).find((s) => s.id === sessionId);
  if (!session) return fail('notify_roster_failed');
  const current = ((await localStorageArea.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY] ?? {}) as Record<string, unknown>;
  const added = addToRoster(current, session.meeting, person.name);
  if (!added.ok) return fail(added.reason === 'no-class' ? 'notify_roster_no_class' : 'notify_roster_failed');
  if (added.added) await localStorageArea.set({ [USER_SETTINGS_KEY]: added.userSettings });
  const request: TeacherActRequest = {
    type: 'teacher.act',
    sessionId,
    source,
    act: {
      action: 'in-my-class',
      key: null,
      name: person.name,
      className: added.cls.name,
      findingId: person.findingId,
    },
  };
  const tabId = await tabOf(sessionId);
  const reply = tabId === undefined ? undefined : await sendToTab(tabId, request).catch(() => undefined);
  if (!reply?.ok) {
    const payload: TeacherActionPayload = {
      action: 'in-my-class',
      findingId: person.findingId,
      findingIds: [person.findingId],
      words: person.name,
      className: added.cls.name,
      ...(source === 'notification' ? { source } : {}),
    };
    await appendEvents(sessionId, [
      { id: crypto.randomUUID(), type: 'teacher.action', time: isoWithOffset(), payload: { ...payload } },
    ]);
  }
  return {
    ok: true,
    text: text(lang, 'notify_roster_added', person.name.slice(0, 80), added.cls.name),
  };
}

export async function goToClass(sessionId: string): Promise<boolean> {
  const tabId = await tabOf(sessionId);
  return tabId !== undefined && focusTab(tabId);
}
