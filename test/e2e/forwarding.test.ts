/**
 * Forwarding in the built extension (docs/forwarding.md): an alert in a class is posted to a school's
 * or parent's endpoint (here on loopback), which first refuses and later accepts; the delivery is
 * retried across the worker's sleep and arrives exactly once, signed, with only a summary unless
 * the words are allowed.
 */
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/browser';
import { MeetingLog, countDeep, findingsOf, runner } from './class-helpers';
import { launchExtension, until, type ExtensionBrowser } from './extension';
import { startEndpoint, type LoopbackEndpoint } from './loopback-endpoint';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';

const SECRET = 'bí mật của trường';
const GROOMER = 'Anh Tuấn';
const WORDS = 'đừng nói với ai nhé';

let ext: ExtensionBrowser;
let endpoint: LoopbackEndpoint;
beforeAll(async () => {
  endpoint = await startEndpoint();
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  await endpoint?.close();
});
afterEach(() => ext.closeMeetings());

const posts = () => endpoint.received.filter((r) => r.method === 'POST');

describe('forwarding to a webhook', () => {
  it('an alert is refused (503), retried after the worker slept, delivered once, signed, summary only', async () => {
    await ext.setSettings({
      forwarding: { enabled: true, kind: 'webhook', url: endpoint.url('/hook'), secret: SECRET, includeWords: false },
    });
    const code = 'cgf-fwdw-ebh';
    const url = `https://meet.google.com/${code}`;
    const page = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.vi.html') });
    await page.addScriptTag({ content: fixture('meet/scenario.js') });
    const run = runner(page, 'meetScenario');
    const log = await MeetingLog.open(ext, code);
    await run('openChat');
    // Two grooming cue families from one sender: an alert (chat-guard.test.ts).
    await run('post', GROOMER, 'gửi ảnh của em cho anh đi');
    await run('post', GROOMER, WORDS);
    const events = await log.waitFor(
      (ev) => findingsOf(ev).some((f) => f.finding.ruleId === 'chat.grooming.escalated'),
      'the grooming alert is logged',
    );
    const alerts = events.filter(
      (e) => e.type === 'finding' && (e.payload['finding'] as { tier: string }).tier === 'alert',
    );

    await until(async () => posts().length > 0, 'the first delivery attempt', 30_000);
    expect(posts()[0]!.status).toBe(503);
    // The popup says forwarding is held up, how many wait, and why (the browser is in English).
    const popup = await ext.extensionPage('src/ui/popup/index.html');
    const line = await until(
      () => popup.evaluate(() => document.querySelector('[data-testid="fwd-trouble"]')?.textContent ?? ''),
      'the forwarding line in the popup',
      20_000,
    );
    expect(line).toMatch(/^Forwarding is held up: (1 alert|\d+ alerts) waiting since \d\d:\d\d\./);
    expect(line).toContain('503');
    expect(line).toContain(en.popup_fwd_settings.message);
    // Closed, so that nothing but the alarm wakes the worker below.
    await popup.close();
    // The worker sleeps; the retry comes from an alarm, which wakes it.
    expect(await ext.stopWorker()).toBe(true);
    endpoint.refusing = false;
    await until(
      async () => alerts.every((a) => posts().some((p) => p.status === 200 && p.headers['idempotency-key'] === a.id)),
      'every alert delivered after the back-off',
      150_000,
    );
    // Nothing more comes: each alert's one accepted delivery, no second one.
    await new Promise((r) => setTimeout(r, 3_000));
    const accepted = posts().filter((p) => p.status === 200);
    expect(accepted.map((p) => p.headers['idempotency-key']).sort()).toEqual(alerts.map((a) => a.id).sort());

    for (const p of accepted) {
      const stamp = String(p.headers['x-classguard-timestamp']);
      const mac = createHmac('sha256', SECRET).update(`${stamp}.${p.body}`).digest('hex');
      expect(p.headers['x-classguard-signature']).toBe(`sha256=${mac}`);
      const body = JSON.parse(p.body) as Record<string, unknown>;
      expect(body).toMatchObject({ schema: 'class-guard.finding/1', platform: 'meet', audience: 'teacher' });
      // Summary only: neither the words nor the sender's name leave the machine.
      expect(p.body).not.toContain(WORDS);
      expect(p.body).not.toContain(GROOMER);
    }
    const escalated = accepted.map((p) => JSON.parse(p.body) as { finding: { ruleId: string; category: string } });
    expect(escalated.map((b) => b.finding.ruleId)).toContain('chat.grooming.escalated');

    // Delivered: the popup's line is gone.
    const after = await ext.extensionPage('src/ui/popup/index.html');
    await until(
      () => after.evaluate(() => document.querySelector('[data-fwd]')?.getAttribute('data-fwd') === 'ok'),
      'the popup reads forwarding as healthy',
      20_000,
    );
    expect(await after.$('[data-testid="fwd-trouble"]')).toBeNull();
    await after.close();

    // The settings page shows the last failure.
    const options = await ext.extensionPage('src/ui/options/index.html');
    await options.waitForSelector('[data-testid="fwd-last-failure"]', { timeout: 20_000 });
    expect(await options.$eval('[data-testid="fwd-last-failure"]', (el) => el.textContent)).toContain('503');
    await options.close();
  }, 240_000);
});

