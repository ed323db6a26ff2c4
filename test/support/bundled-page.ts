/**
 * DOM tests of one content-side module in real Chromium: one browser per test file, and before
 * each test a fresh page with the given HTML and the module bundled into it (as `globalName`).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launch } from './browser';
import { bundle } from './bundle';

type Browser = Awaited<ReturnType<typeof launch>>;

export interface BundledPage {
  /** The current test's page (valid inside tests and hooks registered after this call). */
  readonly page: Page;
  readonly browser: Browser;
}

export function useBundledPage(html: string, entry: string, globalName: string): BundledPage {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.cleanup();
  });
  beforeEach(async () => {
    await page?.close();
    page = await browser!.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: await bundle(entry, globalName, true) });
    await page.evaluate(async (name) => {
      const load = (globalThis as unknown as Record<string, { __loadMessages(l: string): Promise<void> }>)[name]!;
      await Promise.all([load.__loadMessages('en'), load.__loadMessages('vi')]);
    }, globalName);
  });
  return {
    get page() {
      return page!;
    },
    get browser() {
      return browser!;
    },
  };
}
