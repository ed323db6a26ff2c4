import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../common/protocol';
import { translator } from '../i18n';
import { analyze } from './analysis';
import { buildHtmlReport } from './export-html';
import { buildJsonReport, reportSchema } from './export-json';
import { toCsv } from './format';
import { incidentNoteDraft, incidentNotes, panelNotes } from './incident-notes';
import { bombingDrafts, chain, sessionOf } from './sample-log';
import { sentence } from './sentences';

const at = (m: number) => `2026-11-28T14:${String(m).padStart(2, '0')}:00.000+07:00`;
const action = (payload: Record<string, unknown>, m: number): EventDraft => ({
  id: crypto.randomUUID(),
  type: 'teacher.action',
  time: at(m),
  payload,
});

async function withNotes() {
  const base = await chain('s-n', bombingDrafts('Khách <b>Lạ</b>'));
  const findings = base.filter((e) => e.type === 'finding').map((e) => e.id);
  expect(findings.length).toBeGreaterThanOrEqual(2);
  const [first, second] = findings as [string, string];
  const drafts: EventDraft[] = [
    ...base.map(({ id, type, time, payload }) => ({ id, type, time, payload })),
    action({ action: 'note', findingId: first, findingIds: [first], note: 'ghi trong giờ' }, 40),
    incidentNoteDraft(first, 'Đã báo phụ huynh', at(50)),
    action({ action: 'report-note', note: 'ghi chú cả buổi' }, 51),
    incidentNoteDraft(first, '  Đã báo phụ huynh và <script>alert(1)</script>  ', at(52)),
    incidentNoteDraft(second, '=HYPERLINK("x")', at(53)),
    incidentNoteDraft(second, '', at(54)),
  ];
  const events = await chain('s-n', drafts);
  return { events, first, second };
}

describe('notes on each incident', () => {
  it('the latest save is the note, each save counted; the meeting note and class notes kept apart', async () => {
    const { events, first, second } = await withNotes();
    const notes = incidentNotes(events);
    expect(notes.get(first)).toEqual({ note: 'Đã báo phụ huynh và <script>alert(1)</script>', time: at(52), edits: 2 });
    expect(notes.get(second)).toMatchObject({ note: '', edits: 2 });
    const a = analyze(events);
    expect(a.note).toBe('ghi chú cả buổi');
    expect(a.incidentNotes.get(first)?.edits).toBe(2);
    expect(panelNotes(events).get(first)).toEqual(['ghi trong giờ']);
  });

  it('each edit reads as a sentence in the log', async () => {
    const { events } = await withNotes();
    const t = translator('en');
    const lines = events.filter((e) => e.payload['findingId'] && e.payload['action'] === 'report-note');
    expect(lines.map((e) => sentence(e, t))).toEqual([
      'The teacher wrote a note on an incident: “Đã báo phụ huynh”',
      'The teacher wrote a note on an incident: “Đã báo phụ huynh và <script>alert(1)</script>”',
      'The teacher wrote a note on an incident: “=HYPERLINK("x")”',
      'The teacher cleared the note on an incident',
    ]);
  });

  it('the HTML export prints the latest note under its incident, as text', async () => {
    const { events, first, second } = await withNotes();
    const doc = buildHtmlReport({
      session: sessionOf('s-n', events),
      events,
      lang: 'vi',
      t: translator('vi'),
      timeZone: 'Asia/Ho_Chi_Minh',
      exportedAt: at(59),
      context: {},
    });
    const row = doc.match(new RegExp(`<tr class="incident-note" data-note-for="${first}">.*</tr>`))?.[0] ?? '';
    expect(row).toContain('Ghi chú của giáo viên (14:52:00 28/11/2026, đã lưu 2 lần):');
    expect(row).toContain('Đã báo phụ huynh và &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).not.toContain('<script>');
    // A cleared note prints nothing.
    expect(doc).not.toContain(`data-note-for="${second}"`);
  });

  it('the JSON export lists the notes and still reads back; the CSV has each edit with its finding', async () => {
    const { events, first } = await withNotes();
    const file = buildJsonReport(sessionOf('s-n', events), events, at(59));
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    expect(file.notes?.find((n) => n.findingId === first)).toMatchObject({
      note: expect.stringContaining('và'),
      edits: 2,
    });
    const csv = toCsv(events);
    expect(csv).toContain(`report-note (finding ${first}): Đã báo phụ huynh và <script>alert(1)</script>`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
