/**
 * Past meetings put in the log through the worker's own protocol (session.open, events.append), as a
 * meeting tab's session would, and aged by rewriting their dates in the log, from an extension page.
 */
import type { Page } from 'puppeteer-core';
import type { Platform } from '../../src/common/model';
import type { SessionRecord } from '../../src/common/protocol';

export interface LoggedEvent {
  id: string;
  type: string;
  time: string;
  payload: unknown;
}

const URLS: Record<Platform, (code: string) => string> = {
  meet: (code) => `https://meet.google.com/${code}`,
  zoom: (code) => `https://app.zoom.us/wc/${code}/join`,
  teams: (code) => `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(code)}/0`,
};

/** An event of the log's shape, now unless `time` says otherwise. */
export const logged = (type: string, payload: unknown, time = new Date().toISOString().replace('Z', '+00:00')) => ({
  id: crypto.randomUUID(),
  type,
  time,
  payload,
});

/** Opens a session for the meeting and appends the batches in order; the session's id. */
export async function logMeeting(
  page: Page,
  platform: Platform,
  code: string,
  batches: readonly (readonly LoggedEvent[])[],
): Promise<string> {
  const meeting = { platform, code, title: null, url: URLS[platform](code) };
  return page.evaluate(
    async (meeting, batches) => {
      const send = async (type: string, payload: unknown) => {
        const r = (await chrome.runtime.sendMessage({ type, payload })) as {
          ok: boolean;
          value: unknown;
          error?: string;
        };
        if (!r.ok) throw new Error(r.error);
        return r.value as { sessionId: string };
      };
      const { sessionId } = await send('session.open', { meeting });
      for (const events of batches) await send('events.append', { sessionId, events });
      return sessionId;
    },
    meeting,
    batches,
  );
}

/** Moves a meeting's dates `days` into the past, in the log itself. */
export async function ageMeeting(page: Page, sessionId: string, days: number): Promise<void> {
  await page.evaluate(
    (sessionId, days) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('class-guard');
        open.onsuccess = () => {
          const tx = open.result.transaction('sessions', 'readwrite');
          const store = tx.objectStore('sessions');
          const get = store.get(sessionId);
          get.onsuccess = () => {
            const s = get.result as SessionRecord;
            const shift = (iso: string) => new Date(Date.parse(iso) - days * 86_400_000).toISOString();
            store.put({ ...s, startedAt: shift(s.startedAt), lastEventAt: shift(s.lastEventAt) });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    sessionId,
    days,
  );
}
