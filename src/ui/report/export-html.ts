/**
 * The printable report: one self-contained HTML file laid out as the incident record a school files,
 * readable without scripts (its policy forbids them) and printed to PDF through the print CSS.
 * Everything participant-written is marked (visibleText), capped and escaped: text, never markup.
 */
import type { Lang } from '../i18n';
import type { SessionRecord, StoredEvent } from '../../common/protocol';
import { visibleText } from '../../common/visible-text';
import { localTime, zoneLabel } from './local-time';
import { peopleInvolved } from './people';
import { NAME_SHOWN, sentence, type Translate } from './sentences';
import { incidentNotes, incidentNotesOf, NOTE_MAX, type IncidentNote } from './incident-notes';
import { groupIncidents, incidentSentence, messageTexts } from './incidents';

/** What the log cannot know about the class: from the class settings and the school's, blank where absent. */
export interface ReportContext {
  school?: string;
  className?: string;
  teachers?: readonly string[];
  routing?: { leadership?: string; educationOffice?: string; police?: string };
}

export interface HtmlReportInput {
  session: SessionRecord;
  events: readonly StoredEvent[];
  lang: Lang;
  t: Translate;
  timeZone: string;
  exportedAt: string;
  context: ReportContext;
}

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES.get(c)!);
/** Participant- or settings-written text, ready for the page: marked, capped, escaped. */
const text = (s: string | null | undefined, max = NAME_SHOWN): string => escapeHtml(visibleText(s ?? '', max));
const BLANK = '<span class="blank"></span>';

const STYLE = `
body{font:11pt/1.45 "Times New Roman",Times,serif;color:#000;background:#fff;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:15pt;text-align:center;text-transform:uppercase;margin:0 0 .25rem}
h2{font-size:12pt;margin:1.25rem 0 .4rem;border-bottom:1px solid #000}
.intro{text-align:center;font-style:italic;margin:0 0 1rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #555;padding:.2rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}
dl.fields{display:grid;grid-template-columns:12rem 1fr;gap:.15rem .75rem;margin:0}
dl.fields dt{font-weight:bold}
dl.fields dd{margin:0;overflow-wrap:anywhere}
td,li{overflow-wrap:anywhere;white-space:pre-wrap}
tr.incident td{background:#fde8e8;font-weight:bold}
tr.incident-note td{font-style:italic}
.time{white-space:nowrap}
.hash{font-family:monospace;font-size:9.5pt;overflow-wrap:anywhere}
.blank{display:inline-block;min-width:18rem;border-bottom:1px dotted #000;height:1.1em}
.routing li{margin:.5rem 0}
.signature{display:grid;grid-template-columns:1fr 1fr;gap:2rem;margin-top:2rem;min-height:6rem}
.note{font-size:9.5pt;color:#333}
@page{size:A4;margin:18mm 15mm}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,li{break-inside:avoid}tr.incident td{background:#fde8e8;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

const CLIENTS = new Map([
  ['meet', 'Google Meet'],
  ['zoom', 'Zoom'],
  ['teams', 'Microsoft Teams'],
]);

const row = (label: string, value: string): string => `<dt>${escapeHtml(label)}</dt><dd>${value || BLANK}</dd>`;

/** Without a class set up, the teacher is whoever ran Class Guard in the meeting, as the client named them. */
function selfNames(events: readonly StoredEvent[]): string[] {
  const names = new Set<string>();
  for (const e of events) {
    const p = e.payload['participant'] as { self?: unknown; name?: unknown } | undefined;
    if (e.type === 'participant.joined' && p?.self === true && typeof p.name === 'string') names.add(p.name);
  }
  return [...names];
}

function fieldsSection(r: HtmlReportInput): string {
  const { session, t, lang, timeZone, context, events } = r;
  const m = session.meeting;
  const last = events[events.length - 1]?.time ?? session.lastEventAt;
  const end = session.endedAt
    ? escapeHtml(localTime(session.endedAt, lang, timeZone))
    : escapeHtml(t('report_doc_end_open', localTime(last, lang, timeZone)));
  return `<dl class="fields">
${row(t('report_doc_school'), text(context.school))}
${row(t('report_doc_class'), text(context.className ?? m.title))}
${row(t('report_doc_teacher'), text((context.teachers?.length ? context.teachers : selfNames(events)).join(', ')))}
${row(t('report_doc_client'), escapeHtml(CLIENTS.get(m.platform) ?? m.platform))}
${row(t('report_doc_code'), text(m.code))}
${row(t('report_doc_link'), `<span class="hash">${text(m.url, 2048)}</span>`)}
${row(t('report_doc_start'), escapeHtml(localTime(session.startedAt, lang, timeZone)))}
${row(t('report_doc_end'), end)}
${row(t('report_doc_zone'), escapeHtml(zoneLabel(session.startedAt, timeZone)))}
${row(t('report_doc_exported'), escapeHtml(localTime(r.exportedAt, lang, timeZone)))}
</dl>`;
}

/** The teacher's latest note on an incident, under its row. */
function noteRow(id: string, notes: ReadonlyMap<string, IncidentNote>, r: HtmlReportInput): string {
  const n = notes.get(id);
  if (!n?.note) return '';
  const when = localTime(n.time, r.lang, r.timeZone);
  return `\n<tr class="incident-note" data-note-for="${escapeHtml(id)}"><td></td><td><strong>${escapeHtml(r.t('store_note_label_export', when, String(n.edits)))}</strong> ${text(n.note, NOTE_MAX)}</td></tr>`;
}

/** One row per incident (its findings read as one), each with the teacher's latest note under it. */
function incidentTable(r: HtmlReportInput): string {
  const groups = groupIncidents(r.events);
  if (groups.length === 0) return `<p>${escapeHtml(r.t('report_doc_no_incidents'))}</p>`;
  const notes = incidentNotesOf(incidentNotes(r.events), groups);
  const texts = messageTexts(r.events);
  const rows = groups.map(
    (g) =>
      `<tr class="incident" data-incident="${escapeHtml(g.id)}" data-seq="${g.event.seq}"><td class="time">${escapeHtml(localTime(g.event.time, r.lang, r.timeZone))}</td><td>${escapeHtml(incidentSentence(g, texts, r.t))}</td></tr>${noteRow(g.id, notes, r)}`,
  );
  return `${timeTable(rows, r)}
