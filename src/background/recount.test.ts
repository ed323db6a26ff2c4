/** Opening a version-2 log recounts each meeting's findings as incidents, as its report counts them. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { SessionRecord, StoredEvent } from '../common/protocol';
import { DB_NAME, db } from './event-log';

const T = '2026-12-06T09:00:00.000+07:00';
let n = 0;
const ev = (
  sessionId: string,
  type: StoredEvent['type'],
  payload: Record<string, unknown>,
  id = `e${++n}`,
): StoredEvent => ({
  id,
  sessionId,
  seq: 0,
  type,
  time: T,
  payload,
  prevHash: '',
  hash: '',
});
const finding = (sessionId: string, category: string, observationId?: string, participantId = 'p1') =>
  ev(sessionId, 'finding', {
    finding: { category, subject: { participantId } },
    ...(observationId ? { observationId } : {}),
  });
const record = (id: string, findingCount: number | undefined): SessionRecord => ({
  id,
  key: `meet:${id}`,
  meeting: { platform: 'meet', code: id, title: null, url: `https://meet.google.com/${id}` },
  startedAt: T,
  lastEventAt: T,
  endedAt: null,
  eventCount: 0,
  headHash: '',
  ...(findingCount === undefined ? {} : { findingCount }),
});

/** A log as version 2 wrote it: its schema, and the sessions with the counts it kept. */
async function writeVersion2(sessions: SessionRecord[], events: StoredEvent[]): Promise<void> {
  const seqs = new Map<string, number>();
  const old = await openDB(DB_NAME, 2, {
    upgrade(d) {
      const s = d.createObjectStore('sessions', { keyPath: 'id' });
      s.createIndex('by-key', 'key');
      s.createIndex('by-started', 'startedAt');
      const e = d.createObjectStore('events', { keyPath: 'id' });
      e.createIndex('by-session-seq', ['sessionId', 'seq'], { unique: true });
      d.createObjectStore('diagnostics', { keyPath: 'id', autoIncrement: true });
      d.createObjectStore('purges', { keyPath: 'id', autoIncrement: true });
    },
  });
  for (const s of sessions) await old.put('sessions', s);
  for (const e of events) {
    const seq = seqs.get(e.sessionId) ?? 0;
    seqs.set(e.sessionId, seq + 1);
    await old.put('events', { ...e, seq });
  }
  old.close();
}

describe('the version 3 upgrade', () => {
  it('counts each meeting again as incidents; a meeting with no events left keeps its count', async () => {
    const message = ev('a', 'chat.message', { message: { id: 'm1', text: 'đm mày ngu vl' } });
    const join = ev('b', 'participant.joined', {});
    await writeVersion2(
      [record('a', 4), record('b', undefined), record('c', 7), record('d', 2)],
      [
        ev('a', 'session.started', {}),
        message,
        // One message both profane and an insult: one incident, counted as three by version 2.
        finding('a', 'profanity', message.id),
        finding('a', 'insult', message.id),
        finding('a', 'profanity', message.id),
        // Without an observation (an older version's finding): an incident of its own.
        finding('a', 'threat'),
        join,
        // A raid counts once each; one join exposing two claimants is two incidents.
        finding('b', 'raid', join.id),
        finding('b', 'impersonation', join.id, 'p1'),
        finding('b', 'impersonation', join.id, 'p2'),
        finding('b', 'unknown', join.id, 'p2'),
        ev('d', 'session.started', {}),
      ],
    );
    const log = await db();
    const count = async (id: string) => (await log.get('sessions', id))?.findingCount;
    expect(log.version).toBe(3);
    expect(await count('a')).toBe(2);
    expect(await count('b')).toBe(3);
    expect(await count('c')).toBe(7);
    expect(await count('d')).toBe(0);
    // The events themselves are untouched.
    expect(await log.count('events')).toBe(12);
  });
});
