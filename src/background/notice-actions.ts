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
import { PARENT_KEY, USER_SETTINGS_KEY } from '../common/storage-keys';
import { localStorageArea, sessionStorageArea } from '../browser/storage';
import { focusTab, sendToTab } from '../browser/tabs';
import { appendEvents, listSessions, sessionEvents } from './event-log';
import { loadSettings } from './settings-store';
import { tabOf } from './session-tabs';
import { drainOutboxes } from './outbox-consumer';
import { noticeLang, text, type Lang } from './notice-text';
import { parentAllows, writeUserSettings } from './parent';

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

export interface InClassAnswer {
  ok: boolean;
  /** A sentence for the follow-up notification or the panel. */
  text: string;
  /** Parent mode is on and locked: only a parent, with the PIN, may add a name. */
  needsParent?: true;
}

export async function inMyClass(
  sessionId: string,
  person: { name: string; findingId: string },
): Promise<InClassAnswer> {
  return addAndTell(sessionId, person, 'notification');
}

const PARENT_NOTICE = 'cg-parent:';

/**
 * The answer to the notification's "In my class", as a notification of its own. Refused for want of the
 * parent's PIN, it says so and a click on it opens parent mode (alerts.ts), where a parent can unlock.
 */
export function answerNotice(
  sessionId: string,
  answer: InClassAnswer,
  lang: Lang,
): { id: string; title: string; message: string; priority: number } {
  if (answer.needsParent)
    return {
      id: PARENT_NOTICE + sessionId,
      title: `Class Guard — ${text(lang, 'notify_parent_title')}`,
      message: answer.text,
      priority: 1,
    };
  return { id: `cg-done:${sessionId}`, title: 'Class Guard', message: answer.text.slice(0, 200), priority: 0 };
}

export const isParentNotice = (id: string): boolean => id.startsWith(PARENT_NOTICE);

/**
 * "In my class" from the meeting tab's panel. The tab is a page attackers write into: only the name of a
 * person this session's log holds a finding about, of a kind that may be a missed student, is added.
 */
export async function inMyClassFromPanel(
  sessionId: string,
  person: { name: string; findingId: string },
): Promise<InClassAnswer> {
  const found = await findingEvent(sessionId, person.findingId);
  const finding = (found?.payload as { finding?: Finding } | undefined)?.finding;
  if (!finding || finding.subject.name !== person.name || !mayBeAStudent([finding.category]))
    return { ok: false, text: text(await noticeLang(), 'notify_roster_failed') };
  return addAndTell(sessionId, person, 'panel');
}

/** The user's settings layer in force: in parent mode, the copy sealed with the PIN. */
async function userLayer(): Promise<Record<string, unknown>> {
  const got = await localStorageArea.get([USER_SETTINGS_KEY, PARENT_KEY]);
  const parent = got[PARENT_KEY] as { sealed?: Record<string, unknown> } | undefined;
  return (parent ? parent.sealed : (got[USER_SETTINGS_KEY] as Record<string, unknown> | undefined)) ?? {};
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
): Promise<InClassAnswer> {
  const lang = await noticeLang();
  const fail = (key: string) => ({ ok: false, text: text(lang, key) });
  const { locked } = await loadSettings();
  if (locked.includes('classes')) return fail('notify_roster_locked');
  // A child cannot let someone into the class: without the parent's PIN the roster stays as it is.
  if (!(await parentAllows()).allowed) return { ...fail('notify_roster_parent_locked'), needsParent: true };
  const session = (await listSessions()).find((s) => s.id === sessionId);
  if (!session) return fail('notify_roster_failed');
  const added = addToRoster(await userLayer(), session.meeting, person.name);
  if (!added.ok) return fail(added.reason === 'no-class' ? 'notify_roster_no_class' : 'notify_roster_failed');
  // Through parent mode's writer: with parent mode unlocked, the sealed copy is the layer in force.
  if (added.added) await writeUserSettings(added.userSettings);
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
