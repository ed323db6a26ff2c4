/**
 * Content script: one instance per meeting frame.
 *
 *   DOM ──(batched MutationObserver: one flush per frame)──► adapter.snapshot()
 *        ──► tracker: snapshot diff → observations ──► detectors → findings
 *        ──► outbox (a chunk written to storage.local) ──► worker (woken by the change) ──► event log
 *        ──► overlay: coverage hint, name badges
 *
 * Everything here is cheap per flush and O(changes) downstream of the adapter (DESIGN.md inv. 7).
 */
import { platformForUrl } from '../platforms/registry';
import type { PlatformAdapter, PlatformModule } from '../platforms/types';
import type { ChatMessage, Finding, Observation, Snapshot } from '../shared/model';
import { LIMITS, type EventDraft, type EventType, type ResumeState } from '../shared/protocol';
import { isoWithOffset } from '../shared/time';
import { contextAlive, request } from './messenger';
import { Outbox } from './outbox';
import { createTracker } from './tracker';
import { createWatcher } from './watcher';
import { createGuards, type Guards } from './guards';
import { createOverlayController, type OverlayController } from './overlay-controller';
import { listenForPageRequests } from './page-requests';

const INSTANCE_KEY = '__classGuardContent';
/** Set by the worker, to the time of the install or update, when it injects this script into an open page (reinject.ts). */
const REINJECTED_KEY = '__classGuardReinjected';
/** What this script has cost the page so far: flushes and main-thread ms in them, by stage. */
interface Stats {
  flushes: number;
  busyMs: number;
  snapshotMs: number;
  trackMs: number;
  recordMs: number;
  overlayMs: number;
  /** Times the settings were fetched again after the worker said they changed. */
  settingsApplied: number;
}
/** Stats, and what is still on its way to the log: events not yet written, people whose name's verdict has not come. */
type InstanceHandle = { stop(): void; stats(): Stats & { pending: number; awaitingVerdicts: number } };
/** Set while the adapter's chunk loads, so a second injection meanwhile does not start a second instance. */
const STARTING_KEY = '__classGuardStarting';
const g = globalThis as typeof globalThis & { [INSTANCE_KEY]?: InstanceHandle; [REINJECTED_KEY]?: number; [STARTING_KEY]?: boolean };

/**
 * @crxjs's loader imports this module and calls onExecute each time the script is injected: a
 * re-injection after an update reuses the cached module, so start-up must not live at module level.
 */
export function onExecute(): void {
  const platform = platformForUrl(new URL(location.href));
  if (!platform) return;
  // Injected by the worker after an install or update (reinject.ts), into a page that was open before it.
  const injectedAt = g[REINJECTED_KEY];
  const reinjected = typeof injectedAt === 'number' && performance.timeOrigin < injectedAt;
  delete g[REINJECTED_KEY];
  // A live instance in this world (the worker injected while the page's own script was starting):
  // it keeps the meeting; a second one would only race it. After an extension reload or update the
  // world is new, so an orphaned instance of the old extension is never found here.
  if (g[INSTANCE_KEY] || g[STARTING_KEY]) return;
  // The client's adapter is a chunk of its own (registry.ts): the instance starts once it is loaded.
  g[STARTING_KEY] = true;
  platform
    .load()
    .then((module) => {
      if (!g[INSTANCE_KEY] && contextAlive()) g[INSTANCE_KEY] = startInstance(module, reinjected ? 'reattached' : 'loaded');
    })
    .catch((err: unknown) => console.warn('Class Guard: could not load the meeting client\'s adapter:', String(err)))
    .finally(() => delete g[STARTING_KEY]);
}

