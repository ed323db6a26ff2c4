/**
 * Parent mode in the worker (docs/parent-mode.md). With a PIN set, the user's settings layer is the
 * copy sealed here: only a write made while the parent has unlocked with the PIN changes it, whatever
 * a page does; the pages' controls are a convenience on top.
 */
import type { ParentStatus } from '../../common/protocol';
import { PARENT_KEY, USER_SETTINGS_KEY } from '../../common/storage-keys';
import { localStorageArea, sessionStorageArea } from '../../browser/storage';
import { loadSettings } from '../settings-store';
import { afterFailure, hashPin, pinProblem, verifyPin, type Attempts, type PinRecord } from './pin';

const ATTEMPTS_KEY = 'cg.parent.attempts';
/** Session storage: an unlock ends with the browser, and pages cannot read the local one's PIN hash from it. */
const UNLOCK_KEY = 'cg.parent.unlock';

interface ParentRecord {
  pin: PinRecord;
  sealed: Record<string, unknown>;
}

/** The reply's error for a change refused without the PIN: the pages tell it apart by this prefix. */
export class ParentLockedError extends Error {
  constructor(what: string) {
    super(`parent-locked: ${what} needs the parent's PIN`);
  }
}

async function record(): Promise<ParentRecord | null> {
  return ((await localStorageArea.get(PARENT_KEY))[PARENT_KEY] as ParentRecord | undefined) ?? null;
}

async function attempts(): Promise<Attempts> {
  return (
    ((await localStorageArea.get(ATTEMPTS_KEY))[ATTEMPTS_KEY] as Attempts | undefined) ?? { failures: 0, notBefore: 0 }
  );
}

async function unlockedUntil(): Promise<number | null> {
  const until = ((await sessionStorageArea.get(UNLOCK_KEY))[UNLOCK_KEY] as number | undefined) ?? null;
  return until !== null && until > Date.now() ? until : null;
}

export async function parentStatus(): Promise<ParentStatus> {
  const [r, a, until] = await Promise.all([record(), attempts(), unlockedUntil()]);
  return {
    enabled: r !== null,
    unlockedUntil: r ? until : null,
    retryAfterMs: Math.max(0, a.notBefore - Date.now()),
  };
}

/** Whether a protected change may be made now: no parent mode, or unlocked. */
async function allowed(): Promise<boolean> {
  return (await record()) === null || (await unlockedUntil()) !== null;
}

/** Throws unless parent mode is off or unlocked; for every change the child must not make (settings, pausing, clearing the log). */
export async function requireParent(what: string): Promise<void> {
  if (!(await allowed())) throw new ParentLockedError(what);
}

/** The meeting tab asks before pausing the guard, which it applies itself: the same rule as a settings change. */
export async function parentAllows(): Promise<{ allowed: boolean; reason: 'parent-locked' | null }> {
  return (await allowed()) ? { allowed: true, reason: null } : { allowed: false, reason: 'parent-locked' };
}

async function unlockFor(): Promise<void> {
  const minutes = (await loadSettings()).settings.parent.unlockMinutes;
  await sessionStorageArea.set({ [UNLOCK_KEY]: Date.now() + minutes * 60_000 });
}

/** Sets the PIN (or changes it, when unlocked); the settings as they are now are sealed with it. */
export async function setUpParent(pin: string): Promise<ParentStatus> {
  await requireParent('changing the PIN');
  const problem = pinProblem(pin);
  if (problem) throw new Error(`PIN too ${problem}`);
  const current = (await localStorageArea.get([USER_SETTINGS_KEY, PARENT_KEY])) as Record<string, unknown>;
  const sealed =
    (current[PARENT_KEY] as ParentRecord | undefined)?.sealed ??
    (current[USER_SETTINGS_KEY] as Record<string, unknown> | undefined) ??
    {};
  await localStorageArea.set({ [PARENT_KEY]: { pin: await hashPin(pin), sealed } satisfies ParentRecord });
  await unlockFor();
  return parentStatus();
}

export async function unlockParent(pin: string): Promise<ParentStatus & { ok: boolean }> {
  const r = await record();
  if (!r) return { ...(await parentStatus()), ok: true };
  const a = await attempts();
  const now = Date.now();
  if (a.notBefore > now) return { ...(await parentStatus()), ok: false };
  const ok = await verifyPin(pin, r.pin);
  await localStorageArea.set({ [ATTEMPTS_KEY]: ok ? { failures: 0, notBefore: 0 } : afterFailure(a, now) });
  if (ok) await unlockFor();
  return { ...(await parentStatus()), ok };
}

export async function lockParent(): Promise<ParentStatus> {
  await sessionStorageArea.remove(UNLOCK_KEY);
  return parentStatus();
}

/** Parent mode off (unlocked only): the sealed settings become the user's own again. */
export async function disableParent(): Promise<ParentStatus> {
  await requireParent('turning parent mode off');
  const r = await record();
  if (r) await localStorageArea.set({ [USER_SETTINGS_KEY]: r.sealed });
  await localStorageArea.remove([PARENT_KEY, ATTEMPTS_KEY]);
  await sessionStorageArea.remove(UNLOCK_KEY);
  return parentStatus();
}

/** The pages' one way to write the user's settings: refused in parent mode unless unlocked. */
export async function writeUserSettings(next: Record<string, unknown>): Promise<void> {
  await requireParent('changing settings');
  const r = await record();
  const writes: Record<string, unknown> = { [USER_SETTINGS_KEY]: next };
  if (r) writes[PARENT_KEY] = { ...r, sealed: next } satisfies ParentRecord;
  await localStorageArea.set(writes);
}
