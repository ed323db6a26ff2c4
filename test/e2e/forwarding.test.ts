/**
 * Forwarding in the built extension (docs/forwarding.md): an alert in a class is posted to a school's
 * or parent's endpoint (here on loopback), which first refuses and later accepts; the delivery is
 * retried across the worker's sleep and arrives exactly once, signed, with only a summary unless
 * the words are allowed.
 */
import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/browser';
import { MeetingLog, findingsOf, runner } from './class-helpers';
import { launchExtension, until, type ExtensionBrowser } from './extension';
import { startEndpoint, type LoopbackEndpoint } from './loopback-endpoint';

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

    // The settings page shows the last failure.
    const options = await ext.extensionPage('src/ui/options/index.html');
    await options.waitForSelector('[data-testid="fwd-last-failure"]', { timeout: 20_000 });
    expect(await options.$eval('[data-testid="fwd-last-failure"]', (el) => el.textContent)).toContain('503');
    await options.close();
  }, 240_000);
});
