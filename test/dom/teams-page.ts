/**
 * Opens Teams fixture pages at the client's real URLs in Chromium with the adapter bundled in, and
 * reads snapshots back. Shared by the Teams DOM tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer-core';
import type { Snapshot } from '../../src/common/model';
import { FIXTURES, fixture, serve } from '../support/browser';
import { bundle } from '../support/bundle';

export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

export const THREAD = '19:meeting_NjA4YzE1ZTctZWI2ZC00ZjU1LWE5OGMtMjU4MDk2YWNjNzVk@thread.v2';
export const TEAMS_URL = `https://teams.microsoft.com/v2/#/l/meetup-join/${encodeURIComponent(THREAD)}/0`;
export const LIVE_URL = 'https://teams.live.com/meet/9312345678901';

export const SCENARIO = readFileSync(path.join(FIXTURES, 'teams/scenario.js'), 'utf8');

export interface TeamsPage {
  page: Page;
  /** Serves `html` (a fixture's text) at `url` and loads it with the adapter ready. */
  load(html: string, url?: string): Promise<void>;
  /** Like load, with the HTML chosen per request URL (pages with frames). */
  loadWith(resolve: (url: URL) => string, url?: string): Promise<void>;
  snapshot(frame?: Frame): Promise<Snapshot>;
  /** Runs a teamsScenario method in the page. */
  run(method: string, ...args: unknown[]): Promise<unknown>;
}

export const page = (name: string, lang: Lang): string => fixture(`teams/${name}.${lang}.html`);

export async function openTeamsPage(browser: Browser): Promise<TeamsPage> {
  const p = await browser.newPage();
  let resolve: (url: URL) => string = () => '';
  await serve(p, {
    'https://teams.microsoft.com/': (u) => resolve(u),
    'https://teams.live.com/': (u) => resolve(u),
  });
  const loadWith = async (r: (url: URL) => string, url = TEAMS_URL): Promise<void> => {
    resolve = r;
    // Same URL again would be a same-document (hash) navigation: leave the page first.
    await p.goto('about:blank');
    await p.goto(url, { waitUntil: 'load' });
    await installIn(p.mainFrame());
  };
  return {
    page: p,
    load: (html, url) => loadWith(() => html, url),
    loadWith,
    snapshot(frame = p.mainFrame()) {
      return frame.evaluate(() => (window as unknown as { cgAdapter: { snapshot(): Snapshot } }).cgAdapter.snapshot());
    },
    async run(method, ...args) {
      const has = await p.evaluate(() => 'teamsScenario' in window);
      if (!has) await p.addScriptTag({ content: SCENARIO });
      return p.evaluate(
        (m, a) => {
          const s = (window as unknown as { teamsScenario: Record<string, (...x: unknown[]) => unknown> })
            .teamsScenario;
          return s[m]!(...a) ?? null;
        },
        method,
        args,
      );
    },
  };
}

/** Bundles the Teams module into a frame and creates its adapter (window.cgAdapter). */
export async function installIn(frame: Frame): Promise<void> {
  const code = await bundle('src/platforms/teams/index.ts', 'CGTeams');
  await frame.addScriptTag({ content: code });
  await frame.evaluate(() => {
    const w = window as unknown as {
      CGTeams: { teams: { createAdapter(d: Document, w: Window): unknown } };
      cgAdapter: unknown;
    };
    w.cgAdapter = w.CGTeams.teams.createAdapter(document, window);
  });
}
