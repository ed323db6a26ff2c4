/**
 * "Save" on the learned-roster offer in the meeting tab's panel: the names become the meeting's class
 * roster, as the popup's "Save as the class roster" does. The tab is a page attackers write into: only
 * names this session's log saw join (in the display form the guard learns) are saved, and the meeting
 * is the one the log opened.
 */
import { normalizeName } from '../common/names/normalize-name';
import type { LearnedSaveReply, StoredEvent } from '../common/protocol';
import { saveCapturedRoster } from '../common/roster-save';
import { USER_SETTINGS_KEY } from '../common/storage-keys';
import { localStorageArea } from '../browser/storage';
import { listSessions, sessionEvents } from './event-log';
import { drainOutboxes } from './outbox-consumer';
import { loadSettings } from './settings-store';

/** As the guard learns them: the display form of each name (invisible characters and titles off). */
function joinedNames(events: readonly StoredEvent[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    if (e.type !== 'participant.joined') continue;
    const name = (e.payload['participant'] as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string') out.add(normalizeName(name).display);
  }
  return out;
}

/** The teacher: the host's name as the log has it from the tab's own reads. */
function teacherOf(events: readonly StoredEvent[]): string | null {
  for (const e of events) {
    const p = e.payload['participant'] as { name?: unknown; self?: unknown; role?: unknown } | undefined;
    if (e.type === 'participant.joined' && p?.self === true && p.role === 'host' && typeof p.name === 'string')
      return p.name;
  }
  return null;
}

export async function saveLearnedFromPanel(sessionId: string, names: readonly string[]): Promise<LearnedSaveReply> {
  const { locked } = await loadSettings();
  if (locked.includes('classes')) return { ok: false, reason: 'locked' };
  const session = (await listSessions()).find((s) => s.id === sessionId);
  if (!session) return { ok: false, reason: 'gone' };
  // The last joins may still be in the tab's outbox.
  await drainOutboxes();
  const events = await sessionEvents(sessionId).catch((): StoredEvent[] => []);
  const seen = joinedNames(events);
  const roster = [...new Set(names)].filter((n) => seen.has(n)).map((name) => ({ name }));
  if (roster.length === 0) return { ok: false, reason: 'gone' };
  const current = ((await localStorageArea.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY] ?? {}) as Record<string, unknown>;
  const saved = saveCapturedRoster(current, { meeting: session.meeting, teacher: teacherOf(events), roster }, () =>
    crypto.randomUUID(),
  );
  await localStorageArea.set({ [USER_SETTINGS_KEY]: saved.userSettings });
  return { ok: true, count: roster.length, className: saved.cls.name };
}
