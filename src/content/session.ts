import type { ChatMessage, Snapshot } from '../common/model';
import type { ResumeState } from '../common/protocol';
import { createGuards } from './guards';
import type { InstanceState } from './instance-state';
import { contextAlive, request } from './messenger';
import { loadMessages } from './messages';
import { createOverlayController, overlayLang } from './overlay-controller';
import type { Recorder } from './recorder';
import { startChecklist } from './checklist/start';

export async function openSession(
  state: InstanceState,
  snap: Snapshot,
  onOpen: () => void,
  stop: () => void,
  emit: Recorder['emit'],
): Promise<void> {
  for (let delay = 100; !state.stopped; delay = Math.min(delay * 2, 5_000)) {
    try {
      const opened = await request('session.open', { meeting: snap.meeting });
      // The page shows nothing in the teacher's language before its table is here.
      await loadMessages(overlayLang(opened.settings.language, document));
      state.guards = createGuards(opened.classConfig, opened.settings.detection);
      state.childAdvice = opened.settings.parent.childAdvice;
      state.overlay = createOverlayController(state.platform.platform, state.adapter, opened.settings, document, {
        sessionId: opened.sessionId,
        log: (payload) => emit('teacher.action', { ...payload }),
        inClass: async (name, findingId) => {
          // The finding the worker checks against may still be gathering here.
          state.outbox.persistNow();
          const r = await request('roster.add', { sessionId: opened.sessionId, name, findingId });
          return r.ok ? null : r.text;
        },
        openGuide: (lang) => void request('guide.open', { lang }).catch(() => undefined),
        saveLearned: (names) => {
          // The worker saves only names its log saw join: the last of them may still be queued here.
          state.outbox.persistNow();
          return request('roster.learned.save', { sessionId: opened.sessionId, names });
        },
      });
      state.checklist = startChecklist(state, opened.settings, opened.classConfig, emit, opened.resumed?.checklist);
      if (opened.resumed) seed(state, opened.resumed, snap);
      state.sessionId = opened.sessionId;
      state.classConfig = opened.classConfig;
      if (opened.resumed?.paused) state.overlay.paused(true);
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
 * After a reload or update, what the log has is replayed as if just seen and the detectors' output
 * dropped, so the log gets no second join or copy of a message.
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
  for (const participant of resumed.participants) {
    state.guards?.replay({ kind: 'participant.joined', participant }, seedSnap);
    state.child?.replay({ kind: 'participant.joined', participant });
  }
  for (const participant of resumed.waiting) state.guards?.replay({ kind: 'waiting.joined', participant }, seedSnap);
}

/** A class edited mid-meeting applies at once; findings about people already here are dropped. */
export function applySettings(state: InstanceState, recorder: Recorder): void {
  state.settingsStale = false;
  const snap = state.lastSnap;
  if (!snap) return;
  void request('meeting.config', { meeting: snap.meeting }).then(
    ({ classConfig, settings }) => {
      const guards = createGuards(classConfig, settings.detection);
      state.classConfig = classConfig;
      state.overlay?.sound(settings.alerts.sound);
      state.childAdvice = settings.parent.childAdvice;
      state.guards = guards;
      // The new guard asks afresh and awaits no verdict for those already here.
      recorder.forgetNameEvents();
      for (const participant of snap.participants) guards.replay({ kind: 'participant.joined', participant }, snap);
      for (const participant of snap.waiting) guards.replay({ kind: 'waiting.joined', participant }, snap);
      state.overlay?.language(settings.language);
      state.overlay?.changed();
      state.stats.settingsApplied++;
    },
    (err: unknown) => console.warn('Class Guard: could not apply the new settings:', String(err)),
  );
}
