/**
 * Schema and hash rule: docs/events.md. Appends hash outside any transaction, as an IndexedDB
 * transaction would auto-commit while Web Crypto is awaited, then write the events and the new head
 * in one transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { GENESIS_HASH, hashEvent } from '../common/event-chain';
import { incidentKey } from '../common/incident-key';
import type { MeetingIdentity } from '../common/model';
import type { EventDraft, PurgeRecord, SessionRecord, StoredEvent } from '../common/protocol';
import { isoWithOffset } from '../common/time';
import { recountIncidents } from './recount';

export const DB_NAME = 'class-guard';
export const DB_VERSION = 3;
export const RESUME_WINDOW_MS = 2 * 60 * 60 * 1000;
const DIAGNOSTICS_KEPT = 500;

export interface Diagnostic {
  id?: number;
  time: string;
  kind:
    'message.rejected' | 'outbox.drained' | 'content.reinjected' | 'error' | 'detector.failed' | 'event.quarantined';
  detail: string;
  sender?: string;
}

interface LogSchema extends DBSchema {
  sessions: { key: string; value: SessionRecord; indexes: { 'by-key': string; 'by-started': string } };
  events: { key: string; value: StoredEvent; indexes: { 'by-session-seq': [string, number] } };
  diagnostics: { key: number; value: Diagnostic };
  /** Version 2: what retention deleted (src/background/retention.ts). */
  purges: { key: number; value: PurgeRecord };
}

export type LogDB = IDBPDatabase<LogSchema>;

let dbPromise: Promise<LogDB> | null = null;
export function db(): Promise<LogDB> {
  dbPromise ??= openDB<LogSchema>(DB_NAME, DB_VERSION, {
    async upgrade(d, oldVersion, _newVersion, tx) {
      if (oldVersion < 2) d.createObjectStore('purges', { keyPath: 'id', autoIncrement: true });
      // Version 3: the meetings list's counts as incidents (recount.ts); a count left as it was is no reason to refuse the log.
      if (oldVersion >= 1 && oldVersion < 3) await recountIncidents(tx).catch(() => 0);
      if (oldVersion >= 1) return;
      const sessions = d.createObjectStore('sessions', { keyPath: 'id' });
      sessions.createIndex('by-key', 'key');
      sessions.createIndex('by-started', 'startedAt');
      const events = d.createObjectStore('events', { keyPath: 'id' });
      events.createIndex('by-session-seq', ['sessionId', 'seq'], { unique: true });
      d.createObjectStore('diagnostics', { keyPath: 'id', autoIncrement: true });
    },
  });
  return dbPromise;
}

let queue: Promise<unknown> = Promise.resolve();
/** The log's single write queue: appends, retention and the evidence flag never interleave. */
export function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

export function sessionKey(m: MeetingIdentity): string {
  if (m.code) return `${m.platform}:${m.code}`;
  try {
    const u = new URL(m.url);
    return `${m.platform}:${u.host}${u.pathname}`;
  } catch {
    return `${m.platform}:${m.url}`;
  }
}

export function openSession(
  meeting: MeetingIdentity,
  now = Date.now(),
): Promise<{ session: SessionRecord; resumed: boolean }> {
  return serialized(async () => {
    const d = await db();
    const key = sessionKey(meeting);
    const candidates = await d.getAllFromIndex('sessions', 'by-key', key);
    const open = candidates
      .filter((s) => s.endedAt === null && now - Date.parse(s.lastEventAt) < RESUME_WINDOW_MS)
      .sort((a, b) => b.lastEventAt.localeCompare(a.lastEventAt))[0];
    if (open) return { session: open, resumed: true };

    const id = crypto.randomUUID();
    const time = isoWithOffset(now);
    const first: Omit<StoredEvent, 'hash'> = {
      id: crypto.randomUUID(),
      sessionId: id,
      seq: 0,
      type: 'session.started',
      time,
      payload: { meeting: { ...meeting } },
      prevHash: GENESIS_HASH,
    };
    const hash = await hashEvent(first);
    const session: SessionRecord = {
      id,
      key,
      meeting,
      startedAt: time,
      lastEventAt: time,
      endedAt: null,
      eventCount: 1,
      headHash: hash,
      findingCount: 0,
    };
    const tx = d.transaction(['sessions', 'events'], 'readwrite');
    await Promise.all([
      tx.objectStore('events').add({ ...first, hash }),
      tx.objectStore('sessions').add(session),
      tx.done,
    ]);
    return { session, resumed: false };
  });
}

