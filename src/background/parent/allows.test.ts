/** The meeting tab's question before a pause: refused in parent mode unless the parent unlocked with the PIN. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const areas = { local: new Map<string, unknown>(), session: new Map<string, unknown>() };
const area = (m: Map<string, unknown>) => ({
  get: async (keys: string | string[]) =>
    Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => m.has(k)).map((k) => [k, m.get(k)])),
  set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => m.set(k, v)),
  remove: async (keys: string | string[]) => (Array.isArray(keys) ? keys : [keys]).forEach((k) => m.delete(k)),
});
vi.mock('../../browser/storage', () => ({
  localStorageArea: area(areas.local),
  sessionStorageArea: area(areas.session),
}));
vi.mock('../settings-store', () => ({
  loadSettings: async () => ({ settings: { parent: { unlockMinutes: 10 } }, locked: [], problems: [] }),
}));

const { lockParent, parentAllows, setUpParent, unlockParent } = await import('./index');
const { validateRequest } = await import('../validate');
const { allowed } = await import('../senders');

beforeEach(() => {
  areas.local.clear();
  areas.session.clear();
});

describe('parent.allows (pausing the guard)', () => {
  it('allows a pause when parent mode is off', async () => {
    expect(await parentAllows()).toEqual({ allowed: true, reason: null });
  });

  it('refuses it while parent mode is locked, allows it after the right PIN only', async () => {
    await setUpParent('4826');
    await lockParent();
    expect(await parentAllows()).toEqual({ allowed: false, reason: 'parent-locked' });
    expect((await unlockParent('0000')).ok).toBe(false);
    expect(await parentAllows()).toEqual({ allowed: false, reason: 'parent-locked' });
    expect((await unlockParent('4826')).ok).toBe(true);
    expect(await parentAllows()).toEqual({ allowed: true, reason: null });
  });

  it('refuses it once the unlock has run out', async () => {
    await setUpParent('4826');
    areas.session.set('cg.parent.unlock', Date.now() - 1);
    expect(await parentAllows()).toEqual({ allowed: false, reason: 'parent-locked' });
  });

  it('is a question content scripts may ask, about a pause only', () => {
    expect(allowed('content', 'parent.allows')).toBe(true);
    expect(validateRequest({ type: 'parent.allows', payload: { what: 'pause' } }).ok).toBe(true);
    expect(validateRequest({ type: 'parent.allows', payload: { what: 'settings' } }).ok).toBe(false);
    expect(validateRequest({ type: 'parent.allows', payload: { what: 'pause', pin: '4826' } }).ok).toBe(false);
  });
});
