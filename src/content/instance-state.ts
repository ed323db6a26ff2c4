import type { PlatformAdapter, PlatformModule } from '../platforms/types';
import type { Snapshot } from '../common/model';
import type { ClassConfig } from '../common/classes';
import type { Guards } from './guards';
import type { Outbox } from './outbox';
import type { OverlayController } from './overlay-controller';
import type { Tracker } from './tracker';
import type { Checklist } from './checklist';
import type { ChildGuard } from './child';

export interface Stats {
  flushes: number;
  busyMs: number;
  snapshotMs: number;
  trackMs: number;
  recordMs: number;
  overlayMs: number;
  settingsApplied: number;
}

export interface InstanceState {
  readonly platform: PlatformModule;
  readonly adapter: PlatformAdapter;
  readonly tracker: Tracker;
  readonly outbox: Outbox;
  readonly stats: Stats;
  readonly reason: 'loaded' | 'reattached';
  stopped: boolean;
  sessionPromise: Promise<void> | null;
  /** Observations wait for session and settings, so the first roster is checked too. */
  ready: boolean;
  guards: Guards | null;
  overlay: OverlayController | null;
  /** The pre-class checklist (docs/checklist.md). */
  checklist: Checklist | null;
  lastSnap: Snapshot | null;
  settingsStale: boolean;
  /** Set when the session opens, for the popup. */
  sessionId?: string;
  classConfig?: ClassConfig | null;
  /** Participant-side advice (src/content/child/), and whether the settings allow it. */
  child?: ChildGuard | null;
  childAdvice?: boolean;
}

export function newStats(): Stats {
  return { flushes: 0, busyMs: 0, snapshotMs: 0, trackMs: 0, recordMs: 0, overlayMs: 0, settingsApplied: 0 };
}
