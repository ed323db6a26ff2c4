/** What the popup's buttons do; each reaches the meeting tab, whose panel applies and logs it. */
import type { PopupEntry, PopupState, TeacherAct } from '../../common/protocol';
import { addToRoster } from '../../common/roster-add';
import { mayBeAStudent } from '../../common/may-be-a-student';
import { sendToTab } from '../../browser/tabs';
import { updateUserSettings } from '../user-settings';
import { saveCapturedRoster, type SavedRoster } from '../roster-capture';
import { readMeeting } from './use-meeting';

export type Status = { text: string; bad?: boolean };
type T = (key: string, ...subs: string[]) => string;

export const mayBeInClass = (e: PopupEntry): boolean =>
  e.kind === 'person' && e.name !== null && mayBeAStudent(e.categories);

async function tell(tabId: number, sessionId: string, act: TeacherAct): Promise<boolean> {
  const reply = await sendToTab(tabId, { type: 'teacher.act', sessionId, act, source: 'popup' }).catch(() => undefined);
  return reply?.ok === true;
}

export async function inMyClass(
  t: T,
  tabId: number,
  state: PopupState,
  entry: PopupEntry,
  locked: readonly string[],
): Promise<Status> {
  if (locked.includes('classes')) return { text: t('popup_capture_locked'), bad: true };
  const name = entry.name ?? '';
  const out: { r?: ReturnType<typeof addToRoster> } = {};
  await updateUserSettings((current) => {
    out.r = addToRoster(current, state.meeting, name);
    return out.r.ok && out.r.added ? out.r.userSettings : null;
  });
  const r = out.r!;
  if (!r.ok)
    return { text: t(r.reason === 'no-class' ? 'popup_in_class_no_class' : 'popup_in_class_failed'), bad: true };
  const act: TeacherAct = { action: 'in-my-class', key: entry.key, name, className: r.cls.name };
  if (!(await tell(tabId, state.sessionId, act))) return { text: t('popup_tab_gone'), bad: true };
  return { text: t('popup_in_class_done', r.cls.name) };
}

export async function dismiss(t: T, tabId: number, state: PopupState, entry: PopupEntry): Promise<Status> {
  const ok = await tell(tabId, state.sessionId, { action: 'dismissed', key: entry.key });
  return ok ? { text: t('popup_dismissed') } : { text: t('popup_tab_gone'), bad: true };
}

export async function pause(t: T, tabId: number, state: PopupState, on: boolean): Promise<Status> {
  const act: TeacherAct = { action: on ? 'paused' : 'resumed' };
  const reply = await sendToTab(tabId, { type: 'teacher.act', sessionId: state.sessionId, act, source: 'popup' }).catch(
    () => undefined,
  );
  if (!reply?.ok) return { text: t('popup_tab_gone'), bad: true };
  const refused = reply.value.refused;
  if (refused === 'parent-locked') return { text: t('popup_pause_parent_locked'), bad: true };
  if (refused) return { text: t('popup_pause_unavailable'), bad: true };
  return { text: t(on ? 'popup_paused_done' : 'popup_resumed_done') };
}

/** "Everyone here now is my class": the meeting tab's people become the class roster. */
export async function captureRoster(t: T, locked: readonly string[]): Promise<Status> {
  if (locked.includes('classes')) return { text: t('popup_capture_locked'), bad: true };
  // The tab at the time of the click: the popup may not have read its meeting yet.
  const { tabId } = await readMeeting().then((v) => ('tabId' in v ? v : { tabId: undefined }));
  const reply =
    tabId === undefined ? undefined : await sendToTab(tabId, { type: 'roster.capture' }).catch(() => undefined);
  if (!reply?.ok) return { text: t('popup_capture_no_meeting'), bad: true };
  if (reply.value.roster.length === 0) return { text: t('popup_capture_empty'), bad: true };
  const out: { saved?: SavedRoster } = {};
  await updateUserSettings(
    (current) => (out.saved = saveCapturedRoster(current, reply.value, () => crypto.randomUUID())).userSettings,
  );
  const saved = out.saved!;
  return { text: t('popup_capture_saved', String(saved.cls.roster.length), saved.cls.name) };
}
