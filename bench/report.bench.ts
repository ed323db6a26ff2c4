/**
 * The exports of a meeting of 10,000 events (a long, busy class: joins, chat, findings, shares): time
 * and heap growth of the HTML, JSON and CSV builders, of reading all events as sentences and building
 * the meeting view's model (the report page), and of verifying the chain of the JSON export, with the
 * process's peak resident memory after each. Target: under 1 s each.
 */
import { cpus } from 'node:os';
import { translator } from '../src/ui/i18n';
import { buildHtmlReport } from '../src/ui/report/export-html';
import { jsonReportText, verifyReport } from '../src/ui/report/export-json';
import { toCsv } from '../src/ui/report/format';
import { bombingDrafts, chain, sessionOf } from '../src/ui/report/sample-log';
import { sentence } from '../src/ui/report/sentences';
import { localTime } from '../src/ui/report/local-time';
import { analyze } from '../src/ui/report/analysis';
import type { EventDraft } from '../src/common/protocol';

const EVENTS = 10_000;
const ZONE = 'Asia/Ho_Chi_Minh';

/** The sample class repeated with fresh ids and times, chat text of classroom length. */
function drafts(): EventDraft[] {
  const out: EventDraft[] = [];
  for (let round = 0; out.length < EVENTS; round++) {
    for (const d of bombingDrafts(`Học sinh ${round % 40}`, `tin nhắn số ${round}: ${'bài tập về nhà '.repeat(4)}`)) {
      if (out.length === EVENTS) break;
      const ms = Date.parse('2026-11-28T14:00:00+07:00') + out.length * 500;
      out.push({ ...d, id: `${round}-${d.id}`, time: new Date(ms).toISOString().replace('Z', '+00:00') });
    }
  }
  return out;
}

/** A headline figure for the table of `npm run bench` (the shape bench/run.ts collects). */
interface Headline {
  name: string;
  value: number;
  unit: string;
  target: string | null;
  baseline: null;
}
const headlines: Headline[] = [];

/** Time, heap held once done (the output included), and the process's peak resident memory so far. */
async function measure(label: string, run: () => unknown): Promise<void> {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const out = await run();
  const ms = performance.now() - started;
  const held = (process.memoryUsage().heapUsed - before) / 1e6;
  const peakRss = process.resourceUsage().maxRSS / 1e3;
  const size = typeof out === 'string' ? ` · output ${(out.length / 1e6).toFixed(1)} M chars` : '';
  const over = ms < 1000 ? '' : '  (over the 1 s target)';
  headlines.push({
    name: `report: ${label}, ${EVENTS} events`,
    value: Math.round(ms),
    unit: 'ms',
    target: '≤ 1000',
    baseline: null,
  });
  console.log(
    `${label.padEnd(22)} ${ms.toFixed(0).padStart(5)} ms · heap +${held.toFixed(0)} MB · peak RSS ${peakRss.toFixed(0)} MB${size}${over}`,
  );
}

export default async function bench(): Promise<Headline[]> {
  console.log(
    `${EVENTS} events, ${cpus()[0]?.model ?? '?'}${globalThis.gc ? '' : ' (run node with --expose-gc for steadier heap figures)'}`,
  );
  const events = await chain('bench', drafts());
  const session = sessionOf('bench', events);
  const exportedAt = '2026-11-28T20:00:00.000+07:00';
  let json = '';
  for (const lang of ['vi', 'en'] as const) {
    const t = translator(lang);
    await measure(`sentences (${lang})`, () => events.map((e) => `${localTime(e.time, lang, ZONE)} ${sentence(e, t)}`));
    if (lang === 'vi')
      // The meeting view's model: people, presence, shares, incidents with their chat (the page renders from it).
      await measure('report view model', () => analyze(events));
    await measure(`HTML export (${lang})`, () =>
      buildHtmlReport({ session, events, lang, t, timeZone: ZONE, exportedAt, context: {} }),
    );
  }
  await measure('JSON export', () => (json = jsonReportText(session, events, exportedAt)));
  await measure('CSV export', () => toCsv(events));
  await measure('verify JSON export', async () => {
    const r = await verifyReport(json);
    if (!r.ok) throw new Error(r.reason);
  });
  return headlines;
}
