/**
 * A download started by a click on a page, awaited until Chromium reports it complete: a download's
 * file can exist, still empty, before its data is written, so waiting for the file to appear is not
 * enough (a test once read a 0-byte report).
 */
import { renameSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page, Protocol } from 'puppeteer-core';

/** Resolves with the download's guid and suggested name once it completes. */
function nextDownload(cdp: CDPSession, timeoutMs: number): Promise<{ guid: string; name: string }> {
  return new Promise((resolve, reject) => {
    let name = '';
    let guid = '';
    const begin = (e: Protocol.Browser.DownloadWillBeginEvent) => {
      guid = e.guid;
      name = e.suggestedFilename;
    };
    const progress = (e: Protocol.Browser.DownloadProgressEvent) => {
      if (e.guid !== guid) return;
      if (e.state === 'completed') finish(null);
      else if (e.state === 'canceled') finish(new Error(`the download of ${name} was canceled`));
    };
    const finish = (err: Error | null) => {
      clearTimeout(timer);
      cdp.off('Browser.downloadWillBegin', begin);
      cdp.off('Browser.downloadProgress', progress);
      if (err) reject(err);
      else resolve({ guid, name });
    };
    const timer = setTimeout(() => finish(new Error(`no download completed within ${timeoutMs / 1000} s`)), timeoutMs);
    cdp.on('Browser.downloadWillBegin', begin);
    cdp.on('Browser.downloadProgress', progress);
  });
}

/** Runs `start` (a click) and returns the complete file's path in `dir`, under the name the page gave it. */
export async function downloadBy(
  page: Page,
  dir: string,
  start: () => Promise<unknown>,
  timeoutMs = 30_000,
): Promise<string> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
    const done = nextDownload(cdp, timeoutMs);
    await start();
    const { guid, name } = await done;
    const file = path.join(dir, path.basename(name) || guid);
    renameSync(path.join(dir, guid), file);
    return file;
  } finally {
    await cdp.detach();
  }
}
