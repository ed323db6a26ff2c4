/**
 * The built extension in real Chromium: launch with dist/ loaded, find the extension id and its
 * service worker, open extension pages, read the event log (through the documented IndexedDB
 * interface, docs/events.md, as an IT tool would), stop the worker mid-test, reload the extension.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Target } from 'puppeteer-core';
import { launch, ROOT, serve, type Route } from '../support/browser';
import type { SessionRecord, StoredEvent } from '../../src/shared/protocol';

export const DIST = path.join(ROOT, 'dist');

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** A page on a client URL, with fixtures served at the given prefixes. */
  openMeeting(url: string, routes: Record<string, Route>): Promise<Page>;
  /** An extension page (kept open for log reads). */
  extensionPage(rel?: string): Promise<Page>;
  sessions(): Promise<SessionRecord[]>;
  events(sessionId: string): Promise<StoredEvent[]>;
  diagnostics(): Promise<{ kind: string; detail: string; sender?: string }[]>;
  /** Stops the service worker, as Chrome does to an idle one. */
  stopWorker(): Promise<boolean>;
  /** Reloads the extension (as an update would) and waits for the new worker. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://');

export async function launchExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  const browser = await launch({ extensionPath: DIST });
  const workerTarget = await browser.waitForTarget(isWorker, { timeout: 30_000 });
  const extensionId = new URL(workerTarget.url()).host;
  let logPage: Page | null = null;

  const extensionPage = async (rel = 'src/ui/report/index.html') => {
    const page = await browser.newPage();
    // tsx (bench scripts) compiles with keepNames: functions passed to evaluate() call __name.
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
    await page.goto(`chrome-extension://${extensionId}/${rel}`);
    return page;
  };
  const reader = async () => {
    if (!logPage || logPage.isClosed()) logPage = await extensionPage();
    return logPage;
  };
  const readStore = async <T>(store: string, sessionId?: string): Promise<T[]> => {
    const page = await reader();
    return page.evaluate(
      (store, sessionId) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open('class-guard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains(store)) {
              db.close();
              return resolve([]);
            }
            const tx = db.transaction(store, 'readonly');
            const req = sessionId
              ? tx.objectStore(store).index('by-session-seq').getAll(IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]))
              : tx.objectStore(store).getAll();
            req.onsuccess = () => {
              db.close();
              resolve(req.result as T[]);
            };
            req.onerror = () => reject(req.error);
          };
        }),
      store,
      sessionId,
    );
  };

  return {
    browser,
    extensionId,
    async openMeeting(url, routes) {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
      await serve(page, routes);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    extensionPage,
    sessions: () => readStore<SessionRecord>('sessions'),
    events: (sessionId) => readStore<StoredEvent>('events', sessionId),
    diagnostics: () => readStore('diagnostics'),
    async stopWorker() {
      const target = browser.targets().find(isWorker);
      if (!target) return false;
      const worker = await target.worker();
      if (!worker) return false;
      await worker.close();
      // Wait until Chrome reports the worker gone, so the next message really starts a new one.
      for (let i = 0; i < 100 && browser.targets().some((t) => t === target && isWorker(t)); i++) await new Promise((r) => setTimeout(r, 20));
      return true;
    },
    async reloadExtension() {
      const page = await extensionPage('src/ui/popup/index.html');
      const old = browser.targets().find(isWorker);
      await page.evaluate(() => chrome.runtime.reload()).catch(() => {});
      await browser.waitForTarget((t) => isWorker(t) && t !== old, { timeout: 30_000 });
      logPage = null;
    },
    async close() {
      await (browser as Browser & { cleanup(): Promise<void> }).cleanup();
    },
  };
}

/** Polls until fn returns a truthy value (or throws with the last value after the timeout). */
export async function until<T>(fn: () => Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}
