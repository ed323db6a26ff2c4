/**
 * DOM ─(watcher)─► adapter.snapshot() ─► tracker ─► recorder ─► outbox ─► worker
 *     └─► overlay
 */
import type { PlatformModule } from '../platforms/types';
import type { StorageArea } from '../browser/storage';
import { contextAlive } from './messenger';
import { Outbox } from './outbox';
import { createTracker } from './tracker';
import { createWatcher } from './watcher';
import { listenForPageRequests } from './page-requests';
import { newStats, type InstanceState, type Stats } from './instance-state';
import { createRecorder, type Recorder } from './recorder';
import { applySettings, openSession } from './session';
import { popupState, teacherAct } from './popup-state';

/** Includes what is still on its way to the log. */
export type InstanceHandle = { stop(): void; stats(): Stats & { pending: number; awaitingVerdicts: number } };

export function startInstance(
  platform: PlatformModule,
  reason: 'loaded' | 'reattached',
  storage: StorageArea,
): InstanceHandle {
  const state: InstanceState = {
    platform,
    adapter: platform.createAdapter(document, window),
    tracker: createTracker(),
    outbox: new Outbox({ instanceId: crypto.randomUUID(), storage, onInvalidated: () => stop() }),
    stats: newStats(),
    reason,
    stopped: false,
    sessionPromise: null,
    ready: false,
    guards: null,
    overlay: null,
    checklist: null,
    lastSnap: null,
    settingsStale: false,
  };
  const recorder = createRecorder(state);
  const flush = (): void => {
    const started = performance.now();
    try {
      step(state, recorder, flush, stop);
      state.outbox.flushed();
    } finally {
      state.stats.flushes++;
      state.stats.busyMs += performance.now() - started;
    }
  };

  const stopPageRequests = answerTab(state, recorder);

  // Events still gathering for their batch must outlive a reload.
  const onPageHide = () => state.outbox.persistNow();
  window.addEventListener('pagehide', onPageHide);

  const watcher = createWatcher({
    root: document,
    onFlush: flush,
    win: window,
    attributeFilter: [...platform.watchedAttributes],
  });
  watcher.start();
  flush();

  function stop(): void {
    if (state.stopped) return;
    state.stopped = true;
    watcher.stop();
    // What is still gathering goes to storage, for the worker to collect (when the context allows).
    state.outbox.persistNow();
    state.outbox.stop();
    stopPageRequests();
    window.removeEventListener('pagehide', onPageHide);
    state.overlay?.destroy();
    state.checklist?.destroy();
    state.adapter.dispose?.();
  }
  return {
    stop,
    stats: () => ({ ...state.stats, pending: state.outbox.pending, awaitingVerdicts: recorder.awaitingVerdicts() }),
  };
}

/** What the extension's pages and worker ask of this tab. */
function answerTab(state: InstanceState, recorder: Recorder): () => void {
  return listenForPageRequests({
    captureRoster: () => {
      const { guards, lastSnap } = state;
      if (!guards || !lastSnap) return null;
      return {
        meeting: lastSnap.meeting,
        teacher: lastSnap.self.host ? lastSnap.self.name : null,
        roster: guards.captureRoster(),
      };
    },
    settingsChanged: () => {
      if (state.stopped) return;
      if (state.ready && state.lastSnap) applySettings(state, recorder);
      else if (state.sessionPromise) state.settingsStale = true;
    },
    panelFindings: (msg) => state.overlay?.workerFindings(msg),
    popupState: () => popupState(state),
    teacherAct: (msg) => teacherAct(state, msg),
    checklist: (req) => state.checklist?.handle(req) ?? null,
  });
}

function step(state: InstanceState, recorder: Recorder, flush: () => void, stop: () => void): void {
  const { adapter, stats } = state;
  if (state.stopped) return;
  if (!contextAlive()) return stop();
  if (!adapter.isMeetingFrame()) return;
  const t0 = performance.now();
  const snap = adapter.snapshot();
  const t1 = performance.now();
  stats.snapshotMs += t1 - t0;
  if (!state.sessionPromise) {
    if (snap.state !== 'in-call' && snap.state !== 'waiting') return;
    recorder.emit('content.attached', {
      reason: state.reason,
      frame: window === window.top ? 'top' : 'iframe',
      url: location.origin + location.pathname,
    });
    state.sessionPromise = openSession(state, snap, flush, stop, recorder.emit);
  }
  if (!state.ready) return;
  state.lastSnap = snap;
  if (state.settingsStale) applySettings(state, recorder);
  const now = Date.now();
  const observations = state.tracker.update(snap, now);
  const t2 = performance.now();
  recorder.recordAll(observations, snap, now);
  if (state.guards) recorder.checkNames(state.guards);
  const t3 = performance.now();
  state.overlay?.update(snap, state.guards);
  state.checklist?.update(snap);
  stats.trackMs += t2 - t1;
  stats.recordMs += t3 - t2;
  stats.overlayMs += performance.now() - t3;
}
