import { describe, expect, it } from 'vitest';
import { translator, type Lang } from '../i18n';
import { buildHtmlReport, type ReportContext } from './export-html';
import { buildJsonReport, jsonReportText, reportSchema, verifyReport } from './export-json';
import { toCsv } from './format';
import { bombingDrafts, chain, sessionOf } from './sample-log';

const ZONE = 'Asia/Ho_Chi_Minh';
const EXPORTED = '2026-11-28T15:00:00.000+07:00';
const CONTEXT: ReportContext = {
  school: 'THPT Chu Văn An',
  className: '10A1',
  teachers: ['Nguyễn Thị Lan'],
  routing: { leadership: 'Thầy Hiệu trưởng', educationOffice: 'Sở GD&ĐT Hà Nội', police: 'Công an phường' },
};

async function sample(intruder?: string, words?: string) {
  const events = await chain('s-1', bombingDrafts(intruder, words));
  return { events, session: sessionOf('s-1', events) };
}

async function html(lang: Lang, context = CONTEXT, intruder?: string, words?: string) {
  const { events, session } = await sample(intruder, words);
  return buildHtmlReport({ session, events, lang, t: translator(lang), timeZone: ZONE, exportedAt: EXPORTED, context });
}

/** Our own tags only, and no attribute that runs anything: what a browser would make of the file. */
const OUR_TAGS = new Set(
  'html head meta title style body h1 h2 p dl dt dd section table thead tbody tr th td span ul li strong br div'.split(
    ' ',
  ),
);
function expectInert(doc: string) {
  const tags = [...doc.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
  expect(tags.filter((t) => !OUR_TAGS.has(t))).toEqual([]);
  expect(doc).not.toMatch(/<[^>]*\son\w+\s*=/i);
  expect(doc).not.toMatch(/javascript:/i);
  expect(doc).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/);
}