function startInstance(platform: PlatformModule, reason: 'loaded' | 'reattached'): InstanceHandle {
  const adapter: PlatformAdapter = platform.createAdapter(document, window);
  const tracker = createTracker();
  const instanceId = crypto.randomUUID();
  /** What this script has cost the page so far (main-thread time in flushes), for diagnostics and the bench. */
  const stats: Stats = { flushes: 0, busyMs: 0, snapshotMs: 0, trackMs: 0, recordMs: 0, overlayMs: 0, settingsApplied: 0 };
  let stopped = false;
  let sessionPromise: Promise<void> | null = null;
  // Observations start once the session and settings are known, so the first roster is checked too.
  let ready = false;
  let guards: Guards | null = null;
  let overlay: OverlayController | null = null;

  const outbox = new Outbox({
    instanceId,
    storage: chrome.storage.local,
    onInvalidated: () => stop(),
  });

  // Event ids: this instance's random UUID with a counter as its last group. Unique as UUIDs are, and
  // crypto.randomUUID() per event was a measurable part of a busy chat's cost on the page.
  const idBase = crypto.randomUUID().slice(0, 24);
  let idSeq = 0;
  /** While a flush records what it saw: the one time of it all (a busy chat is ~20 events a flush). */
  let flushTime: string | null = null;
  const emit = (type: EventType, payload: Record<string, unknown>): string => {
    const draft: EventDraft = { id: idBase + (idSeq++).toString(16).padStart(12, '0'), type, time: flushTime ?? isoWithOffset(), payload };
    outbox.push(draft);
    return draft.id;
  };

  const openSession = (snap: Snapshot): Promise<void> =>
    (async () => {
      for (let delay = 100; !stopped; delay = Math.min(delay * 2, 5_000)) {
        try {
          const opened = await request('session.open', { meeting: snap.meeting });
          guards = createGuards(opened.classConfig);
          overlay = createOverlayController(platform.platform, adapter, opened.settings);
          if (opened.resumed) seed(opened.resumed, snap);
          outbox.setSession(opened.sessionId);
          ready = true;
          flush();
          return;
        } catch (err) {
          if (!contextAlive()) return stop();
          console.warn('Class Guard: could not open the session yet:', String(err));
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    })();

  /**
   * A page reload or an extension update restarts this script mid-meeting. The log already knows
   * who is in and which messages it has: feed that to the tracker and the detectors as if just
   * seen, dropping what they say, so the log gets no second join or second copy of a message.
   */
  const seed = (resumed: ResumeState, snap: Snapshot): void => {
    const chat: ChatMessage[] = resumed.chatIds.map((id) => ({ id, senderId: null, senderName: '', self: false, text: '', time: null, privateTo: null }));
    const seedSnap: Snapshot = {
      ...snap,
      state: resumed.state ?? snap.state,
      participants: resumed.participants,
      waiting: resumed.waiting,
      presenters: resumed.presenters,
      chat,
      coverage: resumed.coverage ?? snap.coverage,
    };
    tracker.update(seedSnap, Date.now());
    for (const participant of resumed.participants) guards?.replay({ kind: 'participant.joined', participant }, seedSnap);
    for (const participant of resumed.waiting) guards?.replay({ kind: 'waiting.joined', participant }, seedSnap);
  };

  const flush = (): void => {
    const started = performance.now();
    try {
      step();
      outbox.flushed();
    } finally {
      stats.flushes++;
      stats.busyMs += performance.now() - started;
    }
  };

  const step = (): void => {
    if (stopped) return;
    if (!contextAlive()) return stop();
    if (!adapter.isMeetingFrame()) return;
    const t0 = performance.now();
    const snap = adapter.snapshot();
    const t1 = performance.now();
    stats.snapshotMs += t1 - t0;
    if (!sessionPromise) {
      if (snap.state !== 'in-call' && snap.state !== 'waiting') return;
      emit('content.attached', { reason, frame: window === window.top ? 'top' : 'iframe', url: location.origin + location.pathname });
      sessionPromise = openSession(snap);
    }
    if (!ready) return;
    lastSnap = snap;
    if (settingsStale) applySettings();
    const now = Date.now();
    const observations = tracker.update(snap, now);
    const t2 = performance.now();
    flushTime = isoWithOffset(now);
    try {
      for (const obs of observations) record(obs, snap);
    } finally {
      flushTime = null;
    }
    if (guards) checkNames(guards);
    const t3 = performance.now();
    overlay?.update(snap, guards);
    stats.trackMs += t2 - t1;
    stats.recordMs += t3 - t2;
    stats.overlayMs += performance.now() - t3;
  };

  /**
   * For the people whose name's verdict has not come yet: the event that told of the name (joined,
   * waiting, renamed), which the late findings link to. Only they are kept, not the whole class.
   */
  const nameEvent = new Map<string, string>();
  /** A detector that throws is told once in the log, with the event it threw on; the event is stored regardless. */
  const failedDetectors = new Set<string>();
  const detectorFailed = (detector: string, observationId: string | null, err: unknown): void => {
    if (failedDetectors.has(detector)) return;
    failedDetectors.add(detector);
    console.warn(`Class Guard: ${detector} failed:`, err);
    emit('detector.failed', { detector, observationId, error: String(err).slice(0, 300) });
  };
  const judge = (obs: Observation, snap: Snapshot, observationId: string): Finding[] => {
    try {
      return guards ? guards.observe(obs, snap) : [];
    } catch (err) {
      detectorFailed('participants', observationId, err);
      return [];
    }
  };
  const record = (obs: Observation, snap: Snapshot): void => {
    const { kind, ...payload } = obs;
    const observationId = emit(kind, payload);
    const findings = judge(obs, snap, observationId);
    if (kind === 'participant.joined' || kind === 'waiting.joined' || kind === 'participant.renamed' || kind === 'participant.left') {
      const id = obs.participant.id;
      if (kind !== 'participant.left' && guards?.awaitsVerdict(id)) nameEvent.set(id, observationId);
      else nameEvent.delete(id);
    }
    for (const finding of findings) emit('finding', { finding, observationId });
    if (obs.kind === 'coverage.changed') overlay?.coverageChanged(obs.coverage);
    if (obs.kind !== 'chat.message') overlay?.changed();
  };

  /**
   * New display names go to the worker for the classifier's verdict, one request at a time (a
   * 1,000-person join is five requests); the findings come back into this meeting's log linked to
   * the event that named the person.
   */
  let checking = false;
  const checkNames = (g: Guards): void => {
    if (checking || stopped) return;
    const names = g.takeNamesToCheck(LIMITS.eventsPerBatch);
    if (names.length === 0) return;
    checking = true;
    request('names.classify', { names }).then(
      ({ verdicts }) => verdictsCame(g, names, verdicts),
      (err: unknown) => {
        if (!contextAlive()) return;
        console.warn('Class Guard: could not classify names yet:', String(err));
        verdictsCame(g, names, null);
      },
    );
  };
  const verdictsCame = (g: Guards, names: string[], verdicts: Finding[][] | null): void => {
    checking = false;
    if (stopped || g !== guards) return;
    let findings: Finding[] = [];
    try {
      findings = g.verdicts(names, verdicts);
    } catch (err) {
      detectorFailed('participants.names', null, err);
    }
    for (const finding of findings) {
      const id = finding.subject.participantId;
      const observationId = id !== undefined ? nameEvent.get(id) : undefined;
      emit('finding', observationId ? { finding, observationId } : { finding });
    }
    for (const id of nameEvent.keys()) if (!g.awaitsVerdict(id)) nameEvent.delete(id);
    if (findings.length > 0) overlay?.changed();
    // More names (or a retry) wait for the next flush; ask now if there are.
    checkNames(g);
  };

  let lastSnap: Snapshot | null = null;
  // A class saved or edited mid-meeting (e.g. "everyone here now is my class") applies at once:
  // new detectors, told who is already here, their findings about those people dropped. A change
  // that arrives while the session is still opening is applied once it is open.
  let settingsStale = false;
  const applySettings = (): void => {
    settingsStale = false;
    const snap = lastSnap;
    if (!snap) return;
    void request('meeting.config', { meeting: snap.meeting }).then(
      ({ classConfig }) => {
        guards = createGuards(classConfig);
        // The new guard asks afresh and awaits no verdict for those already here.
        nameEvent.clear();
        for (const participant of snap.participants) guards.replay({ kind: 'participant.joined', participant }, snap);
        for (const participant of snap.waiting) guards.replay({ kind: 'waiting.joined', participant }, snap);
        overlay?.changed();
        stats.settingsApplied++;
      },
      (err: unknown) => console.warn('Class Guard: could not apply the new settings:', String(err)),
    );
  };
  const stopPageRequests = listenForPageRequests({
    captureRoster: () => {
      if (!guards || !lastSnap) return null;
      return { meeting: lastSnap.meeting, teacher: lastSnap.self.host ? lastSnap.self.name : null, roster: guards.captureRoster() };
    },
    settingsChanged: () => {
      if (stopped) return;
      if (ready && lastSnap) applySettings();
      else if (sessionPromise) settingsStale = true;
    },
  });

  // Events still gathering for their batch must outlive a reload (DESIGN.md invariant 1).
  const onPageHide = () => outbox.persistNow();
  window.addEventListener('pagehide', onPageHide);

  const watcher = createWatcher({ root: document, onFlush: flush, win: window, attributeFilter: [...platform.watchedAttributes] });
  watcher.start();
  flush();

  function stop(): void {
    if (stopped) return;
    stopped = true;
    watcher.stop();
    // What is still gathering goes to storage, for the worker to collect (when the context allows).
    outbox.persistNow();
    outbox.stop();
    stopPageRequests();
    window.removeEventListener('pagehide', onPageHide);
    overlay?.destroy();
    adapter.dispose?.();
  }
  return { stop, stats: () => ({ ...stats, pending: outbox.pending, awaitingVerdicts: nameEvent.size }) };
}

