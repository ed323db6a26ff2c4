/**
 * A private message to a pupil from someone outside the class (docs/parent-mode.md#private-messages),
 * on the pupil's own Zoom screen: harmless words still bring calm advice, once per sender, and one
 * summary to the parent's endpoint (here a JSON webhook on loopback); the teacher and a classmate on
 * the class list raise nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { fixture } from '../support/browser';
import { MeetingLog, findingsOf, runner } from './class-helpers';
import { launchExtension, until, type ExtensionBrowser } from './extension';
import { startEndpoint, type LoopbackEndpoint } from './loopback-endpoint';
import type { StoredEvent } from '../../src/common/protocol';
import { msg } from '../support/messages';

const PUPIL = 'Trần Minh Anh';
const TEACHER = 'Nguyễn Thị Lan';
const CLASSMATE = 'Lê Hoàng Bảo';
const STRANGER = 'Tuan Anh';
const HARMLESS = 'hi, can you hear me?';

let ext: ExtensionBrowser;
let endpoint: LoopbackEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint();
  endpoint.refusing = false;
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  await endpoint?.close();
});
afterEach(() => ext.closeMeetings());

/** Zoom's words on a pupil's screen, per UI language: the own row's badge, the footer's button, "to me". */
const UI = {
  en: { hostMe: '(Host, me)', me: '(me)', end: 'End', leave: 'Leave', toMe: 'Me', code: '81000000722' },
  vi: { hostMe: '(Chủ trì, tôi)', me: '(tôi)', end: 'Kết thúc', leave: 'Rời', toMe: 'Tôi', code: '81000000723' },
} as const;
type Lang = keyof typeof UI;

/** The class as Zoom shows it on the pupil's laptop: the own row "(me)", the footer's "Leave". */
function pupilView(lang: Lang): string {
  const t = UI[lang];
  const html = fixture(`zoom/class.${lang}.html`)
    .replaceAll(TEACHER, PUPIL)
    .replaceAll(t.hostMe, t.me)
    .replace(`aria-label="${t.end}">${t.end}<`, `aria-label="${t.leave}">${t.leave}<`);
  expect(html).not.toContain(t.hostMe);
  expect(html).toContain(`>${t.leave}<`);
  return html;
}

/** Every advice card the page is shown, by kind, counted as it is added (a new card replaces the last). */
async function countAdvice(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __advice: { kind: string; text: string; lang: string }[] };
    w.__advice = [];
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && n.localName === 'class-guard-child-advice')
            w.__advice.push({
              kind: n.shadowRoot?.querySelector('[data-kind]')?.getAttribute('data-kind') ?? '?',
              text: n.shadowRoot?.querySelector('.card')?.textContent ?? '',
              lang: n.shadowRoot?.querySelector('.card')?.getAttribute('lang') ?? '',
            });
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}
const adviceShown = (page: Page) =>
  page.evaluate(() => (window as unknown as { __advice: { kind: string; text: string; lang: string }[] }).__advice);
const privateAdvice = async (page: Page) => (await adviceShown(page)).filter((a) => a.kind === 'private');

const privateFindings = (events: StoredEvent[]) =>
  findingsOf(events).filter((f) => f.finding.ruleId === 'child.private');
const toParent = () =>
  endpoint.received
    .filter((r) => r.method === 'POST' && r.status === 200)
    .map((r) => ({
      key: r.headers['idempotency-key'],
      body: r.body,
      json: JSON.parse(r.body) as { finding?: { ruleId?: string } } & Record<string, unknown>,
    }))
    .filter((p) => p.json.finding?.ruleId === 'child.private');

/** Waits until the message with this text is in the log: the page judged it in the same step. */
const logged = (log: MeetingLog, text: string) =>
  log.waitFor(
    (ev) => ev.some((e) => e.type === 'chat.message' && (e.payload['message'] as { text: string }).text === text),
    `“${text}” is logged`,
  );