describe('printable HTML report', () => {
  const FIELDS: Record<Lang, string[]> = {
    en: ['School', 'Class', 'Teacher', 'Meeting app', 'Meeting code', 'Meeting link', 'Start', 'End', 'Time zone'],
    vi: [
      'Trường',
      'Lớp',
      'Giáo viên',
      'Ứng dụng họp',
      'Mã cuộc họp',
      'Đường link cuộc họp',
      'Bắt đầu',
      'Kết thúc',
      'Múi giờ',
    ],
  };
  it.each(['en', 'vi'] as const)('carries every field of the record in %s', async (lang) => {
    const doc = await html(lang);
    const { events } = await sample();
    for (const label of FIELDS[lang]) expect(doc).toContain(`<dt>${label}</dt>`);
    for (const value of ['THPT Chu Văn An', '10A1', 'Nguyễn Thị Lan', 'Google Meet', 'abc-defg-hij'])
      expect(doc).toContain(value);
    expect(doc).toContain('https://meet.google.com/abc-defg-hij');
    expect(doc).toContain('Asia/Ho_Chi_Minh (UTC+07:00)');
    // Local wall-clock time of the first event (14:00:00 at +07:00), never UTC (07:00:00).
    expect(doc).toContain('14:00:00');
    expect(doc).not.toContain('07:00:00');
    // The people involved as displayed and by platform id, the measures, the routing, the chain head.
    expect(doc).toMatch(/“Khách Lạ 99”<\/td><td class="hash">spaces\/x\/devices\/666<\/td><td>2<\/td>/);
    expect(doc).toContain(lang === 'en' ? 'marked “mày” as not harmful' : 'đánh dấu “mày” là không có hại');
    for (const v of ['Thầy Hiệu trưởng', 'Sở GD&amp;ĐT Hà Nội', 'Công an phường']) expect(doc).toContain(v);
    expect(doc).toContain(`data-testid="chain-head">${events[events.length - 1]!.hash}</span>`);
    expect(doc).toContain('npm run verify-report');
    // Both incidents in their words, in the incident list.
    const incidents = doc.slice(doc.indexOf('<section id="incidents">'), doc.indexOf('<section id="people">'));
    expect(incidents.match(/class="incident"/g)).toHaveLength(2);
    expect(incidents).toContain('“đm mày”');
    expect(incidents).toContain(lang === 'en' ? 'profanity' : 'chửi tục');
    expectInert(doc);
  });

  it('leaves lines to fill in where the settings give no school, class or routing', async () => {
    const doc = await html('vi', {});
    const routing = doc.slice(doc.indexOf('<section id="routing">'), doc.indexOf('<section id="integrity">'));
    expect(routing.match(/<span class="blank"><\/span>/g)).toHaveLength(3);
    expect(doc).toMatch(/<dt>Trường<\/dt><dd><span class="blank"><\/span><\/dd>/);
    // The teacher falls back on who ran Class Guard in the meeting, the class on the meeting's title.
    expect(doc).toMatch(/<dt>Giáo viên<\/dt><dd>Nguyễn Thị Lan \(host\)<\/dd>/);
    // The class falls back on the meeting's title.
    expect(doc).toMatch(/<dt>Lớp<\/dt><dd>Lớp 10A1 - Toán<\/dd>/);
  });

  it('shows hostile names and messages as inert, marked, capped text', async () => {
    const huge = 'A'.repeat(100_000);
    for (const [name, words] of [
      ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'],
      ['Trần\u202Egnp.exe', '=HYPERLINK("http://evil","x")'],
      ['</td></tr></table><h1>fake', `"><svg onload=alert(1)>`],
      [huge, huge],
      ['\u200B\u2066\uFEFF', '@SUM(1+1)'],
    ] as const) {
      const doc = await html('en', { ...CONTEXT, school: name }, name, words);
      expectInert(doc);
      expect(doc.length).toBeLessThan(60_000);
      if (name === huge) expect(doc).toContain('… [+');
    }
    const doc = await html('en', CONTEXT, 'Trần\u202Egnp.exe', '<img src=x onerror=alert(1)>');
    expect(doc).toContain('“Trần⟦U+202E⟧gnp.exe”');
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('stores and exports no image: no picture of a shared screen, only who, when and how long', async () => {
    const doc = await html('en');
    expect(doc).not.toMatch(/<img|<canvas|<svg|data:image|url\(/i);
    expect(doc).toContain('“Khách Lạ 99” stopped sharing their screen after 1 min 30 s.');
  });
});

describe('CSV timeline', () => {
  it('defuses formulas and caps 100 KB text', async () => {
    const huge = '=' + 'B'.repeat(100_000);
    const { events } = await sample('=cmd|"/c calc"!A1', huge);
    const csv = toCsv(events);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.length).toBeLessThan(20_000);
    for (const cell of csv.slice(1).split(/","|\r\n"|^"/)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('JSON export', () => {
  it('validates against the documented schema and re-verifies after a round trip', async () => {
    const { events, session } = await sample('<b>x</b>', '\u202Ehello');
    const text = jsonReportText(session, events, EXPORTED);
    const parsed = reportSchema.parse(JSON.parse(text));
    expect(parsed).toMatchObject({ format: 'class-guard.report', version: 1, exportedAt: EXPORTED });
    expect(parsed.events).toEqual(events);
    expect(parsed.chain).toEqual({ algorithm: 'sha256', count: events.length, head: events[events.length - 1]!.hash });
    expect(await verifyReport(text)).toMatchObject({ ok: true, count: 11, head: parsed.chain.head });
  });

  it('names the first event that does not verify', async () => {
    const { events, session } = await sample();
    const report = buildJsonReport(session, events, EXPORTED);
    report.events[5]!.time = report.events[5]!.time.replace('14:03', '14:04');
    expect(await verifyReport(JSON.stringify(report))).toMatchObject({
      ok: false,
      event: { seq: 5, id: events[5]!.id },
    });
  });

  it('refuses a file that is not a report', async () => {
    expect(await verifyReport('{"events": []}')).toMatchObject({ ok: false, reason: /not a Class Guard report/ });
    expect(await verifyReport('<html>')).toMatchObject({ ok: false, reason: /not JSON/ });
  });
});

describe('sentences', () => {
  it('quote a flagged name once, and the words of a flagged message after the name', async () => {
    const { sentence } = await import('./sentences');
    const t = translator('en');
    const base = { id: 'f', sessionId: 's', seq: 0, time: '2026-11-28T14:00:00+07:00', prevHash: '', hash: '' };
    const finding = (subject: object, evidence: object) => ({
      ...base,
      type: 'finding' as const,
      payload: { finding: { ruleId: 'r', category: 'offensive-name', severity: 2, tier: 'alert', subject, evidence } },
    });
    expect(sentence(finding({ name: 'Đồ ngu' }, { text: 'Đồ ngu' }), t)).toBe(
      'Alert (medium): offensive name — “Đồ ngu”',
    );
    expect(sentence(finding({ name: 'An' }, { text: 'đm mày' }), t)).toBe(
      'Alert (medium): offensive name — “An” — “đm mày”',
    );
  });
});