export class UnknownSessionError extends Error {}

/** Built inside the write queue, so it sees a session's events in the order they are stored. */
export type Deriver = (sessionId: string) => Promise<(draft: EventDraft) => EventDraft[]>;

/** Storing never depends on judging (docs/detectors.md, "When a detector throws"). */
async function derivation(derive: Deriver, sessionId: string): Promise<(draft: EventDraft) => EventDraft[]> {
  const failure = (draft: EventDraft, err: unknown): EventDraft[] => {
    const key = `${sessionId}\u0000derive`;
    if (reportedFailures.has(key)) return [];
    reportedFailures.add(key);
    const error = String(err).slice(0, 300);
    void recordDiagnostic({ kind: 'detector.failed', detail: `deriving from event ${draft.id}: ${error}` });
    return [
      {
        id: crypto.randomUUID(),
        type: 'detector.failed',
        time: draft.time,
        payload: { detector: 'derive', observationId: draft.id, error },
      },
    ];
  };
  let fn: (draft: EventDraft) => EventDraft[];
  try {
    fn = await derive(sessionId);
  } catch (err) {
    return (draft) => failure(draft, err);
  }
  return (draft) => {
    try {
      return fn(draft);
    } catch (err) {
      return failure(draft, err);
    }
  };
}
const reportedFailures = new Set<string>();

/** How far after its event an earlier finding of the same incident is looked for; beyond, it is counted. */
const INCIDENT_LOOKBACK = 2_000;

/**
 * The incident keys among `keys` that an already stored finding of the session has: a finding whose
 * event was stored in an earlier batch. Findings follow their event, so the walk starts there.
 */
async function storedIncidents(d: LogDB, sessionId: string, keys: ReadonlyMap<string, string>): Promise<Set<string>> {
  const found = new Set<string>();
  for (const [key, observationId] of keys) {
    const tx = d.transaction('events');
    const observed = await tx.store.get(observationId);
    if (!observed || observed.sessionId !== sessionId) continue;
    const range = IDBKeyRange.bound([sessionId, observed.seq + 1], [sessionId, observed.seq + INCIDENT_LOOKBACK]);
    for (let c = await tx.store.index('by-session-seq').openCursor(range); c; c = await c.continue())
      if (c.value.type === 'finding' && incidentKey(c.value.payload) === key) {
        found.add(key);
        break;
      }
  }
  return found;
}

/**
 * The meetings list's incident count: a finding counts unless an earlier finding of the session is
 * of the same incident (src/common/incident-key.ts), in this batch or, where its event came before
 * this batch, in the log. Undefined stays undefined: a log from before the count would be undercounted.
 */
async function countIncidents(
  d: LogDB,
  sessionId: string,
  count: number | undefined,
  toStore: readonly EventDraft[],
): Promise<number | undefined> {
  if (count === undefined) return undefined;
  const inBatch = new Set(toStore.map((e) => e.id));
  const lookUp = new Map<string, string>();
  for (const e of toStore) {
    const key = e.type === 'finding' ? incidentKey(e.payload) : null;
    const observationId = e.payload['observationId'];
    if (key !== null && typeof observationId === 'string' && !inBatch.has(observationId))
      lookUp.set(key, observationId);
  }
  const counted = lookUp.size > 0 ? await storedIncidents(d, sessionId, lookUp) : new Set<string>();
  for (const e of toStore) {
    if (e.type !== 'finding') continue;
    const key = incidentKey(e.payload);
    if (key !== null && counted.has(key)) continue;
    if (key !== null) counted.add(key);
    count++;
  }
  return count;
}

export interface Appended {
  /** Whether stored by this call or an earlier one. */
  ids: string[];
  /** In chain order, each draft followed by what was derived from it. */
  fresh: StoredEvent[];
}

