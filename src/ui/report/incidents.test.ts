import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../common/protocol';
import { translator } from '../i18n';
import { analyze } from './analysis';
import { buildHtmlReport } from './export-html';
import { buildJsonReport, reportSchema } from './export-json';
import { toCsv } from './format';
import { incidentNoteDraft } from './incident-notes';
import { groupIncidents } from './incidents';
import { peopleInvolved } from './people';
import { bombingDrafts, chain, sessionOf } from './sample-log';

const at = (m: number, s = 0) => `2026-11-28T14:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.000+07:00`;
const stranger = { participantId: 'spaces/x/devices/666', name: 'Khách Lạ' };
const MESSAGE = 'đm mày ngu vl';

/** One message that three rules matched, as the worker's chat guard stores it: each finding names the message's event. */
function oneMessageThreeFindings(withObservation = true): EventDraft[] {
  const finding = (n: number, ruleId: string, category: string, severity: number, text: string): EventDraft => ({
    id: `f${n}`,
    type: 'finding',
    time: at(3, 1),
    payload: {
      finding: {
        ruleId,
        category,
        severity,
        tier: 'alert',
        subject: { ...stranger, messageId: 'm1' },
        evidence: { text },
      },
      ...(withObservation ? { observationId: 'chat-1' } : {}),
    },
  });
  return [
    {
      id: 'j',
      type: 'participant.joined',
      time: at(1),
      payload: {
        participant: {
          id: stranger.participantId,
          idStable: true,
          name: stranger.name,
          role: 'participant',
          self: false,
        },
      },
    },
    {
      id: 'chat-1',
      type: 'chat.message',
      time: at(3),
      payload: {
        message: {
          id: 'm1',
          senderId: stranger.participantId,
          senderName: stranger.name,
          self: false,
          text: MESSAGE,
          time: null,
          privateTo: null,
        },
      },
    },
    finding(1, 'chat.profanity.lexicon', 'profanity', 2, 'đm'),
    finding(2, 'chat.insult.lexicon', 'insult', 3, 'ngu'),
    finding(3, 'chat.profanity.lexicon', 'profanity', 2, 'vl'),
  ];
}

const t = translator('en');

