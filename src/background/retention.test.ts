import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../common/event-chain';
import type { EventDraft } from '../common/protocol';
import { appendEvents, db, listSessions, openSession, sessionEvents } from './event-log';
import { listPurges, purgeExpired, setKeptAsEvidence } from './retention';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-06T09:00:00.000+07:00');
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const chat = (time: number): EventDraft => ({
  id: uuid(),
  type: 'chat.message',
  time: new Date(time).toISOString().replace('Z', '+00:00'),
  payload: { message: { id: `m${n}`, text: 'chào cô' } },
});

/** A meeting that started `daysAgo` and has `events` chat messages an hour later. */
async function meeting(daysAgo: number, events = 3): Promise<string> {
  const start = NOW - daysAgo * DAY;
  const { session } = await openSession(
    { platform: 'meet', code: `ret-${++n}`, title: null, url: 'https://meet.google.com/ret' },
    start,
  );
  await appendEvents(
    session.id,
    Array.from({ length: events }, (_, i) => chat(start + 3_600_000 + i * 1000)),
  );
  return session.id;
}

// A log written by the first version of the extension, before retention existed.
let v1Session: string;
beforeAll(async () => {
  v1Session = '11111111-1111-4111-8111-111111111111';
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('class-guard', 1);
    open.onupgradeneeded = () => {
      const d = open.result;
      const sessions = d.createObjectStore('sessions', { keyPath: 'id' });
      sessions.createIndex('by-key', 'key');
      sessions.createIndex('by-started', 'startedAt');
      const events = d.createObjectStore('events', { keyPath: 'id' });
      events.createIndex('by-session-seq', ['sessionId', 'seq'], { unique: true });
      d.createObjectStore('diagnostics', { keyPath: 'id', autoIncrement: true });
      sessions.add({
        id: v1Session,
        key: 'zoom:1',
        meeting: { platform: 'zoom', code: '1', title: null, url: 'https://app.zoom.us/wc/1/join' },
        startedAt: '2026-12-05T08:00:00.000+07:00',
        lastEventAt: '2026-12-05T09:00:00.000+07:00',
        endedAt: null,
        eventCount: 0,
        headHash: '0'.repeat(64),
      });
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
});

describe('retention', () => {
  it('opening a log of the first version keeps its meetings and adds the purge record store', async () => {
    const d = await db();
    expect(d.objectStoreNames.contains('purges')).toBe(true);
    expect((await listSessions()).map((s) => s.id)).toContain(v1Session);
  });

  it('deletes meetings older than the setting with all their events, keeps newer and kept ones, and records each purge', async () => {
    const old = await meeting(45, 5);
    const kept = await meeting(60);
    const recent = await meeting(10);
    const borderline = await meeting(29.5);
    await setKeptAsEvidence(kept, true, NOW - 59 * DAY);
    const oldHead = (await listSessions()).find((s) => s.id === old)!.headHash;

    const purged = await purgeExpired(30, NOW);

    expect(purged.map((p) => p.sessionId)).toEqual([old]);
    const left = (await listSessions()).map((s) => s.id);
    expect(left).not.toContain(old);
    expect(left).toEqual(expect.arrayContaining([kept, recent, borderline, v1Session]));
    expect(await sessionEvents(old)).toEqual([]);
    expect((await sessionEvents(kept)).length).toBeGreaterThan(0);

    const records = await listPurges();
    expect(records[0]).toMatchObject({
      sessionId: old,
      platform: 'meet',
      eventCount: 6, // session.started and five messages
      headHash: oldHead,
      retentionDays: 30,
      purgedAt: expect.stringMatching(/^2026-12-0[56]T/),
    });

    // A second run finds nothing more; the record of the first survives it.
    expect(await purgeExpired(30, NOW)).toEqual([]);
    expect((await listPurges()).filter((p) => p.sessionId === old)).toHaveLength(1);
  });

  it('a shorter setting deletes more; a meeting that cannot be dated is never deleted', async () => {
    const week = await meeting(8);
    const d = await db();
    const undated = await meeting(100);
    const s = (await d.get('sessions', undated))!;
    await d.put('sessions', { ...s, startedAt: 'garbage', lastEventAt: 'also garbage' });
    const purged = await purgeExpired(7, NOW);
    expect(purged.map((p) => p.sessionId)).toContain(week);
    expect(purged.map((p) => p.sessionId)).not.toContain(undated);
  });

  it('keeping and releasing is logged in the meeting’s chain, which still verifies; released meetings expire again', async () => {
    const id = await meeting(40);
    const kept = await setKeptAsEvidence(id, true, NOW - DAY);
    expect(kept.keptAsEvidence).toBe(true);
    // Setting it again changes nothing and logs nothing.
    await setKeptAsEvidence(id, true, NOW - DAY);
    expect(await purgeExpired(30, NOW)).toEqual([]);

    await setKeptAsEvidence(id, false, NOW - DAY);
    const events = await sessionEvents(id);
    const actions = events.filter((e) => e.type === 'teacher.action').map((e) => e.payload['action']);
    expect(actions).toEqual(['kept-as-evidence', 'evidence-released']);
    expect((await verifyChain(events)).valid).toBe(true);

    // The release was a day ago: the meeting's last activity is recent now, so it is kept until it ages again.
    expect((await purgeExpired(30, NOW)).map((p) => p.sessionId)).not.toContain(id);
    expect((await purgeExpired(30, NOW + 31 * DAY)).map((p) => p.sessionId)).toContain(id);
  });

  it('an unknown meeting cannot be kept', async () => {
    await expect(setKeptAsEvidence('22222222-2222-4222-8222-222222222222', true)).rejects.toThrow(/unknown session/);
  });
});
