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

/**
 * What the settings say of the meeting's class. The settings carry no school or routing yet: the
 * printed record then leaves those lines to fill in by hand.
 */
export function contextFor(session: SessionRecord, settings: Settings | undefined): ReportContext {
  const cls = settings ? matchClass(session.meeting, settings.classes) : null;
  return cls ? { className: cls.name, teachers: cls.teachers } : {};
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
