/**
 * Meet's toast reader in real Chromium (docs/adapters/meet.md#toasts): after its first read it walks
 * only what the page added or changed, so a toast is read at the next snapshot for the cost of the
 * toast, not of the page; a page that changes more than it follows is walked whole every few reads.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useBundledPage } from '../support/bundled-page';
import type { MeetToastView } from '../../src/platforms/meet/chat-toast';

interface TestWindow {
  CGToasts: typeof import('../../src/platforms/meet/chat-toast');
  toasts: InstanceType<typeof import('../../src/platforms/meet/chat-toast').MeetToasts>;
}

/** A call's page: 2,000 text nodes on the stage, the chat panel (an aside) and the toasts' region. */
const HTML = `<!doctype html><html lang="en"><body>
<main id="stage">${Array.from({ length: 1000 }, (_, i) => `<div class="tile"><span>Học sinh ${i}</span><span>mic off</span></div>`).join('')}</main>
<aside id="chat"><div>Trần An says in chat: this is the chat panel, read by its own reader</div></aside>
<div id="toasts" aria-live="polite"></div>
</body></html>`;

const ctx = useBundledPage(HTML, 'src/platforms/meet/chat-toast.ts', 'CGToasts');
let page: Page;
beforeEach(async () => {
  page = ctx.page;
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.toasts = new w.CGToasts.MeetToasts(document);
  });
});

interface Read {
  view: { previews: { id: string; senderName: string; text: string }[]; joined: { name: string }[] };
  visited: number;
}
/** One read, as the adapter does at a snapshot: what it saw and how many text nodes it looked at. */
const read = (): Promise<Read> =>
  page.evaluate(() => {
    const t = (window as unknown as TestWindow).toasts;
    const before = t.visited;
    const v: MeetToastView = t.read();
    return {
      view: {
        previews: v.previews.map(({ id, senderName, text }) => ({ id, senderName, text })),
        joined: v.joined.map(({ name }) => ({ name })),
      },
      visited: t.visited - before,
    };
  });

/** Meet's chat toast: avatar, the text, a Close button (docs/adapters/meet.md#toasts). */
const raise = (text: string): Promise<void> =>
  page.evaluate((t) => {
    const toast = document.createElement('div');
    toast.className = 'toast';
    toast.innerHTML = '<img alt=""><span></span><button aria-label="Close">close</button>';
    toast.querySelector('span')!.textContent = t;
    document.getElementById('toasts')!.replaceChildren(toast);
  }, text);

const previewTexts = (r: Read) => r.view.previews.map((p) => [p.senderName, p.text]);

describe('Meet toasts: read from what changed', () => {
  it('the first read walks the page and finds the toast already shown, not the chat panel', async () => {
    await raise('Khách 9 says in chat: địt mẹ lớp này');
    const r = await read();
    expect(previewTexts(r)).toEqual([['Khách 9', 'địt mẹ lớp này']]);
    expect(r.visited).toBeGreaterThan(2_000);
  });

  it('a toast raised later is read at the next read, looking at its own text only', async () => {
    await read();
    const quiet = await read();
    expect(quiet.view.previews).toEqual([]);
    expect(quiet.visited).toBe(0);
    await raise('Khách 9 says in chat: địt mẹ lớp này');
    const r = await read();
    expect(previewTexts(r)).toEqual([['Khách 9', 'địt mẹ lớp này']]);
    expect(r.visited).toBeLessThan(10);
    // Still shown: still reported, under the same id, for nothing walked.
    const again = await read();
    expect(again.view.previews).toEqual(r.view.previews);
    expect(again.visited).toBe(0);
  });

  it('a "joined" toast names the newcomer; a toast gone is no longer reported', async () => {
    await read();
    await raise('Lê Hoàng Bảo joined');
    expect((await read()).view.joined).toEqual([{ name: 'Lê Hoàng Bảo' }]);
    await page.evaluate(() => document.getElementById('toasts')!.replaceChildren());
    expect((await read()).view).toEqual({ previews: [], joined: [] });
  });

  it('a toast whose text is replaced in place is the next message, under a new id', async () => {
    await read();
    await raise('Khách 9 says in chat: xin chào');
    const first = await read();
    await page.evaluate(() => {
      (document.querySelector('#toasts span')!.firstChild as Text).data = 'Khách 9 says in chat: link lạ đây';
    });
    const second = await read();
    expect(previewTexts(second)).toEqual([['Khách 9', 'link lạ đây']]);
    expect(second.view.previews[0]!.id).not.toBe(first.view.previews[0]!.id);
  });

  it('a message added to the chat panel is not taken for a toast', async () => {
    await read();
    await page.evaluate(() => {
      const m = document.createElement('div');
      m.textContent = 'Trần An says in chat: inside the panel';
      document.getElementById('chat')!.append(m);
    });
    expect((await read()).view.previews).toEqual([]);
  });

  it('a page that changes more than it follows is walked whole within a few reads, and the toast read', async () => {
    const { TOAST_READ_EVERY, TOAST_CHANGES_MAX } = await page.evaluate(() => {
      const m = (window as unknown as TestWindow).CGToasts;
      return { TOAST_READ_EVERY: m.TOAST_READ_EVERY, TOAST_CHANGES_MAX: m.TOAST_CHANGES_MAX };
    });
    await read();
    await page.evaluate((n) => {
      const stage = document.getElementById('stage')!;
      for (let i = 0; i < n; i++) stage.append(document.createElement('i'));
    }, TOAST_CHANGES_MAX + 1);
    // The observer has let go by now: this toast is seen by no record.
    await raise('Khách 9 says in chat: địt mẹ lớp này');
    let r: Read | null = null;
    for (let i = 0; i < TOAST_READ_EVERY && !r?.view.previews.length; i++) r = await read();
    expect(previewTexts(r!)).toEqual([['Khách 9', 'địt mẹ lớp này']]);
  });

  it('a page that replaces its body is walked whole again, and the toast in it read', async () => {
    await read();
    await page.evaluate(() => {
      const body = document.createElement('body');
      body.innerHTML = '<main><span>Học sinh 1</span></main><div><span>Khách 9 says in chat: xin chào</span></div>';
      document.body.replaceWith(body);
    });
    expect(previewTexts(await read())).toEqual([['Khách 9', 'xin chào']]);
  });

  it('paused (list and chat read), it follows nothing; read again, it walks the page whole', async () => {
    await read();
    await page.evaluate(() => (window as unknown as TestWindow).toasts.pause());
    await raise('Lê Hoàng Bảo joined');
    const r = await read();
    expect(r.view.joined).toEqual([{ name: 'Lê Hoàng Bảo' }]);
    expect(r.visited).toBeGreaterThan(2_000);
  });
});
