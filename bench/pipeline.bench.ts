/**
 * Event pipeline latency: from chrome.runtime.sendMessage to a committed, hashed event (the worker
 * replies only after the IndexedDB transaction is done), in the built extension in real Chromium.
 * Also the throughput of a burst, sent as the content script's outbox sends it (batches of 200).
 */
import { launchExtension } from '../test/e2e/extension';
import { figure, type Figure } from './figures';

export default async function pipelineBench(): Promise<Figure[]> {
  const ext = await launchExtension();
  try {
    const page = await ext.extensionPage('src/ui/popup/index.html');
    const r = await page.evaluate(async () => {
      type Reply = { ok: boolean; value?: { sessionId: string }; error?: string };
      const send = (type: string, payload: unknown) => chrome.runtime.sendMessage({ type, payload }) as Promise<Reply>;
      const open = await send('session.open', {
        meeting: {
          platform: 'meet',
          code: 'ben-chma-rks',
          title: 'bench',
          url: 'https://meet.google.com/ben-chma-rks',
        },
      });
      const sessionId = open.value!.sessionId;
      const ev = (i: number) => ({
        id: crypto.randomUUID(),
        type: 'chat.message',
        time: '2026-11-28T16:00:00.000+07:00',
        payload: {
          message: {
            id: String(i),
            senderId: null,
            senderName: 'Nguyễn Văn An',
            self: false,
            text: `tin nhắn số ${i} — bài tập về nhà`,
            time: null,
            privateTo: null,
          },
        },
      });
      for (let i = 0; i < 50; i++) await send('events.append', { sessionId, events: [ev(i)] }); // warm-up
      const lat: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const t0 = performance.now();
        const rep = await send('events.append', { sessionId, events: [ev(i)] });
        lat.push(performance.now() - t0);
        if (!rep.ok) throw new Error(rep.error);
      }
      const burstN = 5000;
      const all = Array.from({ length: burstN }, (_, i) => ev(i));
      const t0 = performance.now();
      for (let i = 0; i < burstN; i += 200) await send('events.append', { sessionId, events: all.slice(i, i + 200) });
      const burstMs = performance.now() - t0;
      lat.sort((a, b) => a - b);
      const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!;
      return { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: lat[lat.length - 1]!, burstN, burstMs };
    });
    console.log(
      `sendMessage → committed hashed event, 1,000 single events: p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, max ${r.max.toFixed(1)} ms`,
    );
    console.log(
      `burst of ${r.burstN} events in batches of 200: ${r.burstMs.toFixed(0)} ms → ${Math.round((r.burstN / r.burstMs) * 1000)} events/s`,
    );
    return [
      figure('message → committed hashed event, p50', r.p50, 'ms', null),
      figure('message → committed hashed event, p95', r.p95, 'ms', null),
      figure('burst append rate (batches of 200)', (r.burstN / r.burstMs) * 1000, 'events/s', null),
    ];
  } finally {
    await ext.close();
  }
}
