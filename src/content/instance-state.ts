/** What one content-script instance holds while it watches a meeting, shared by its parts. */
import type { PlatformAdapter, PlatformModule } from '../platforms/types';
import type { Snapshot } from '../shared/model';
import type { Guards } from './guards';
import type { Outbox } from './outbox';
import type { OverlayController } from './overlay-controller';
import type { Tracker } from './tracker';

/** What this script has cost the page so far: flushes and main-thread ms in them, by stage. */
export interface Stats {
  flushes: number;
  busyMs: number;
  snapshotMs: number;
  trackMs: number;
  recordMs: number;
  overlayMs: number;
  /** Times the settings were fetched again after the worker said they changed. */
  settingsApplied: number;
}

export interface InstanceState {
  readonly platform: PlatformModule;
  readonly adapter: PlatformAdapter;
  readonly tracker: Tracker;
  readonly outbox: Outbox;
  readonly stats: Stats;
  /** Why this instance started: a page load, or a re-injection into a page open before an update. */
  readonly reason: 'loaded' | 'reattached';
  stopped: boolean;
  /** Set once the meeting is in a call (or its waiting room) and the session is being opened. */
  sessionPromise: Promise<void> | null;
  /** Observations start once the session and settings are known, so the first roster is checked too. */
  ready: boolean;
  guards: Guards | null;
  overlay: OverlayController | null;
  lastSnap: Snapshot | null;
  /** New settings arrived while the session was still opening: apply them once it is open. */
  settingsStale: boolean;
}

export function newStats(): Stats {
  return { flushes: 0, busyMs: 0, snapshotMs: 0, trackMs: 0, recordMs: 0, overlayMs: 0, settingsApplied: 0 };
}
