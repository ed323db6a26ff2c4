import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../common/event-chain';
import type { EventDraft, StorageWarning } from '../common/protocol';
import { appendEvents, db, listSessions, openSession, sessionEvents } from './event-log';
import { listPurges, setKeptAsEvidence } from './retention';
import {
  FULL_RENOTIFY_MS,
  nextWarning,
  QUOTA_HIGH,
  QUOTA_LOW,
  relieveStorage,
  type PressureOutcome,
} from './storage-pressure';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-06T09:00:00.000+07:00');
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const iso = (t: number) => new Date(t).toISOString().replace('Z', '+00:00');
const chat = (time: number, text = 'chào cô'): EventDraft => ({
  id: uuid(),
  type: 'chat.message',
  time: iso(time),
  payload: { message: { id: `m${n}`, text } },
});

/** A meeting that started `ago` ms before NOW with `count` messages of about 1 KB each. */
async function meeting(ago: number, count = 20): Promise<string> {
  const start = NOW - ago;
  const { session } = await openSession(
    { platform: 'zoom', code: `sp-${++n}`, title: null, url: 'https://app.zoom.us/wc/1/join' },
    start,
  );
  const drafts = Array.from({ length: count }, (_, i) => chat(start + 60_000 + i * 1000, 'x'.repeat(1000)));
  await appendEvents(session.id, drafts);
  return session.id;
}

/** The browser's usage as a model: a fixed overhead plus the stored events. */
const BASE = 50_000;
async function storedBytes(): Promise<number> {
  const events = await (await db()).getAll('events');
  return events.reduce((sum, e) => sum + JSON.stringify(e).length, 0);
}
const estimateWith = (quota: number) => async () => ({ usage: BASE + (await storedBytes()), quota });

async function clear(): Promise<void> {
  const d = await db();
  await Promise.all([d.clear('sessions'), d.clear('events'), d.clear('purges')]);
}

const deps = (quota: number, pending: string[] = []) => ({
  estimate: estimateWith(quota),
  pending: async () => new Set(pending),
  previous: null,
  retentionDays: 30,
  now: NOW,
});