describe('findings read as incidents', () => {
  it('the findings of one message are one incident: every kind, the highest severity, the words once', async () => {
    const events = await chain('s', oneMessageThreeFindings());
    const groups = groupIncidents(events);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.id).toBe('f1');
    expect(groups[0]!.events.map((e) => e.id)).toEqual(['f1', 'f2', 'f3']);
    expect(groups[0]!.head.severity).toBe(3);

    const a = analyze(events);
    expect(a.incidents).toHaveLength(1);
    expect(a.incidents[0]!.message?.id).toBe('chat-1');
    expect(a.people.find((p) => p.id === stranger.participantId)?.findings).toEqual(['profanity', 'insult']);
    expect(peopleInvolved(events).map((p) => p.incidents)).toEqual([1]);

    const doc = buildHtmlReport({
      session: sessionOf('s', events),
      events,
      lang: 'en',
      t,
      timeZone: 'Asia/Ho_Chi_Minh',
      exportedAt: at(9),
      context: {},
    });
    const section = doc.slice(doc.indexOf('<section id="incidents">'), doc.indexOf('<section id="people">'));
    const rows = section.match(/<tr class="incident"[^>]*>.*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Alert (high): profanity, insult — “Khách Lạ” — “đm mày ngu vl”');
    expect(rows[0]!.match(/đm/g)).toHaveLength(1);
    // The people section counts the incident, not its three findings.
    expect(doc).toMatch(/spaces\/x\/devices\/666<\/td><td>1<\/td>/);
  });

  it('in Vietnamese the kinds are the teacher’s words', async () => {
    const events = await chain('s', oneMessageThreeFindings());
    const vi = translator('vi');
    const doc = buildHtmlReport({
      session: sessionOf('s', events),
      events,
      lang: 'vi',
      t: vi,
      timeZone: 'Asia/Ho_Chi_Minh',
      exportedAt: at(9),
      context: {},
    });
    expect(doc).toContain(`${vi('report_cat_profanity')}, ${vi('report_cat_insult')}`);
  });

  it('the machine-readable exports keep every finding and name its incident', async () => {
    const events = await chain('s', oneMessageThreeFindings());
    const file = buildJsonReport(sessionOf('s', events), events, at(9));
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
    expect(file.events.filter((e) => e.type === 'finding')).toHaveLength(3);
    expect(file.incidents).toEqual([
      { id: 'f1', time: at(3, 1), severity: 3, categories: ['profanity', 'insult'], findingIds: ['f1', 'f2', 'f3'] },
    ]);
    const rows = toCsv(events)
      .split('\r\n')
      .filter((r) => r.includes('"finding"'));
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.endsWith(',"f1"')).toBe(true);
    expect(toCsv(events)).toMatch(/"chat\.message".*,""\r\n/);
  });

  it('a log of an older version, findings naming no event, reads as before: one incident each', async () => {
    const events = await chain('s', oneMessageThreeFindings(false));
    expect(groupIncidents(events)).toHaveLength(3);
    expect(analyze(events).incidents.map((i) => i.id)).toEqual(['f1', 'f2', 'f3']);
    const sample = await chain('s', bombingDrafts());
    expect(analyze(sample).incidents).toHaveLength(2);
  });

  it('a raid stays its own incident even on the event of another finding', async () => {
    const raid: EventDraft = {
      id: 'r',
      type: 'finding',
      time: at(1),
      payload: {
        finding: {
          ruleId: 'participant.raid',
          category: 'raid',
          severity: 3,
          tier: 'alert',
          subject: { ...stranger },
          evidence: {},
        },
        observationId: 'j',
      },
    };
    const unknown: EventDraft = {
      ...raid,
      id: 'u',
      payload: {
        finding: {
          ruleId: 'participant.unknown.raid-member',
          category: 'unknown-participant',
          severity: 2,
          tier: 'alert',
          subject: { ...stranger },
          evidence: {},
        },
        observationId: 'j',
      },
    };
    expect(groupIncidents(await chain('s', [raid, unknown])).map((g) => g.id)).toEqual(['r', 'u']);
  });

  it('notes: an older version’s note on any finding shows under the incident, once, the latest winning', async () => {
    const drafts = [
      ...oneMessageThreeFindings(),
      incidentNoteDraft('f2', 'ghi trên phát hiện thứ hai', at(5)),
      incidentNoteDraft('f1', 'ghi trên sự cố', at(6)),
      {
        id: 'pn',
        type: 'teacher.action',
        time: at(4),
        payload: { action: 'note', findingIds: ['f1', 'f2', 'f3'], note: 'trong giờ' },
      },
    ] as EventDraft[];
    const events = await chain('s', drafts);
    const a = analyze(events);
    expect([...a.incidentNotes.keys()]).toEqual(['f1']);
    expect(a.incidentNotes.get('f1')).toMatchObject({ note: 'ghi trên sự cố', edits: 2 });
    const doc = buildHtmlReport({
      session: sessionOf('s', events),
      events,
      lang: 'vi',
      t: translator('vi'),
      timeZone: 'Asia/Ho_Chi_Minh',
      exportedAt: at(9),
      context: {},
    });
    expect(doc.match(/class="incident-note"/g)).toHaveLength(1);
    expect(doc).toContain('ghi trên sự cố');

    // Only the older note, on a later finding: it still shows, under the incident.
    const older = await chain('s', [...oneMessageThreeFindings(), incidentNoteDraft('f3', 'ghi cũ', at(5))]);
    expect(analyze(older).incidentNotes.get('f1')).toMatchObject({ note: 'ghi cũ', edits: 1 });
    const file = buildJsonReport(sessionOf('s', older), older, at(9));
    expect(file.notes).toEqual([expect.objectContaining({ findingId: 'f3', incidentId: 'f1', note: 'ghi cũ' })]);
  });
});