describe("the child's side: a participant, not the host", () => {
  it('a grooming message shows the child calm advice and reaches the parent once, after a refusal', async () => {
    // The parent chose Vietnamese on a laptop whose browser is in English: the summary follows the choice.
    await ext.setSettings({
      language: 'vi',
      forwarding: { enabled: true, kind: 'ntfy', url: endpoint.url('/con-toi'), includeWords: true },
    });
    endpoint.refusing = true;
    const before = posts().length;
    const code = 'cgf-chil-dsi';
    const url = `https://meet.google.com/${code}`;
    // The same class seen from a pupil's laptop: "(You)" has no host role.
    const html = fixture('meet/in-call-people.vi.html').replace(
      '<span class="NnTWjc">(Bạn)</span></div><div class="d93U2d">Người tổ chức cuộc họp</div>',
      '<span class="NnTWjc">(Bạn)</span></div>',
    );
    expect(html).not.toBe(fixture('meet/in-call-people.vi.html'));
    const page = await ext.openMeeting(url, { [url]: html });
    await page.addScriptTag({ content: fixture('meet/scenario.js') });
    const run = runner(page, 'meetScenario');
    const log = await MeetingLog.open(ext, code);
    await run('openChat');
    await run('post', GROOMER, 'gửi ảnh của em cho anh đi');

    // Advice on the child's screen, as text, with what to do.
    await until(async () => (await countDeep(page, '[data-kind="grooming"]')) > 0, 'the advice shows', 30_000);
    const advice = await page.evaluate(
      () => document.querySelector('class-guard-child-advice')?.shadowRoot?.textContent ?? '',
    );
    expect(advice).toMatch(/Đừng trả lời|Don't reply/);
    expect(advice).toMatch(/bố mẹ|parent/);

    const childEvents = await log.waitFor(
      (ev) => findingsOf(ev).some((f) => f.finding.ruleId === 'child.grooming'),
      'the child finding is logged',
    );
    const child = childEvents.find(
      (e) => e.type === 'finding' && (e.payload['finding'] as { ruleId: string }).ruleId === 'child.grooming',
    )!;
    const toParent = () =>
      posts()
        .slice(before)
        .filter((p) => (JSON.parse(p.body) as { title?: string }).title?.includes('Class Guard'))
        .filter((p) => p.body.includes('gửi ảnh của em'));
    await until(async () => toParent().some((p) => p.status === 503), 'the first try is refused', 30_000);
    endpoint.refusing = false;
    await until(async () => toParent().some((p) => p.status === 200), 'delivered after the back-off', 150_000);
    await new Promise((r) => setTimeout(r, 3_000));
    const delivered = toParent().filter((p) => p.status === 200);
    expect(delivered).toHaveLength(1);
    const body = JSON.parse(delivered[0]!.body) as { topic: string; title: string; message: string };
    expect(body.topic).toBe('con-toi');
    expect(body.message).toContain(GROOMER);
    expect(delivered[0]!.path).toBe('/');
    // Told as the child's, not a teacher's class.
    expect(body.title).toBe(vi.fwd_title_child.message);
    expect(child.payload['observationId']).toBeTruthy();
  }, 240_000);
});
