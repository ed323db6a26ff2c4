/**
 * What the headless demo leaves in its output folder: each meeting's reports exported by the report
 * page's own buttons (so the files are exactly what a teacher downloads) and a screenshot of each
 * meeting tab with its alerts.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { downloadBy } from './downloads';
import type { DemoBrowser, OpenClient } from './demo-run';
import type { Lang } from './demo-class';

const KINDS = ['html', 'json', 'csv'] as const;

/** Clicks each export button of one meeting's report page; files land as `<platform>-<lang>.<kind>`. */
async function exportMeeting(page: Page, outDir: string, base: string): Promise<string[]> {
  const tmp = path.join(outDir, `.download-${base}`);
  mkdirSync(tmp, { recursive: true });
  const written: string[] = [];
  try {
    for (const kind of KINDS) {
      await page.waitForSelector(`button[data-export="${kind}"]:not([disabled])`, { timeout: 30_000 });
      const file = await downloadBy(page, tmp, () => page.click(`button[data-export="${kind}"]`));
      const target = path.join(outDir, `${base}.${kind}`);
      renameSync(file, target);
      written.push(target);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return written;
}

/** One report set for each meeting of the played clients (a second meeting on one client gets `-2`). */
export async function writeReports(demo: DemoBrowser, clients: OpenClient[], lang: Lang, outDir: string) {
  const sessions = await demo.report.evaluate(async () => {
    const r = (await chrome.runtime.sendMessage({ type: 'log.sessions', payload: {} })) as {
      value: { id: string; meeting: { platform: string } }[];
    };
    return r.value.map((s) => ({ id: s.id, platform: s.meeting.platform }));
  });
  const written: string[] = [];
  for (const { client } of clients) {
    const mine = sessions.filter((s) => s.platform === client.platform);
    for (const [i, s] of mine.entries()) {
      const page = await demo.browser.newPage();
      await page.goto(`chrome-extension://${demo.extensionId}/src/ui/report/index.html?session=${s.id}`);
      written.push(...(await exportMeeting(page, outDir, `${client.platform}-${lang}${i ? `-${i + 1}` : ''}`)));
      await page.close();
    }
  }
  return written;
}

/** Each meeting tab as the teacher sees it: the client with Class Guard's alert panel over it. */
export async function screenshotAlerts(clients: OpenClient[], lang: Lang, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const { client, page } of clients) {
    const file = path.join(outDir, `${client.platform}-${lang}-alerts.png`);
    await page.bringToFront();
    await page.screenshot({ path: file as `${string}.png` });
    written.push(file);
  }
  return written;
}