describe.each(['en', 'vi'] as const)("a private message to the pupil, on the pupil's Zoom (%s)", (lang) => {
  it('a stranger: advice once, one summary to the parent; the teacher and a classmate: nothing', async () => {
    const { code: CODE, toMe } = UI[lang];
    const URL = `https://app.zoom.us/wc/${CODE}/join`;
    const before = toParent().length;
    await ext.setSettings({
      forwarding: { enabled: true, kind: 'webhook', url: endpoint.url('/parent'), includeWords: false },
      classes: [
        {
          id: '7a',
          name: 'Lớp 7A',
          meetings: [CODE],
          teachers: [TEACHER],
          roster: [{ name: PUPIL }, { name: CLASSMATE }],
        },
      ],
    });
    const page = await ext.openMeeting(URL, { [URL]: pupilView(lang) });
    await page.addScriptTag({ content: fixture('zoom/scenario.js') });
    await countAdvice(page);
    const run = runner(page, 'zoomScenario');
    const log = await MeetingLog.open(ext, CODE);
    await run('join', TEACHER, 16790000, 'host');
    await run('join', CLASSMATE, 16791024);
    await log.waitFor(
      (ev) => ev.filter((e) => e.type === 'participant.joined').length >= 3,
      'the pupil, the teacher and the classmate are seen',
    );

    // The teacher (host) and a classmate on the class list write to the pupil privately: nothing.
    await run('post', TEACHER, 'Em nhớ nộp bài trước 9 giờ nhé', { to: toMe });
    await run('post', CLASSMATE, 'bạn ơi trang mấy thế', { to: toMe });
    let events = await logged(log, 'bạn ơi trang mấy thế');
    const sent = events
      .filter((e) => e.type === 'chat.message')
      .map((e) => e.payload['message'] as { privateTo: string });
    expect(sent.map((m) => m.privateTo)).toEqual([toMe, toMe]);
    expect(privateFindings(events)).toEqual([]);

    // A stranger joins and writes harmless words privately.
    await run('join', STRANGER, 16792048);
    await run('post', STRANGER, HARMLESS, { to: toMe });
    const [shown] = await until(
      async () => ((await privateAdvice(page)).length > 0 ? privateAdvice(page) : null),
      'the advice shows',
      30_000,
    );
    // In the language of the pupil's page, as the rest of the guard on it.
    const card = shown!.text;
    expect(shown!.lang).toBe(lang);
    for (const key of ['child_title', 'child_private', 'child_step_reply', 'child_step_tell'])
      expect(card).toContain(msg(lang, key));
    events = await log.waitFor((ev) => privateFindings(ev).length > 0, 'the child finding is logged');
    const [finding] = privateFindings(events);
    expect(finding!.finding).toMatchObject({
      category: 'unknown-participant',
      tier: 'review',
      subject: { name: STRANGER },
    });
    expect(finding!.observation.type).toBe('chat.message');
    await until(async () => toParent().length > before, 'the parent is told', 60_000);

    // The same stranger again, then the classmate again: no second advice, no second forward.
    await page.evaluate(() => document.querySelector('class-guard-child-advice')?.remove());
    await run('post', STRANGER, 'are you there?', { to: toMe });
    await run('post', CLASSMATE, 'cảm ơn bạn', { to: toMe });
    await logged(log, 'cảm ơn bạn');
    await new Promise((r) => setTimeout(r, 3_000));
    expect(privateFindings(await log.events())).toHaveLength(1);
    expect(await privateAdvice(page)).toHaveLength(1);

    // One summary, for the child's side, keyed by the logged finding; neither the words nor the name.
    const delivered = toParent().slice(before);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.key).toBe(finding!.event.id);
    expect(delivered[0]!.json).toMatchObject({ audience: 'child', platform: 'zoom' });
    expect(delivered[0]!.body).not.toContain(HARMLESS);
    expect(delivered[0]!.body).not.toContain(STRANGER);
    await log.expectIntact();
  }, 180_000);
});
