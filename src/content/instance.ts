/**
 * DOM ─(watcher)─► adapter.snapshot() ─► tracker ─► recorder ─► outbox ─► worker
 *     └─► overlay
 */
import type { PlatformModule } from '../platforms/types';
import type { StorageArea } from '../browser/storage';
import type { LearnedRoster } from '../common/protocol';
import { contextAlive, request } from './messenger';
import { Outbox } from './outbox';
import { createTracker } from './tracker';
import { createWatcher, type Watcher } from './watcher';
import { listenForPageRequests } from './page-requests';
import { newStats, type InstanceState, type Stats } from './instance-state';
import { createRecorder, type Recorder } from './recorder';
import { applySettings, openSession } from './session';
import { overlayLang } from './overlay-controller';
import { popupState, teacherAct } from './popup-state';
import { childFromWorker, createChildGuard } from './child';
import type { PanelFindings } from '../common/protocol';

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
    outbox: createOutbox(storage, () => stop()),
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
  const recorder = withChildGuard(state, createRecorder(state));
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

  // What is gathering, and what changed since the last (possibly held back) pass, outlives a reload.
  const onPageHide = () => leavingPage(state, watcher);
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

function createOutbox(storage: StorageArea, onInvalidated: () => void): Outbox {
  return new Outbox({
    instanceId: crypto.randomUUID(),
    storage,
    onInvalidated,
    // Any message starts a stopped worker, which collects what pages left in storage as it starts.
    wake: () => void request('settings.get', {}).catch(() => undefined),
  });
}

/** The page is going away (reload, navigation, closing): read it one last time, then write what is queued. */
export function leavingPage(
  state: Pick<InstanceState, 'stopped' | 'outbox'>,
  watcher: Pick<Watcher, 'flushNow'>,
): void {
  if (state.stopped) return;
  watcher.flushNow();
  state.outbox.persistNow();
}

function learnedRoster(state: InstanceState, answer: boolean): LearnedRoster | null {
  const { guards, lastSnap } = state;
  if (!guards || !lastSnap) return null;
  if (answer) guards.answerLearnedOffer();
  const learning = guards.learning();
  return {
    captured: {
      meeting: lastSnap.meeting,
      teacher: lastSnap.self.host ? lastSnap.self.name : null,
      roster: learning.offer ? learning.offer.names.map((name) => ({ name })) : guards.learnedRoster(),
    },
    status: learning.active ? 'learning' : learning.offer ? 'offered' : 'none',
    endsAt: learning.endsAt,
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
    panelFindings: (msg) => workerFindings(state, msg),
    popupState: () => popupState(state),
    teacherAct: (msg) => teacherAct(state, msg, () => request('parent.allows', { what: 'pause' })),
    checklist: (req) => state.checklist?.handle(req) ?? null,
    learnedRoster: (answer) => learnedRoster(state, answer),
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

/** Advice to a child taking part (src/content/child/), its findings logged like the guards'. */
function withChildGuard(state: InstanceState, recorder: Recorder): Recorder {
  state.child = createChildGuard(document, {
    emit: (finding, observationId) => void recorder.emit('finding', { finding, observationId }),
    enabled: () => state.childAdvice !== false,
    classConfig: () => state.classConfig ?? null,
    lang: () => state.overlay?.lang() ?? overlayLang('auto', document),
  });
  return recorder;
}

function workerFindings(state: InstanceState, msg: PanelFindings): void {
  state.overlay?.workerFindings(msg);
  childFromWorker(state.child, state.lastSnap, msg);
}
