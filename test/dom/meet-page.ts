/**
 * Shared harness of the Meet DOM tests: one Chromium page serving a chosen fixture at the real
 * meeting URL, with the adapter (and optionally the tracker and the scenario driver) injected.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { createTracker } from '../../src/content/tracker';
import type { Observation, Snapshot } from '../../src/common/model';
import type { meet } from '../../src/platforms/meet/index';
import type { PlatformAdapter } from '../../src/platforms/types';
import { fixture, launch, serve } from '../support/browser';
import { bundle } from '../support/bundle';

export const MEET_URL = 'https://meet.google.com/abc-defg-hij';
export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

export interface MeetScenario {
  join(name: string, id: string): void;
  leave(id: string): void;
  rename(id: string, name: string): void;
  knock(name: string, id: string): void;
  admit(id: string): void;
  deny(id: string): void;
  post(senderName: string, text: string, opts?: { self?: boolean }): string;
  share(id: string): void;
  stopShare(): void;
  openPeople(): void;
  closePeople(): void;
  openChat(): void;
  closeChat(): void;
}

declare global {
  interface Window {
    CGMeet: { meet: typeof meet };
    CGTracker: { createTracker: typeof createTracker };
    meetScenario: MeetScenario;
    cg: { adapter: PlatformAdapter; tracker: ReturnType<typeof createTracker> | null };
  }
}

export interface MeetPage {
  page: Page;
  /** Loads test/fixtures/meet/<name>.<lang>.html at the meeting URL and creates an adapter. */
  open(name: string, lang: Lang, opts?: { scenario?: boolean; tracker?: boolean }): Promise<void>;
  snapshot(): Promise<Snapshot>;
  /** Runs a scenario step (or none), then one tracker update at `now`. */
  step(now: number, op?: keyof MeetScenario, ...args: unknown[]): Promise<Observation[]>;
  close(): Promise<void>;
}

export async function openMeetPage(): Promise<MeetPage> {
  const browser: Browser & { cleanup(): Promise<void> } = await launch();
  const page = await browser.newPage();
  let html = '';
  await serve(page, { 'https://meet.google.com/': () => html });
  const adapterCode = await bundle('src/platforms/meet/index.ts', 'CGMeet');
  return {
    page,
    async open(name, lang, opts = {}) {
      html = fixture(`meet/${name}.${lang}.html`);
      await page.goto(MEET_URL, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: adapterCode });
      if (opts.tracker) await page.addScriptTag({ content: await bundle('src/content/tracker.ts', 'CGTracker') });
      if (opts.scenario) await page.addScriptTag({ content: fixture('meet/scenario.js') });
      await page.evaluate((withTracker) => {
        window.cg = {
          adapter: window.CGMeet.meet.createAdapter(document, window),
          tracker: withTracker ? window.CGTracker.createTracker() : null,
        };
      }, Boolean(opts.tracker));
    },
    snapshot: () => page.evaluate(() => window.cg.adapter.snapshot()),
    step: (now, op, ...args) =>
      page.evaluate(
        (now, op, args) => {
          if (op) (window.meetScenario[op] as (...a: unknown[]) => unknown)(...args);
          return window.cg.tracker!.update(window.cg.adapter.snapshot(), now);
        },
        now,
        op ?? null,
        args,
      ),
    close: () => browser.cleanup(),
  };
}