<p class="note">${escapeHtml(r.t('report_group_doc_note'))}</p>`;
}

function eventRows(events: readonly StoredEvent[], r: HtmlReportInput): string {
  return events
    .map(
      (e) =>
        `<tr${e.type === 'finding' ? ' class="incident"' : ''} data-seq="${e.seq}"><td class="time">${escapeHtml(localTime(e.time, r.lang, r.timeZone))}</td><td>${escapeHtml(sentence(e, r.t))}</td></tr>`,
    )
    .join('\n');
}

function eventTable(events: readonly StoredEvent[], r: HtmlReportInput, empty: string): string {
  if (events.length === 0) return `<p>${escapeHtml(empty)}</p>`;
  return timeTable([eventRows(events, r)], r);
}

/** A table of time and details rows, as the incidents and the account of events print them. */
function timeTable(rows: readonly string[], r: HtmlReportInput): string {
  return `<table><thead><tr><th>${escapeHtml(r.t('report_time'))}</th><th>${escapeHtml(r.t('report_details'))}</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function peopleSection(r: HtmlReportInput): string {
  const people = peopleInvolved(r.events);
  if (people.length === 0) return `<p>${escapeHtml(r.t('report_doc_people_none'))}</p>`;
  const rows = people.map(
    (p) =>
      `<tr><td>${p.names.map((n) => `“${text(n)}”`).join('<br>')}</td><td class="hash">${text(p.id ?? '—')}</td><td>${p.incidents}</td></tr>`,
  );
  return `<table><thead><tr><th>${escapeHtml(r.t('report_doc_shown_as'))}</th><th>${escapeHtml(r.t('report_doc_platform_id'))}</th><th>${escapeHtml(r.t('report_doc_involved_in'))}</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function routingSection(r: HtmlReportInput): string {
  const routing = r.context.routing ?? {};
  const line = (label: string, value: string | undefined) =>
    `<li><strong>${escapeHtml(label)}:</strong> ${value ? text(value, 500) : BLANK}</li>`;
  return `<ul class="routing">
${line(r.t('report_doc_leadership'), routing.leadership)}
${line(r.t('report_doc_office'), routing.educationOffice)}
${line(r.t('report_doc_police'), routing.police)}
</ul>`;
}

function integritySection(r: HtmlReportInput): string {
  const head = r.events[r.events.length - 1]?.hash ?? '0'.repeat(64);
  return `<p>${escapeHtml(r.t('report_doc_chain', '\u0000', String(r.events.length))).replace('\u0000', `<span class="hash" data-testid="chain-head">${escapeHtml(head)}</span>`)}</p>
<p class="note">${escapeHtml(r.t('report_doc_verify_how'))}</p>
<p class="note">${escapeHtml(r.t('report_doc_text_note'))}</p>
<p class="note">${escapeHtml(r.t('report_doc_no_images'))}</p>`;
}

export function buildHtmlReport(r: HtmlReportInput): string {
  const { t } = r;
  const measures = r.events.filter((e) => e.type === 'teacher.action');
  const h2 = (key: string) => `<h2>${escapeHtml(t(key))}</h2>`;
  return `<!doctype html>
<html lang="${r.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('report_doc_title'))} — ${text(r.session.meeting.code ?? r.session.meeting.title ?? '', 100)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(t('report_doc_title'))}</h1>
<p class="intro">${escapeHtml(t('report_doc_intro'))}</p>
${fieldsSection(r)}
${h2('report_doc_incidents')}
<section id="incidents">${incidentTable(r)}</section>
${h2('report_doc_people')}
<section id="people">${peopleSection(r)}</section>
${h2('report_doc_measures')}
<section id="measures">${eventTable(measures, r, t('report_doc_measures_none'))}</section>
${h2('report_doc_account')}
<section id="account">${eventTable(r.events, r, '')}</section>
${h2('report_doc_routing')}
<section id="routing">${routingSection(r)}</section>
${h2('report_doc_integrity')}
<section id="integrity">${integritySection(r)}</section>
<div class="signature"><div>${escapeHtml(t('report_doc_date_place'))}<br>${BLANK}</div><div>${escapeHtml(t('report_doc_signature'))}<br>${BLANK}</div></div>
</body>
</html>
`;
}
