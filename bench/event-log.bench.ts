/**
 * The event log under a long class, in the built extension's worker in real Chromium (IndexedDB on
 * the profile's disk, not fake-indexeddb): 100,000 chat events appended as the outbox delivers them
 * (in the worker's batches of LIMITS.eventsPerBatch), the sustained rate over the whole run
 * and over its last tenth (a log that slows as it grows shows there), and the bytes the profile's
 * IndexedDB folder for the extension grew by, per event, next to the event's own JSON size.
 * The folder is read once the writes are committed; LevelDB may compact it later, so it is the size
 * a class leaves on disk at its end, not after compaction. Target: the busy class's 20 messages a
 * second, sustained however long the log has grown.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../src/common/protocol';
import { launchExtension } from '../test/e2e/extension';
import { figure, type Figure } from './figures';

const EVENTS = Number(process.env.CG_BENCH_EVENTS) || 100_000;
const CHUNK = LIMITS.eventsPerBatch;

/** Bytes under `dir`, recursively. */
function du(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? du(p) : statSync(p).size;
  }
  return n;
}

export default async function eventLogBench(): Promise<Figure[]> {
  const ext = await launchExtension();
  try {
    const args = ext.browser.process()?.spawnargs ?? [];
    const profile = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
    if (!profile) throw new Error('no profile folder on the browser command line');
    const idb = path.join(profile, 'Default', 'IndexedDB');
    const ours = () =>
      readdirSync(idb)
        .filter((f) => f.startsWith(`chrome-extension_${ext.extensionId}_`))
        .reduce((n, f) => n + du(path.join(idb, f)), 0);

    const page = await ext.extensionPage('src/ui/popup/index.html');
    const open = async () =>
      page.evaluate(async () => {
        const r = (await chrome.runtime.sendMessage({
          type: 'session.open',
          payload: {
            meeting: {
              platform: 'meet',
              code: 'ben-chlo-ngg',
              title: 'bench',
              url: 'https://meet.google.com/ben-chlo-ngg',
            },
          },
        })) as { ok: boolean; value?: { sessionId: string }; error?: string };
        if (!r.ok) throw new Error(r.error);
        return r.value!.sessionId;
      });
    const sessionId = await open();
    await new Promise((r) => setTimeout(r, 1_000));
    const before = ours();
    const r = await page.evaluate(
      async (sessionId, total, chunk) => {
        const ev = (i: number) => ({
          id: crypto.randomUUID(),
          type: 'chat.message',
          time: new Date(Date.UTC(2026, 10, 28, 9, 0, 0) + i * 100).toISOString().replace('Z', '+00:00'),
          payload: {
            message: {
              id: String(1_764_330_000_000 + i),
              senderId: null,
              senderName: 'Nguyễn Văn An',
              self: false,
              text: `Dạ em hiểu rồi ạ, câu ${i} em làm xong rồi`,
              time: '10:50',
              privateTo: null,
            },
          },
        });
        const json = JSON.stringify(ev(0)).length;
        const tenths: number[] = [];
        const t0 = performance.now();
        let mark = t0;
        for (let i = 0; i < total; i += chunk) {
          const events = Array.from({ length: Math.min(chunk, total - i) }, (_, k) => ev(i + k));
          const rep = (await chrome.runtime.sendMessage({ type: 'events.append', payload: { sessionId, events } })) as {
            ok: boolean;
            error?: string;
          };
          if (!rep.ok) throw new Error(rep.error);
          if ((i + chunk) % (total / 10) === 0) {
            const now = performance.now();
            tenths.push(now - mark);
            mark = now;
          }
        }
        return { ms: performance.now() - t0, tenths, json };
      },
      sessionId,
      EVENTS,
      CHUNK,
    );
    await new Promise((r) => setTimeout(r, 2_000));
    const bytes = (ours() - before) / EVENTS;
    const rate = (EVENTS / r.ms) * 1000;
    const lastRate = (EVENTS / 10 / r.tenths.at(-1)!) * 1000;
    console.log(
      `${EVENTS.toLocaleString('en')} events appended in ${(r.ms / 1000).toFixed(1)} s: ${rate.toFixed(0)} events/s; ` +
        `by tenth ${r.tenths.map((t) => ((EVENTS / 10 / t) * 1000).toFixed(0)).join(', ')} events/s`,
    );
    console.log(
      `IndexedDB folder grew by ${((ours() - before) / 2 ** 20).toFixed(1)} MB: ${bytes.toFixed(0)} bytes per event on disk ` +
        `(the event as JSON: ${r.json} bytes, before its hash, chain fields and the session index)`,
    );
    return [
      figure(`event log sustained append, ${EVENTS.toLocaleString('en')} events`, rate, 'events/s', '≥ 20'),
      figure('event log append, last tenth of the run', lastRate, 'events/s', '≥ 20', rate),
      figure('event log bytes per event on disk', bytes, 'B', null, r.json),
    ];
  } finally {
    await ext.close();
  }
}
