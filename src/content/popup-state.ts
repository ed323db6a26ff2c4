/** The popup's view of this meeting, and the actions it (or a notification) takes here. */
import { POPUP_PEOPLE_MAX, type PageReplies, type PopupState, type TeacherActRequest } from '../common/protocol';
import type { InstanceState } from './instance-state';

/** null when this frame has no meeting of ours yet: the popup then asks again. */
export function popupState(state: InstanceState): PopupState | null {
  const snap = state.lastSnap;
  if (!state.ready || !snap || !state.sessionId || !state.adapter.isMeetingFrame()) return null;
  const cls = state.classConfig ?? null;
  const panel = state.overlay?.popupEntries() ?? { entries: [], review: 0, paused: false };
  return {
    sessionId: state.sessionId,
    meeting: snap.meeting,
    state: snap.state,
    className: cls ? cls.name : null,
    rosterSize: cls ? cls.roster.length : 0,
    learning: state.guards?.learning().active ?? false,
    participants: snap.participants.slice(0, POPUP_PEOPLE_MAX).map(({ name, role, self }) => ({ name, role, self })),
    participantCount: snap.participantCount ?? snap.participants.length,
    waiting: snap.waiting.slice(0, POPUP_PEOPLE_MAX).map(({ name }) => ({ name })),
    presenters: snap.presenters.slice(0, 20).map(({ name, self }) => ({ name, self })),
    entries: panel.entries,
    review: panel.review,
    coverage: snap.coverage,
    paused: panel.paused,
  };
}

export type ActReply = PageReplies['teacher.act'];
export type PauseCheck = () => Promise<{ allowed: boolean; reason: 'parent-locked' | null }>;

/**
 * Applied only to the session it names: the tab may have moved on to another meeting. A pause asks
 * the worker first, since in parent mode the child must not switch the guard off (docs/parent-mode.md);
 * when the worker cannot be asked, the guard stays on.
 */
export function teacherAct(
  state: InstanceState,
  msg: TeacherActRequest,
  mayPause: PauseCheck,
): ActReply | Promise<ActReply> | null {
  if (!state.ready || !state.overlay || msg.sessionId !== state.sessionId) return null;
  const apply = (): ActReply => ({ done: state.overlay?.act(msg.act, msg.source) ?? false });
  if (msg.act.action !== 'paused') return apply();
  return mayPause().then(
    (r): ActReply => (r.allowed ? apply() : { done: false, refused: r.reason ?? 'parent-locked' }),
    (): ActReply => ({ done: false, refused: 'unavailable' }),
  );
}
