/**
 * The Chrome side of storage near its quota (rules: storage-pressure.ts; docs/events.md). Checked after
 * stores at most every CHECK_EVERY_MS, on the retention alarm, at start, and at once when a write is
 * refused for lack of space. The teacher is told by a notification and a line in the popup and report.
 */
import type { StorageStatus, StorageWarning } from '../common/protocol';
import { OUTBOX_PREFIX, decodeOutbox } from '../common/outbox-store';
import { getMessage } from '../browser/i18n';
import { showNotification } from '../browser/notifications';
import { extensionUrl } from '../browser/runtime';
import { localStorageArea } from '../browser/storage';
import { recordDiagnostic } from './event-log';
import { loadSettings } from './settings-store';
import { nextWarning, relieveStorage, type Estimate } from './storage-pressure';

export const STORAGE_WARNING_KEY = 'cg.storageWarning';
export const STORAGE_NOTIFICATION_ID = 'cg-storage';
const CHECK_EVERY_MS = 5 * 60_000;
/** A refused write is retried every few seconds: one forced deletion per this interval at most. */
const FORCED_EVERY_MS = 30_000;

/** The browser's figures for this extension's storage, as the report page also reads them. */
export async function estimateStorage(): Promise<Estimate | null> {
  const e = await navigator.storage?.estimate?.();
  return e && typeof e.usage === 'number' && typeof e.quota === 'number' ? { usage: e.usage, quota: e.quota } : null;
}

/** Sessions with events in an outbox: what the worker has not stored yet. */
async function pendingSessions(): Promise<Set<string>> {
  const all = await localStorageArea.get(null);
  const ids = new Set<string>();
  for (const [key, value] of Object.entries(all)) {
    const id = key.startsWith(OUTBOX_PREFIX) ? decodeOutbox(value)?.sessionId : undefined;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

async function storedWarning(): Promise<StorageWarning | null> {
  const w = (await localStorageArea.get(STORAGE_WARNING_KEY))[STORAGE_WARNING_KEY] as StorageWarning | undefined;
  return w && (w.level === 'purged' || w.level === 'full') ? w : null;
}

function notify(w: StorageWarning): Promise<void> {
  const message =
    w.level === 'purged'
      ? getMessage('store_warn_purged', String(w.purged))
      : getMessage(w.writeRefused ? 'store_warn_refused' : 'store_warn_full');
  return showNotification(STORAGE_NOTIFICATION_ID, {
    iconUrl: extensionUrl('icons/icon-128.png'),
    title: getMessage('store_warn_title') || 'Class Guard',
    message: message.slice(0, 300),
    priority: 2,
    requireInteraction: w.level === 'full',
  });
}

let lastCheck = 0;
let lastForced = 0;
let running: Promise<void> | null = null;

async function check(writeRefused: boolean): Promise<void> {
  const now = Date.now();
  const { settings } = await loadSettings();
  const previous = await storedWarning();
  const outcome = await relieveStorage(
    { estimate: estimateStorage, pending: pendingSessions, previous, retentionDays: settings.retention.days, now },
    writeRefused,
  );
  if (!outcome) return;
  if (outcome.purged.length)
    console.info(`Class Guard: storage near its quota, deleted ${outcome.purged.length} old meeting(s)`);
  const { warning, notify: tell } = nextWarning(outcome, previous, writeRefused, now);
  if (warning === null) await localStorageArea.remove(STORAGE_WARNING_KEY);
  else if (warning) await localStorageArea.set({ [STORAGE_WARNING_KEY]: warning });
  if (tell && warning) await notify(warning).catch(() => undefined);
}

/** Failures are recorded, never thrown into the worker; checks never overlap. */
export function checkStorage(writeRefused = false): Promise<void> {
  lastCheck = Date.now();
  if (writeRefused) lastForced = lastCheck;
  running ??= check(writeRefused)
    .catch((err: unknown) => recordDiagnostic({ kind: 'error', detail: `storage check: ${String(err)}`.slice(0, 500) }))
    .finally(() => {
      running = null;
    });
  return running;
}

/** After events are stored: a check now and then, so a log growing in class is watched. */
export function noteStored(): void {
  if (Date.now() - lastCheck >= CHECK_EVERY_MS) void checkStorage();
}

/** IndexedDB refuses a write with QuotaExceededError (the transaction's error: docs/events.md). */
export function isQuotaError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'QuotaExceededError';
}

/** A store failed: when for lack of space, make room and tell the teacher. */
export function noteWriteFailure(err: unknown): void {
  if (isQuotaError(err) && Date.now() - lastForced >= FORCED_EVERY_MS) void checkStorage(true);
}

export async function storageStatus(): Promise<StorageStatus> {
  const [estimate, warning] = await Promise.all([estimateStorage().catch(() => null), storedWarning()]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, warning };
}
