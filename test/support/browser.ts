/**
 * Real Chromium for DOM and end-to-end tests. Fixture pages are served at the clients' real URLs
 * through request interception, so the manifest's match patterns are exercised as shipped.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/lib/chrome';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export interface LaunchOptions {
  /** Path of a built, unpacked extension to load. */
  extensionPath?: string;
}

export async function launch(opts: LaunchOptions = {}): Promise<Browser & { cleanup(): Promise<void> }> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'cg-profile-'));
  const extra = [`--user-data-dir=${userDataDir}`, '--window-size=1280,900'];
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: chromeArgs(extra),
    // Chromium 137+ ignores --load-extension; puppeteer loads it over CDP (Extensions.loadUnpacked).
    ...(opts.extensionPath ? { enableExtensions: [opts.extensionPath], pipe: true } : {}),
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 60_000,
  });
  return Object.assign(browser, {
    async cleanup() {
      await browser.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  });
}

export type Route = string | ((url: URL) => string | null);

/** Reads test/fixtures/<rel>. */
export function fixture(rel: string): string {
  return readFileSync(path.join(FIXTURES, rel), 'utf8');
}

/**
 * A Teams call page drawn by the fixture's scenario from `state` (test/fixtures/teams/scenario.js),
 * with `more` page-world scripts after it (e.g. the host controls' model).
 */
export function teamsScenarioPage(state: object, more: string[] = [], lang?: string): string {
  const scripts = more.map((rel) => `<script>${fixture(rel)}</script>`).join('');
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>Microsoft Teams</title></head><body>
<script>${fixture('teams/scenario.js')}</script><script>window.teamsScenario.mount(${JSON.stringify(state).replace(/</g, '\\u003c')});</script>${scripts}</body></html>`;
}

/**
 * Serves HTML for the given URL prefixes (longest prefix wins) on this page and its frames.
 * Extension and data URLs continue untouched (@crxjs content scripts load their code from the
 * extension; aborting that fails silently in the page). Everything else is refused, as on a
 * machine with no network.
 */
export async function serve(page: Page, routes: Record<string, Route>): Promise<void> {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  await page.setRequestInterception(true);
  page.on('request', (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (!/^https?:/.test(url)) {
      void req.continue();
      return;
    }
    const u = new URL(url);
    for (const prefix of prefixes) {
      if (!url.startsWith(prefix)) continue;
      const route = routes[prefix]!;
      const body = typeof route === 'string' ? route : route(u);
      if (body === null) continue;
      void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      return;
    }
    void req.respond({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
  });
}
