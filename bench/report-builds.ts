/**
 * What report.bench.ts measures, shared with its child processes (report-peak.ts): the meeting of
 * 10,000 events and each build of the report page and the exports.
 */
import { translator, type Lang } from '../src/ui/i18n';
import { buildHtmlReport } from '../src/ui/report/export-html';
import { jsonReportText, verifyReport } from '../src/ui/report/export-json';
import { toCsv } from '../src/ui/report/format';
import { bombingDrafts, sessionOf } from '../src/ui/report/sample-log';
import { sentence } from '../src/ui/report/sentences';
import { localTime } from '../src/ui/report/local-time';
import { analyze } from '../src/ui/report/analysis';
import type { EventDraft, SessionRecord, StoredEvent } from '../src/common/protocol';

export const EVENTS = 10_000;
const ZONE = 'Asia/Ho_Chi_Minh';
const EXPORTED_AT = '2026-11-28T20:00:00.000+07:00';

/** The sample class repeated with fresh ids and times, chat text of classroom length. */
export function drafts(): EventDraft[] {
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

export interface Log {
  events: StoredEvent[];
  session: SessionRecord;
  /** The JSON export, for the verification (made beforehand: verifying is what is measured). */
  json: string;
}

export function logOf(events: StoredEvent[], withJson: boolean): Log {
  const session = sessionOf('bench', events);
  return { events, session, json: withJson ? jsonReportText(session, events, EXPORTED_AT) : '' };
}

const sentences = (lang: Lang) => (log: Log) => {
  const t = translator(lang);
  return log.events.map((e) => `${localTime(e.time, lang, ZONE)} ${sentence(e, t)}`);
};
const html = (lang: Lang) => (log: Log) =>
  buildHtmlReport({ ...log, lang, t: translator(lang), timeZone: ZONE, exportedAt: EXPORTED_AT, context: {} });

/** In the order the bench runs them; the label is the figure's name. */
export const BUILDS: [label: string, build: (log: Log) => unknown][] = [
  ['sentences (vi)', sentences('vi')],
  // The meeting view's model: people, presence, shares, incidents with their chat (the page renders from it).
  ['report view model', (log) => analyze(log.events)],
  ['HTML export (vi)', html('vi')],
  ['sentences (en)', sentences('en')],
  ['HTML export (en)', html('en')],
  ['JSON export', (log) => jsonReportText(log.session, log.events, EXPORTED_AT)],
  ['CSV export', (log) => toCsv(log.events)],
  [
    'verify JSON export',
    async (log) => {
      const r = await verifyReport(log.json);
      if (!r.ok) throw new Error(r.reason);
    },
  ],
];
