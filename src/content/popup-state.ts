/** The popup's view of this meeting, and the actions it (or a notification) takes here. */
import { POPUP_PEOPLE_MAX, type PopupState, type TeacherActRequest } from '../common/protocol';
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

/** Applied only to the session it names: the tab may have moved on to another meeting. */
export function teacherAct(state: InstanceState, msg: TeacherActRequest): boolean | null {
  if (!state.ready || !state.overlay || msg.sessionId !== state.sessionId) return null;
  return state.overlay.act(msg.act, msg.source);
}