describe('storage near its quota', () => {
  beforeEach(clear);

  it('under the high mark nothing is deleted', async () => {
    await meeting(5 * DAY);
    const usage = BASE + (await storedBytes());
    const outcome = await relieveStorage(deps(usage / (QUOTA_HIGH - 0.01)));
    expect(outcome).toMatchObject({ level: 'ok', purged: [] });
    expect(await listSessions()).toHaveLength(1);
  });

  it('deletes the oldest meetings not kept as evidence until under the low mark, never the class in progress', async () => {
    const oldest = await meeting(20 * DAY);
    const kept = await meeting(25 * DAY);
    const older = await meeting(10 * DAY);
    const recent = await meeting(3 * DAY);
    const waiting = await meeting(15 * DAY); // its tab's outbox still holds events
    const current = await meeting(20 * 60_000, 60); // started 20 minutes ago, the biggest
    await setKeptAsEvidence(kept, true, NOW - 24 * DAY);
    const usage = BASE + (await storedBytes());
    // Over the high mark; deleting the two oldest deletable meetings is needed to get under the low one.
    const quota = usage / 0.85;
    const one = (usage - BASE) / 8; // a 20-message meeting is about an eighth of this log
    expect(usage - QUOTA_LOW * quota).toBeGreaterThan(one);

    const outcome = await relieveStorage(deps(quota, [waiting]));

    expect(outcome?.level).toBe('purged');
    expect(outcome?.purged.map((p) => p.sessionId)).toEqual([oldest, older]);
    const left = (await listSessions()).map((s) => s.id);
    expect(left).toEqual(expect.arrayContaining([kept, recent, waiting, current]));
    expect(left).not.toContain(oldest);
    expect(await sessionEvents(older)).toEqual([]);
    expect((await estimateWith(quota)()).usage).toBeLessThan(QUOTA_LOW * quota);
    expect((await sessionEvents(current)).length).toBe(61);
    expect((await verifyChain(await sessionEvents(current))).valid).toBe(true);

    const records = await listPurges();
    expect(records.map((p) => [p.sessionId, p.reason, p.eventCount])).toEqual([
      [older, 'storage', 21],
      [oldest, 'storage', 21],
    ]);
  });

  it('when every other meeting is kept as evidence nothing is deleted and the outcome is "full"', async () => {
    const a = await meeting(20 * DAY);
    const b = await meeting(10 * DAY);
    await setKeptAsEvidence(a, true, NOW - 19 * DAY);
    await setKeptAsEvidence(b, true, NOW - 9 * DAY);
    const current = await meeting(5 * 60_000);
    const usage = BASE + (await storedBytes());

    const outcome = await relieveStorage(deps(usage / 0.95));

    expect(outcome).toMatchObject({ level: 'full', purged: [] });
    expect((await listSessions()).map((s) => s.id).sort()).toEqual([a, b, current].sort());
    // Writing goes on.
    await appendEvents(current, [chat(NOW)]);
    expect(await sessionEvents(current)).toHaveLength(22);
  });

  it('a refused write deletes the oldest deletable meeting even when the estimate looks fine', async () => {
    const oldest = await meeting(9 * DAY);
    await meeting(2 * DAY);
    const outcome = await relieveStorage(deps(1e12), true);
    expect(outcome?.level).toBe('purged');
    expect(outcome?.purged.map((p) => p.sessionId)).toEqual([oldest]);
  });

  it('room made but not yet shown by the estimate is not made again', async () => {
    const oldest = await meeting(20 * DAY);
    const older = await meeting(10 * DAY);
    const newer = await meeting(5 * DAY);
    const newest = await meeting(4 * DAY);
    const usage = BASE + (await storedBytes());
    const quota = usage / 0.85;
    // The files stay as big after the deletion until the database compacts them.
    const stale = { ...deps(quota), estimate: async () => ({ usage, quota }) };
    const first = (await relieveStorage(stale))!;
    expect(first.purged.map((p) => p.sessionId)).toEqual([oldest, older]);
    const previous = nextWarning(first, null, false, NOW).warning!;
    expect(previous.freed).toBe(first.freed);

    expect(await relieveStorage({ ...stale, previous })).toMatchObject({ level: 'ok', purged: [] });
    expect((await listSessions()).map((s) => s.id)).toEqual([newest, newer]);
    // Once compacted the credit is dropped: the estimate itself shows the room.
    const compacted = { ...stale, previous, estimate: async () => ({ usage: usage - first.freed, quota }) };
    expect(await relieveStorage(compacted)).toMatchObject({ level: 'ok', credit: 0 });
  });

  it('no estimate from the browser: nothing is done', async () => {
    await meeting(40 * DAY);
    expect(await relieveStorage({ ...deps(1), estimate: async () => null })).toBeNull();
    expect(await relieveStorage({ ...deps(1), estimate: async () => ({ usage: 10, quota: 0 }) })).toBeNull();
    expect(await listSessions()).toHaveLength(1);
  });
});

describe('what the teacher is told', () => {
  const outcome = (level: PressureOutcome['level'], purged = 0): PressureOutcome => ({
    estimate: { usage: 90, quota: 100 },
    level,
    purged: Array.from({ length: purged }, () => ({}) as never),
    freed: 0,
    credit: 0,
  });
  const full: StorageWarning = { level: 'full', at: iso(NOW), purged: 0, usage: 90, quota: 100 };

  it('each deletion is told, with how many meetings', () => {
    const r = nextWarning(outcome('purged', 3), null, false, NOW);
    expect(r.notify).toBe(true);
    expect(r.warning).toMatchObject({ level: 'purged', purged: 3, usage: 90, quota: 100 });
  });

  it('"full" is told when it starts, when a write is first refused, and again only after a while', () => {
    expect(nextWarning(outcome('full'), null, false, NOW)).toMatchObject({ notify: true, warning: { level: 'full' } });
    expect(nextWarning(outcome('full'), full, false, NOW + 60_000)).toEqual({ warning: undefined, notify: false });
    expect(nextWarning(outcome('full'), full, true, NOW + 60_000)).toMatchObject({
      notify: true,
      warning: { writeRefused: true },
    });
    expect(nextWarning(outcome('full'), full, false, NOW + FULL_RENOTIFY_MS).notify).toBe(true);
  });

  it('room again clears "full" but keeps the record of a deletion', () => {
    expect(nextWarning(outcome('ok'), full, false, NOW)).toEqual({ warning: null, notify: false });
    const purged: StorageWarning = { ...full, level: 'purged', purged: 2 };
    expect(nextWarning(outcome('ok'), purged, false, NOW)).toEqual({ warning: undefined, notify: false });
  });
});
