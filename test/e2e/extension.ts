/**
 * The built extension in real Chromium: launch with dist/ loaded, find the extension id and its
 * service worker, open extension pages, read the event log (through the documented IndexedDB
 * interface, docs/events.md, as an IT tool would), stop the worker mid-test, reload the extension.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { OUTBOX_PREFIX } from '../../src/common/outbox-store';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession, Page, Target } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch, ROOT, serve, type Route } from '../support/browser';
import type { SessionRecord, StoredEvent } from '../../src/common/protocol';

/** The built extension; CG_DIST points at another build (`vite build --outDir dist-x`), so parallel work need not share one. */
export const DIST = process.env['CG_DIST'] ? path.resolve(ROOT, process.env['CG_DIST']) : path.join(ROOT, 'dist');

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /**
   * A page on a client URL, with fixtures served at the given prefixes. `newWindow`: in a window of
   * its own, so that it renders (runs animation frames) alongside other pages instead of only when in front.
   * `withoutExtension`: in an off-the-record browser context, where the extension does not run (the same
   * URL as a page that has it, for the bench's A/B).
   */
  openMeeting(
    url: string,
    routes: Record<string, Route>,
    opts?: { newWindow?: boolean; withoutExtension?: boolean },
  ): Promise<Page>;
  /**
   * Closes the meeting pages still open (call it in afterEach): a page a failed test left open keeps
   * its content script busy and slows the tests after it.
   */
  closeMeetings(): Promise<void>;
  /** Frames of the page in which our content script runs (its isolated world exists). */
  contentFrames(page: Page): string[];
  /** Evaluates an expression inside our content script's isolated world, as the content script would. */
  inContentScript<T>(page: Page, expression: string, frameId?: string): Promise<T>;
  /** An extension page (kept open for log reads). */
  extensionPage(rel?: string): Promise<Page>;
  /** Saves the user's settings (as the options page does); content scripts read them at session open. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  sessions(): Promise<SessionRecord[]>;
  events(sessionId: string): Promise<StoredEvent[]>;
  diagnostics(): Promise<{ kind: string; detail: string; sender?: string }[]>;
  /** Ids of the extension's system notifications now showing (in the tray). */
  notifications(): Promise<string[]>;
  /** The toolbar badge's text on this page's tab ('' when none). */
  badgeText(page: Page): Promise<string>;
  /** Keys of the outbox chunks in storage: written by pages, not yet stored by the worker. */
  outboxChunks(): Promise<string[]>;
  /** Stops the service worker, as Chrome does to an idle one. */
  stopWorker(): Promise<boolean>;
  /** Reloads the extension (as an update would) and waits for the new worker. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://');

export async function launchExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(DIST, 'manifest.json')))
    throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  // Load a copy: a build that rewrites dist/ while this browser runs must not pull the extension away.
  const copy = mkdtempSync(path.join(tmpdir(), 'cg-ext-'));
  cpSync(DIST, copy, { recursive: true });
  const browser = await launch({ extensionPath: copy });
  const workerTarget = await browser.waitForTarget(isWorker, { timeout: 30_000 });
  const extensionId = new URL(workerTarget.url()).host;
  let logPage: Page | null = null;
  // Our content script's isolated worlds per page, from CDP (origin chrome-extension://<id>).
  const worlds = new WeakMap<Page, Map<string, number>>();
  const cdpSessions = new WeakMap<Page, CDPSession>();
  const meetings: Page[] = [];

  let offTheRecord: string | null = null;
  const newWindow = async (withoutExtension = false): Promise<Page> => {
    const cdp = await browser.target().createCDPSession();
    const url = `about:blank#${crypto.randomUUID()}`;
    if (withoutExtension) offTheRecord ??= (await cdp.send('Target.createBrowserContext')).browserContextId;
    await cdp.send('Target.createTarget', {
      url,
      newWindow: true,
      ...(withoutExtension ? { browserContextId: offTheRecord! } : {}),
    });
    await cdp.detach();
    const target = await browser.waitForTarget((t) => t.url() === url);
    const page = await target.page();
    if (!page) throw new Error('the new window has no page');
    return page;
  };

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
          // Never create the database from a reader: the worker must be the one to create its stores.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains(store)) {
              db.close();
              return resolve([]);
            }
            const tx = db.transaction(store, 'readonly');
            const req = sessionId
              ? tx
                  .objectStore(store)
                  .index('by-session-seq')
                  .getAll(IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]))
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
    async openMeeting(url, routes, opts = {}) {
      const page =
        opts.newWindow || opts.withoutExtension ? await newWindow(opts.withoutExtension) : await browser.newPage();
      await page.evaluateOnNewDocument('globalThis.__name = (f) => f');
      const contexts = new Map<string, number>();
      worlds.set(page, contexts);
      const cdp = await page.createCDPSession();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId;
        if (frameId && context.origin === `chrome-extension://${extensionId}`) contexts.set(frameId, context.id);
      });
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
        for (const [f, id] of contexts) if (id === executionContextId) contexts.delete(f);
      });
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      cdpSessions.set(page, cdp);
      await serve(page, routes);
      await page.goto(url, { waitUntil: 'load' });
      meetings.push(page);
      return page;
    },
    async closeMeetings() {
      for (const page of meetings.splice(0)) if (!page.isClosed()) await page.close();
    },
    contentFrames: (page) => [...(worlds.get(page)?.keys() ?? [])],
    async inContentScript<T>(page: Page, expression: string, frameId?: string): Promise<T> {
      const contexts = worlds.get(page);
      const contextId = frameId ? contexts?.get(frameId) : contexts?.values().next().value;
      if (contextId === undefined) throw new Error('our content script does not run in that frame');
      const r = await cdpSessions
        .get(page)!
        .send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value as T;
    },
    extensionPage,
    async setSettings(settings) {
      const page = await reader();
      await page.evaluate((key, s) => chrome.storage.local.set({ [key]: s }), USER_SETTINGS_KEY, settings);
    },
    sessions: () => readStore<SessionRecord>('sessions'),
    events: (sessionId) => readStore<StoredEvent>('events', sessionId),
    diagnostics: () => readStore('diagnostics'),
    async notifications() {
      const page = await reader();
      return page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
    },
    async badgeText(meeting) {
      const page = await reader();
      return page.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
        return chrome.action.getBadgeText({ tabId: tab.id });
      }, meeting.url());
    },
    async outboxChunks() {
      // A page of its own, closed at once: a tab left open in a meeting's window would hide that
      // meeting, and a hidden page runs no animation frames (the bench measures per frame).
      const page = await extensionPage('src/ui/popup/index.html');
      try {
        const keys = await page.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
        return keys.filter((k) => k.startsWith(OUTBOX_PREFIX));
      } finally {
        await page.close();
      }
    },
    async stopWorker() {
      // A worker that is already stopped cannot be stopped again: wait for the next one to start (the
      // next outbox write wakes it). It may also be stopping or starting when found, and then refuse
      // to close: wait a moment and look again.
      for (let attempt = 0; attempt < 5; attempt++) {
        const target = await browser.waitForTarget(isWorker, { timeout: 10_000 }).catch(() => null);
        if (!target) return false;
        const worker = await target.worker().catch(() => null);
        try {
          if (!worker) throw new Error('no worker behind the target yet');
          await worker.close();
        } catch {
          await new Promise((r) => setTimeout(r, 250));
          continue;
        }
        // Wait until Chrome reports the worker gone, so the next message really starts a new one.
        for (let i = 0; i < 100 && browser.targets().includes(target); i++) await new Promise((r) => setTimeout(r, 20));
        return true;
      }
      return false;
    },
    async reloadExtension() {
      // Loading the same unpacked folder again is what an update does: same id, a new worker,
      // onInstalled('update'), and the old content scripts lose their context. (chrome.runtime.reload()
      // unloads an extension loaded over CDP without bringing it back.)
      const old = browser.targets().find(isWorker);
      await browser.installExtension(copy);
      await browser.waitForTarget((t) => isWorker(t) && t !== old, { timeout: 30_000 });
      logPage = null;
    },
    async close() {
      await (browser as Browser & { cleanup(): Promise<void> }).cleanup();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/**
 * One extension browser for a test file: launched before its tests, closed after them, and unless
 * `keepMeetings` the meeting tabs a test opened closed after it. The object returned stands for that
 * browser, so it is used inside tests and hooks only.
 */
export function useExtension(opts: { keepMeetings?: boolean } = {}): ExtensionBrowser {
  let current: ExtensionBrowser | undefined;
  beforeAll(async () => {
    current = await launchExtension();
  });
  afterAll(async () => {
    await current?.close();
  });
  if (!opts.keepMeetings) afterEach(() => current?.closeMeetings());
  return new Proxy({} as ExtensionBrowser, {
    get(_, key) {
      if (!current) throw new Error('the extension browser starts in beforeAll: use it in tests and hooks');
      const value = Reflect.get(current, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  });
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
