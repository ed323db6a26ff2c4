/** The three exports of one meeting as files the browser saves. */
import type { Lang } from '../i18n';
import { matchClass } from '../../common/classes';
import type { SessionRecord, StoredEvent } from '../../common/protocol';
import type { Settings } from '../../common/settings';
import { isoWithOffset } from '../../common/time';
import { buildHtmlReport, type ReportContext } from './export-html';
import { jsonReportText } from './export-json';
import { toCsv } from './format';
import { localZone } from './local-time';
import type { Translate } from './sentences';

export type ExportKind = 'html' | 'json' | 'csv';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the settings say of the meeting's class and the school; blank lines are left to fill in by hand. */
export function contextFor(session: SessionRecord, settings: Settings | undefined): ReportContext {
  if (!settings) return {};
  const cls = matchClass(session.meeting, settings.classes);
  const { name, leadership, educationOffice, police } = settings.school;
  return {
    ...(cls ? { className: cls.name, teachers: cls.teachers } : {}),
    ...(name ? { school: name } : {}),
    routing: { leadership, educationOffice, police },
  };
}

export function exportMeeting(
  kind: ExportKind,
  session: SessionRecord,
  events: readonly StoredEvent[],
  opts: { lang: Lang; t: Translate; settings: Settings | undefined },
): void {
  const name = `class-guard-${session.id}.${kind}`;
  const exportedAt = isoWithOffset();
  if (kind === 'json') return download(name, 'application/json', jsonReportText(session, events, exportedAt));
  if (kind === 'csv') return download(name, 'text/csv;charset=utf-8', toCsv(events));
  const html = buildHtmlReport({
    session,
    events,
    lang: opts.lang,
    t: opts.t,
    timeZone: localZone(),
    exportedAt,
    context: contextFor(session, opts.settings),
  });
  download(name, 'text/html;charset=utf-8', html);
}