/** A chunk read again adds nothing, derived events included. */
export function appendEvents(sessionId: string, drafts: readonly EventDraft[], derive?: Deriver): Promise<Appended> {
  return serialized(async () => {
    const d = await db();
    const read = d.transaction(['sessions', 'events'], 'readonly');
    const session = await read.objectStore('sessions').get(sessionId);
    if (!session) throw new UnknownSessionError(`unknown session ${sessionId}`);
    const existing = await Promise.all(drafts.map((e) => read.objectStore('events').getKey(e.id)));
    await read.done;

    const fresh: StoredEvent[] = [];
    const seen = new Set<string>();
    let prev = session.headHash;
    let seq = session.eventCount;
    let endedAt = session.endedAt;
    let lastTime = session.lastEventAt;
    const toStore: EventDraft[] = [];
    const deriveFrom =
      derive && drafts.some((e, i) => existing[i] === undefined) ? await derivation(derive, sessionId) : null;
    for (let i = 0; i < drafts.length; i++) {
      const draft = drafts[i]!;
      if (existing[i] !== undefined || seen.has(draft.id)) continue;
      seen.add(draft.id);
      toStore.push(draft);
      if (deriveFrom) toStore.push(...deriveFrom(draft));
    }
    const findings = await countIncidents(d, sessionId, session.findingCount, toStore);
    for (const draft of toStore) {
      const unhashed = {
        id: draft.id,
        sessionId,
        seq,
        type: draft.type,
        time: draft.time,
        payload: draft.payload,
        prevHash: prev,
      };
      const hash = await hashEvent(unhashed);
      fresh.push({ ...unhashed, hash });
      prev = hash;
      seq++;
      lastTime = draft.time;
      if (draft.type === 'meeting.state' && draft.payload['state'] === 'ended') endedAt = draft.time;
      else if (draft.type === 'meeting.state' && endedAt !== null) endedAt = null;
    }
    if (fresh.length > 0) {
      const tx = d.transaction(['sessions', 'events'], 'readwrite');
      const events = tx.objectStore('events');
      const writes: Promise<unknown>[] = fresh.map((e) => events.add(e));
      writes.push(
        tx.objectStore('sessions').put({
          ...session,
          eventCount: seq,
          headHash: prev,
          lastEventAt: lastTime,
          endedAt,
          findingCount: findings,
        }),
        tx.done,
      );
      // A request of an aborted transaction fails with AbortError; why it aborted (QuotaExceededError) is the transaction's.
      await Promise.all(writes).catch((err: unknown) => {
        throw tx.error ?? err;
      });
    }
    return { ids: drafts.map((e) => e.id), fresh };
  });
}

/** Oldest first; read newest first, stopping early. */
export async function recentChat(sessionId: string, sinceMs: number, max: number): Promise<StoredEvent[]> {
  const d = await db();
  const range = IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]);
  const out: StoredEvent[] = [];
  // Joins and leaves between messages: the walk is bounded either way.
  let budget = 20 * max;
  let cursor = await d.transaction('events').store.index('by-session-seq').openCursor(range, 'prev');
  for (; cursor && out.length < max && budget-- > 0; cursor = await cursor.continue()) {
    const e = cursor.value;
    const t = Date.parse(e.time);
    if (Number.isFinite(t) && t < sinceMs) break;
    if (e.type === 'chat.message') out.push(e);
  }
  return out.reverse();
}

/** The code of a session's meeting (its link's own part), or null. */
export async function sessionMeetingCode(sessionId: string): Promise<string | null> {
  return (await sessionMeeting(sessionId))?.code ?? null;
}

export async function sessionMeeting(sessionId: string): Promise<MeetingIdentity | null> {
  const d = await db();
  return (await d.get('sessions', sessionId))?.meeting ?? null;
}

export async function listSessions(): Promise<SessionRecord[]> {
  const d = await db();
  const all = await d.getAllFromIndex('sessions', 'by-started');
  return all.reverse();
}

export async function sessionEvents(sessionId: string): Promise<StoredEvent[]> {
  const d = await db();
  const range = IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]);
  return d.getAllFromIndex('events', 'by-session-seq', range);
}

export async function recordDiagnostic(entry: Omit<Diagnostic, 'id' | 'time'>): Promise<void> {
  try {
    const d = await db();
    const tx = d.transaction('diagnostics', 'readwrite');
    await tx.store.add({ ...entry, time: isoWithOffset() });
    // Never grows without bound on an attacked page.
    const count = await tx.store.count();
    if (count > DIAGNOSTICS_KEPT) {
      let cursor = await tx.store.openCursor();
      for (let n = count - DIAGNOSTICS_KEPT; cursor && n > 0; n--) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  } catch (err) {
    console.error('Class Guard: could not record a diagnostic', err);
  }
}
