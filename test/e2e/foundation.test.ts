/**
 * Issue 2 in real Chromium with the built extension: the manifest's match patterns as shipped, the
 * outbox surviving a killed service worker, one session across a tab reload and an extension
 * reload, and hostile messages refused with a logged reason while the chain stays valid.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useExtension, until } from './extension';
import { fixture } from '../support/browser';
import { verifyChain } from '../../src/common/event-chain';
import type { StoredEvent } from '../../src/common/protocol';
import type { Finding, Participant } from '../../src/common/model';

const MEET = 'https://meet.google.com/abc-defg-hij';
const meetRoutes = () => ({ 'https://meet.google.com/': fixture('meet/in-call-people.en.html') });
const texts = (events: StoredEvent[]) =>
  events.filter((e) => e.type === 'chat.message').map((e) => (e.payload['message'] as { text: string }).text);

const ext = useExtension({ keepMeetings: true });

async function sessionOf(code: string) {
  return until(async () => (await ext.sessions()).find((s) => s.meeting.code === code), `a session for ${code}`);
}

async function withScenario(page: Page): Promise<void> {
  await page.addScriptTag({ content: fixture('meet/scenario.js') });
  await page.evaluate(() => (window as unknown as { meetScenario: { openChat(): void } }).meetScenario.openChat());
}

describe('match patterns', () => {
  const page = (html: string) => `<!doctype html><html><body><h1>${html}</h1></body></html>`;
  it.each([
    'https://meet.google.com/abc-defg-hij',
    'https://app.zoom.us/wc/81234567890/join',
    'https://us05web.zoom.us/wc/join/81234567890',
    'https://teams.microsoft.com/v2/',
    'https://teams.live.com/meet/9312345678901',
    'https://teams.cloud.microsoft/',
  ])('the content script runs on %s', async (url) => {
    const origin = new URL(url).origin + '/';
    const p = await ext.openMeeting(url, { [origin]: page('client') });
    await until(async () => ext.contentFrames(p).length > 0, `content script on ${url}`, 10_000);
    await p.close();
  });

  it.each([
    ['meet', 'https://meet.google.com/abc-defg-hij'],
    ['zoom', 'https://app.zoom.us/wc/81234567890/join'],
    ['teams', 'https://teams.microsoft.com/v2/'],
  ])("a %s tab holds that client's adapter and not the other two", async (platform, url) => {
    const origin = new URL(url).origin + '/';
    const p = await ext.openMeeting(url, { [origin]: page('client') });
    await until(
      () => ext.inContentScript<boolean>(p, 'Boolean(globalThis.__classGuardContent)'),
      'the content script to start',
      10_000,
    );
    // Every script the page's renderer holds, the extension's own among them (content scripts' worlds included).
    const cdp = await p.createCDPSession();
    const scripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (e) => {
      if (e.url.startsWith('chrome-extension://')) scripts.push(e.scriptId);
    });
    await cdp.send('Debugger.enable');
    const sources = await Promise.all(
      scripts.map(async (scriptId) => (await cdp.send('Debugger.getScriptSource', { scriptId })).scriptSource),
    );
    await cdp.detach();
    const holds = (name: string) => sources.some((source) => source.includes(name));
    const adapters = { meet: 'MeetAdapter', zoom: 'createZoomAdapter', teams: 'TeamsAdapter' };
    expect(Object.keys(adapters).filter((k) => holds(adapters[k as keyof typeof adapters]))).toEqual([platform]);
    // One byte a character: the shipped scripts are all ASCII (vite.config.ts).
    expect(sources.filter((source) => /[^\x00-\x7f]/.test(source)).length).toBe(0);
    await p.close();
  });

  it.each([
    'https://meet.google.com.evil.test/abc-defg-hij',
    'https://evil-meet.google.com.example/abc-defg-hij',
    'https://zoom.us.evil.test/wc/81234567890/join',
    'https://app.zoom.us/profile',
    'https://teams.microsoft.com.evil.test/v2/',
    'https://teams.live.com.example/meet/9312345678901',
    'http://meet.google.com/abc-defg-hij',
    'https://example.com/meet.google.com/abc-defg-hij',
  ])('nothing runs on the look-alike %s', async (url) => {
    const origin = new URL(url).origin + '/';
    const p = await ext.openMeeting(url, { [origin]: page('look-alike') });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(ext.contentFrames(p)).toEqual([]);
    await p.close();
  });
});

describe('no event lost, none duplicated', () => {
  it('stores 500 chat messages exactly once, in order, while the worker is stopped 5 times', async () => {
    const page = await ext.openMeeting(MEET, meetRoutes());
    await withScenario(page);
    const session = await sessionOf('abc-defg-hij');
    let stops = 0;
    for (let i = 0; i < 500; i++) {
      await page.evaluate(
        (i) =>
          (window as unknown as { meetScenario: { post(s: string, t: string): void } }).meetScenario.post(
            'Trần Minh Anh',
            `tin nhắn ${i}`,
          ),
        i,
      );
      if (i % 100 === 50) {
        if (await ext.stopWorker()) stops++;
      }
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 20)); // let frames pass, as a real chat would
    }
    expect(stops).toBe(5);
    const events = await until(
      async () => {
        const ev = await ext.events(session.id);
        return texts(ev).filter((t) => t.startsWith('tin nhắn')).length >= 500 ? ev : null;
      },
      '500 stored messages',
      60_000,
    );
    const got = texts(events).filter((t) => t.startsWith('tin nhắn'));
    expect(got).toEqual(Array.from({ length: 500 }, (_, i) => `tin nhắn ${i}`));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const check = await verifyChain(events);
    expect(check.valid).toBe(true);
    // The session's head names the last event it counts. Read after the events, it may count a few
    // more (a late tick), never fewer: compare with the event at its position.
    const [record] = (await ext.sessions()).filter((s) => s.id === session.id);
    const latest = await ext.events(session.id);
    expect(record!.eventCount).toBeGreaterThanOrEqual(events.length);
    expect(latest[record!.eventCount - 1]!.hash).toBe(record!.headHash);
    expect(check.valid && check.head).toBe(events.at(-1)!.hash);
    await page.close();
  });

  it('keeps one session across a tab reload, without a second join or message', async () => {
    const page = await ext.openMeeting('https://meet.google.com/rel-oadt-abx', {
      'https://meet.google.com/': fixture('meet/in-call-chat.en.html'),
    });
    const session = await sessionOf('rel-oadt-abx');
    const before = await until(async () => {
      const ev = await ext.events(session.id);
      return ev.some((e) => e.type === 'chat.message') ? ev : null;
    }, 'the first snapshot');
    await page.reload({ waitUntil: 'load' });
    const after = await until(async () => {
      const ev = await ext.events(session.id);
      return ev.filter((e) => e.type === 'content.attached').length === 2 ? ev : null;
    }, 'the reloaded page re-attaching');
    await new Promise((r) => setTimeout(r, 1_500));
    const final = await ext.events(session.id);
    expect((await ext.sessions()).filter((s) => s.key === 'meet:rel-oadt-abx')).toHaveLength(1);
    const count = (ev: StoredEvent[], type: string) => ev.filter((e) => e.type === type).length;
    expect(count(final, 'participant.joined')).toBe(count(before, 'participant.joined'));
    expect(count(final, 'chat.message')).toBe(count(before, 'chat.message'));
    expect(after.filter((e) => e.type === 'content.attached').map((e) => e.payload['reason'])).toEqual([
      'loaded',
      'loaded',
    ]);
    expect((await verifyChain(final)).valid).toBe(true);
    await page.close();
  });

  it('flags an offensive name once, and not again when the tab reloads with them still in the call', async () => {
    const code = 'off-ensi-vex';
    const NAME = 'Địt Mẹ Cả Lớp';
    const page = await ext.openMeeting(`https://meet.google.com/${code}`, {
      'https://meet.google.com/': fixture('meet/in-call-people.en.html'),
    });
    const join = async () => {
      await page.addScriptTag({ content: fixture('meet/scenario.js') });
      await page.evaluate(
        (n) =>
          (window as unknown as { meetScenario: { join(n: string, id: string): void } }).meetScenario.join(n, '777'),
        NAME,
      );
    };
    await join();
    const session = await sessionOf(code);
    const offensive = (ev: StoredEvent[]) =>
      ev.filter(
        (e) => e.type === 'finding' && (e.payload['finding'] as Finding).ruleId === 'participant.offensive-name',
      );
    const before = await until(async () => {
      const ev = await ext.events(session.id);
      return offensive(ev).length > 0 ? ev : null;
    }, 'the name flagged (by the worker’s verdict)');
    // Linked to the join that named them.
    const joinEvent = before.find(
      (e) => e.type === 'participant.joined' && (e.payload['participant'] as Participant).name === NAME,
    );
    expect(offensive(before)[0]!.payload['observationId']).toBe(joinEvent!.id);

    await page.reload({ waitUntil: 'load' });
    await join();
    await until(
      async () => (await ext.events(session.id)).filter((e) => e.type === 'content.attached').length === 2,
      'the reloaded page re-attaching',
    );
    await new Promise((r) => setTimeout(r, 2_500));
    const final = await ext.events(session.id);
    expect(offensive(final)).toHaveLength(1);
    expect(
      final.filter((e) => e.type === 'participant.joined' && (e.payload['participant'] as Participant).name === NAME),
    ).toHaveLength(1);
    await page.close();
  });

  it('keeps an event that was still waiting in the outbox when the tab reloaded', async () => {
    const page = await ext.openMeeting('https://meet.google.com/pag-ehid-eee', meetRoutes());
    const session = await sessionOf('pag-ehid-eee');
    await until(async () => (await ext.events(session.id)).some((e) => e.type === 'participant.joined'), 'the roster');
    await withScenario(page); // opens the chat, which takes the People panel's place
    await until(
      () => ext.inContentScript<boolean>(page, 'globalThis.__classGuardContent.stats().pending === 0'),
      'a drained outbox',
    );
    await page.evaluate(() =>
      (window as unknown as { meetScenario: { post(s: string, t: string): void } }).meetScenario.post(
        'Trần Minh Anh',
        'ngay trước khi tải lại',
      ),
    );
    // Observed and queued, not yet sent: the outbox gathers a batch for a moment before it writes and sends.
    await until(
      () => ext.inContentScript<boolean>(page, 'globalThis.__classGuardContent.stats().pending > 0'),
      'the message queued',
      5_000,
    );
    await page.reload({ waitUntil: 'load' });
    const events = await until(async () => {
      const ev = await ext.events(session.id);
      return texts(ev).includes('ngay trước khi tải lại') ? ev : null;
    }, 'the message stored after the reload');
    expect(texts(events).filter((t) => t === 'ngay trước khi tải lại')).toHaveLength(1);
    expect((await verifyChain(events)).valid).toBe(true);
    await page.close();
  });

  it('re-attaches to an open meeting after an extension reload, continuing the same session', async () => {
    const page = await ext.openMeeting('https://meet.google.com/upd-atex-ten', meetRoutes());
    const session = await sessionOf('upd-atex-ten');
    await until(async () => (await ext.events(session.id)).some((e) => e.type === 'participant.joined'), 'the roster');
    await ext.reloadExtension();
    await until(async () => ext.contentFrames(page).length > 0, 'the re-injected content script', 15_000);
    await withScenario(page);
    await page.evaluate(() =>
      (window as unknown as { meetScenario: { post(s: string, t: string): void } }).meetScenario.post(
        'Lê Hoàng Bảo',
        'sau khi cập nhật',
      ),
    );
    const events = await until(async () => {
      const ev = await ext.events(session.id);
      return texts(ev).includes('sau khi cập nhật') ? ev : null;
    }, 'a message after the update');
    expect((await ext.sessions()).filter((s) => s.key === 'meet:upd-atex-ten')).toHaveLength(1);
    const attached = events.filter((e) => e.type === 'content.attached');
    expect(attached.map((e) => e.payload['reason'])).toEqual(['loaded', 'reattached']);
    const joined = events
      .filter((e) => e.type === 'participant.joined')
      .map((e) => (e.payload['participant'] as { id: string }).id);
    expect(new Set(joined).size).toBe(joined.length);
    expect((await verifyChain(events)).valid).toBe(true);
    await page.close();
  });
});

describe('hostile messages', () => {
  it('refuses malformed messages and unstorable outbox chunks, logs why, keeps bad events of a chunk as quarantined records beside the good, chain valid', async () => {
    const page = await ext.openMeeting('https://meet.google.com/bad-mess-age', meetRoutes());
    const session = await sessionOf('bad-mess-age');
    await until(async () => (await ext.events(session.id)).some((e) => e.type === 'participant.joined'), 'the roster');
    await until(
      () => ext.inContentScript<boolean>(page, 'globalThis.__classGuardContent.stats().pending === 0'),
      'a written outbox',
    );
    await until(async () => (await ext.outboxChunks()).length === 0, 'the outbox read');
    const before = await ext.events(session.id);
    const rejectedBefore = (await ext.diagnostics()).filter((d) => d.kind === 'message.rejected').length;
    const send = (msg: string) =>
      ext.inContentScript<{ ok: boolean; error?: string }>(page, `chrome.runtime.sendMessage(${msg})`);
    const sid = JSON.stringify(session.id);
    const ev = (over: string) =>
      `{ id: crypto.randomUUID(), type: 'chat.message', time: '2026-11-28T16:00:00.000+07:00', payload: { message: { id: 'h1', senderName: 'Khách', text: 'vẫn được lưu' } }, ${over} }`;
    const replies = [
      await send(`{ type: 'log.wipe', payload: {} }`),
      await send(`{ type: 'events.append', payload: { sessionId: ${sid}, events: [${ev('')}] } }`),
      await send(`{ type: 'log.events', payload: { sessionId: ${sid} } }`),
      await send(
        `{ type: 'session.open', payload: { meeting: { platform: 'meet', code: 'x'.repeat(1100000), title: null, url: 'https://meet.google.com/x' } } }`,
      ),
      await send(
        `{ type: 'session.open', payload: { meeting: { platform: 'skype', code: null, title: null, url: 'https://meet.google.com/x' } } }`,
      ),
    ];
    expect(replies.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(replies[0]!.error).toMatch(/bad envelope/);
    expect(replies[1]!.error).toMatch(/not allowed from a content/);
    expect(replies[2]!.error).toMatch(/not allowed from a content/);
    expect(replies[3]!.error).toMatch(/limit/);
    expect(replies[4]!.error).toMatch(/bad session\.open/);

    // Outbox chunks written straight to storage, as a broken or hostile content script could.
    const chunk = (sessionId: string, events: string[]) =>
      `JSON.stringify({ sessionId: ${sessionId}, updatedAt: Date.now(), events: [${events.join(', ')}] })`;
    const write = (key: string, value: string) =>
      ext.inContentScript(page, `chrome.storage.local.set({ 'cg.outbox.hostile.${key}': ${value} })`);
    await write(
      '1',
      chunk(sid, [
        ev(''),
        ev(`payload: { text: 'x'.repeat(100000) }`),
        ev(`type: 'session.started'`),
        ev(`id: '<script>'`),
        ev(`time: '2026-11-28 16:00'`),
      ]),
    );
    await write('2', `'{not json'`);
    await write('3', chunk(`'not-a-session'`, [ev('')]));
    await write('4', chunk(`crypto.randomUUID()`, [ev('')]));
    // Chunks that cannot be stored anywhere (unreadable, no session) are refused and logged; the
    // events of a readable chunk that fail their check are kept as quarantined records, never dropped.
    const rejected = await until(async () => {
      const r = (await ext.diagnostics()).filter((d) => d.kind === 'message.rejected').slice(rejectedBefore);
      return r.length >= 8 ? r : null;
    }, 'eight logged rejections');
    const hostile = rejected.filter((d) => d.detail.includes('cg.outbox.hostile')).map((d) => d.detail);
    expect(hostile.find((d) => d.includes('hostile.2'))).toMatch(/unreadable/);
    expect(hostile.find((d) => d.includes('hostile.3'))).toMatch(/no valid session id/);
    expect(hostile.find((d) => d.includes('hostile.4'))).toMatch(/unknown session|no session/i);
    const quarantined = await until(
      async () =>
        (await ext.diagnostics()).find((d) => d.kind === 'event.quarantined' && d.detail.includes('hostile.1')),
      'the quarantine told',
    );
    expect(quarantined.detail).toMatch(/4 events quarantined/);
    expect(await ext.outboxChunks()).toEqual([]);
    const after = await ext.events(session.id);
    // The good event of the first chunk, then its four bad ones in their places, as raw text.
    const added = after.slice(before.length);
    expect(
      added.map((e) => [
        e.type,
        (e.payload['message'] as { text?: string } | undefined)?.text ?? e.payload['originalType'],
      ]),
    ).toEqual([
      ['chat.message', 'vẫn được lưu'],
      ['event.quarantined', 'chat.message'],
      ['event.quarantined', 'session.started'],
      ['event.quarantined', 'chat.message'],
      ['event.quarantined', 'chat.message'],
    ]);
    for (const e of added.slice(1)) {
      expect(e.payload['reason']).toMatch(/^refused: /);
      expect(String(e.payload['raw']).length).toBeLessThanOrEqual(8_000);
    }
    expect(added[1]!.payload['rawChars']).toBeGreaterThan(100_000);
    expect(String(added[3]!.payload['raw'])).toContain('<script>');
    expect((await verifyChain(after)).valid).toBe(true);
    await page.close();
  });
});
