/**
 * The instance's meeting session: opened with the worker once the meeting is in a call, resumed
 * after a reload or an update (the log tells who is here), and re-configured when settings change.
 */
import type { ChatMessage, Snapshot } from '../shared/model';
import type { ResumeState } from '../shared/protocol';
import { createGuards } from './guards';
import type { InstanceState } from './instance-state';
import { contextAlive, request } from './messenger';
import { createOverlayController } from './overlay-controller';
import type { Recorder } from './recorder';

/** Opens the session, retrying with back-off until it opens or the instance stops. */
export async function openSession(
  state: InstanceState,
  snap: Snapshot,
  onOpen: () => void,
  stop: () => void,
): Promise<void> {
  for (let delay = 100; !state.stopped; delay = Math.min(delay * 2, 5_000)) {
    try {
      const opened = await request('session.open', { meeting: snap.meeting });
      state.guards = createGuards(opened.classConfig);
      state.overlay = createOverlayController(state.platform.platform, state.adapter, opened.settings);
      if (opened.resumed) seed(state, opened.resumed, snap);
      state.outbox.setSession(opened.sessionId);
      state.ready = true;
      onOpen();
      return;
    } catch (err) {
      if (!contextAlive()) return stop();
      console.warn('Class Guard: could not open the session yet:', String(err));
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/**
 * A page reload or an extension update restarts this script mid-meeting. The log already knows
 * who is in and which messages it has: feed that to the tracker and the detectors as if just
 * seen, dropping what they say, so the log gets no second join or second copy of a message.
 */
function seed(state: InstanceState, resumed: ResumeState, snap: Snapshot): void {
  const chat: ChatMessage[] = resumed.chatIds.map((id) => ({
    id,
    senderId: null,
    senderName: '',
    self: false,
    text: '',
    time: null,
    privateTo: null,
  }));
  const seedSnap: Snapshot = {
    ...snap,
    state: resumed.state ?? snap.state,
    participants: resumed.participants,
    waiting: resumed.waiting,
    presenters: resumed.presenters,
    chat,
    coverage: resumed.coverage ?? snap.coverage,
  };
  state.tracker.update(seedSnap, Date.now());
  for (const participant of resumed.participants)
    state.guards?.replay({ kind: 'participant.joined', participant }, seedSnap);
  for (const participant of resumed.waiting) state.guards?.replay({ kind: 'waiting.joined', participant }, seedSnap);
}

/**
 * A class saved or edited mid-meeting (e.g. "everyone here now is my class") applies at once: new
 * detectors, told who is already here, their findings about those people dropped.
 */
export function applySettings(state: InstanceState, recorder: Recorder): void {
  state.settingsStale = false;
  const snap = state.lastSnap;
  if (!snap) return;
  void request('meeting.config', { meeting: snap.meeting }).then(
    ({ classConfig }) => {
      const guards = createGuards(classConfig);
      state.guards = guards;
      // The new guard asks afresh and awaits no verdict for those already here.
      recorder.forgetNameEvents();
      for (const participant of snap.participants) guards.replay({ kind: 'participant.joined', participant }, snap);
      for (const participant of snap.waiting) guards.replay({ kind: 'waiting.joined', participant }, snap);
      state.overlay?.changed();
      state.stats.settingsApplied++;
    },
    (err: unknown) => console.warn('Class Guard: could not apply the new settings:', String(err)),
  );
}
