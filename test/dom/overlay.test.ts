/**
 * The in-page overlay in real Chromium, on a stand-in meeting page: a top bar, a stage and a
 * scrolling People panel on the right, each with buttons the teacher must still be able to click.
 * The overlay's shadow root is closed; the test page records it when it is attached, which is the
 * only way in (the page's own scripts cannot reach it, as the first test checks).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useBundledPage } from '../support/bundled-page';
import type { Coverage } from '../../src/common/model';
import { KEEP_SHADOW_ROOTS } from '../support/shadow-roots';

type OverlayModule = typeof import('../../src/content/overlay/index');

interface TestWindow {
  CGOverlay: OverlayModule;
  overlay: ReturnType<OverlayModule['createOverlay']>;
  roots: ShadowRoot[];
  clicks: string[];
  pwned?: boolean;
}

const PAGE = `<!doctype html><html><head><style>
  body { margin: 0; font: 14px sans-serif; }
  #topbar { position: fixed; top: 0; left: 0; right: 0; height: 80px; display: flex; }
  #topbar button { flex: 1; }
  #stage { position: fixed; top: 80px; left: 0; right: 360px; bottom: 0; }
  #stage button { width: 100%; height: 100%; }
  #panel { position: fixed; top: 80px; right: 0; width: 360px; height: 200px; overflow-y: auto; }
  .row { height: 40px; display: flex; align-items: center; justify-content: space-between; padding: 0 8px; }
  #narrow { position: fixed; left: 0; top: 400px; width: 240px; }
  #narrow .row button { width: 120px; height: 36px; }
</style></head><body>
  <div id="topbar"><button id="mic">Mic</button></div>
  <div id="stage"><button id="tile">Stage</button></div>
  <div id="panel" role="list">
    ${Array.from({ length: 20 }, (_, i) => `<div class="row" id="row${i}" role="listitem"><span>Học sinh ${i}</span><button id="more${i}">⋮</button></div>`).join('')}
  </div>
  <div id="narrow"><div class="row" id="edge"><span>Lan</span><button id="admit">Admit</button></div></div>
  <script>
    window.clicks = [];
    document.addEventListener('click', (e) => { if (e.target.id) window.clicks.push(e.target.id); });${KEEP_SHADOW_ROOTS}
  </script>
</body></html>`;

const FULL: Coverage = {
  roster: 'full',
  rosterReason: null,
  chat: 'visible',
  chatReason: null,
  presenter: 'readable',
  presenterReason: null,
};
const ROSTER_CLOSED: Coverage = { ...FULL, roster: 'hidden', rosterReason: 'panel-closed' };

const ctx = useBundledPage(PAGE, 'src/content/overlay/index.ts', 'CGOverlay');
let page: Page;
beforeEach(async () => {
  page = ctx.page;
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.overlay = w.CGOverlay.createOverlay(document);
  });
});

const frames = (): Promise<void> =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

/** Badges show once the pass after the next frame has placed them. */
const badgesPlaced = (count: number): Promise<unknown> =>
  page.waitForFunction(
    (n) =>
      [...(window as unknown as TestWindow).roots[0]!.querySelectorAll('.badge')].filter((b) => b.checkVisibility())
        .length === n,
    { timeout: 5_000 },
    count,
  );

/** Text, visibility and centre of the first element matching `sel` inside the overlay. */
function inOverlay(sel: string): Promise<{ text: string; shown: boolean; x: number; y: number } | null> {
  return page.evaluate((s) => {
    const el = (window as unknown as TestWindow).roots[0]!.querySelector(s) as HTMLElement | null;
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      text: el.textContent ?? '',
      shown: el.checkVisibility(),
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  }, sel);
}

/** What a click at (x, y) lands on, as the page sees it (the overlay's host when it is ours). */
const hitAt = (x: number, y: number): Promise<string> =>
  page.evaluate(
    (px, py) => {
      const el = document.elementFromPoint(px, py);
      return el?.id || el?.tagName.toLowerCase() || 'nothing';
    },
    x,
    y,
  );

describe('overlay host', () => {
  it("is one element whose shadow root the page's scripts cannot open", async () => {
    const seen = await page.evaluate(() => {
      const hosts = document.querySelectorAll('class-guard-overlay');
      return {
        count: hosts.length,
        open: hosts[0]?.shadowRoot !== null,
        recorded: (window as unknown as TestWindow).roots.length,
      };
    });
    expect(seen).toEqual({ count: 1, open: false, recorded: 1 });
  });

  it('destroy() removes it from the page', async () => {
    await page.evaluate(() => (window as unknown as TestWindow).overlay.destroy());
    expect(await page.$('class-guard-overlay')).toBeNull();
  });
});

describe('coverage hint: what it says', () => {
  it('tells the teacher, in Vietnamese, which panel to open; hides once the roster is visible', async () => {
    expect((await inOverlay('.hint'))?.shown).toBe(false);
    await page.evaluate(
      (c) => (window as unknown as TestWindow).overlay.showCoverageHint(c, 'meet', 'vi'),
      ROSTER_CLOSED,
    );
    const hint = await inOverlay('.hint');
    expect(hint?.shown).toBe(true);
    expect(hint?.text).toContain('Mở bảng “Mọi người” để Class Guard thấy ai đang trong lớp.');
    await page.evaluate((c) => (window as unknown as TestWindow).overlay.showCoverageHint(c, 'meet', 'vi'), FULL);
    expect((await inOverlay('.hint'))?.shown).toBe(false);
  });

  it('speaks English when asked, with the platform’s panel names', async () => {
    const c: Coverage = { ...ROSTER_CLOSED, chat: 'hidden', chatReason: 'panel-closed' };
    await page.evaluate((cv) => (window as unknown as TestWindow).overlay.showCoverageHint(cv, 'zoom', 'en'), c);
    const text = (await inOverlay('.hint'))?.text ?? '';
    expect(text).toContain('Open the “Participants” panel so Class Guard can see who is in the class.');
    expect(text).toContain('Open the “Chat” panel so Class Guard can read the chat.');
    expect(text).not.toMatch(/Mở bảng/);
  });

  it('is an accessible polite status with a labelled close button, in the chosen language', async () => {
    await page.evaluate(
      (c) => (window as unknown as TestWindow).overlay.showCoverageHint(c, 'teams', 'vi'),
      ROSTER_CLOSED,
    );
    const tree = await page.accessibility.snapshot({ interestingOnly: false });
    const flat: { role: string; name?: string }[] = [];
    const walk = (n: { role: string; name?: string; children?: unknown[] } | null): void => {
      if (!n) return;
      flat.push({ role: n.role, name: n.name });
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(tree as never);
    expect(flat).toContainEqual(expect.objectContaining({ role: 'status' }));
    expect(flat).toContainEqual({ role: 'button', name: 'Đóng' });
    const live = await page.evaluate(() => {
      const s = (window as unknown as TestWindow).roots[0]!.querySelector('[role="status"]')!;
      return { live: s.getAttribute('aria-live'), lang: s.querySelector('.hint')!.getAttribute('lang') };
    });
    expect(live).toEqual({ live: 'polite', lang: 'vi' });
  });
});

describe('coverage hint: where it sits, and closing it', () => {
  it("keeps clear of each client's toolbar: top on Meet and Zoom, bottom on Teams", async () => {
    const placeOn = async (platform: 'meet' | 'zoom' | 'teams'): Promise<'top' | 'bottom'> => {
      await page.evaluate(
        (c, p) => (window as unknown as TestWindow).overlay.showCoverageHint(c, p, 'en'),
        ROSTER_CLOSED,
        platform,
      );
      const hint = (await inOverlay('.hint'))!;
      return hint.y < 900 / 2 ? 'top' : 'bottom';
    };
    expect([await placeOn('meet'), await placeOn('zoom'), await placeOn('teams')]).toEqual(['top', 'top', 'bottom']);
    expect((await inOverlay('.hint'))?.text).toContain('“People”');
    await placeOn('zoom');
    expect((await inOverlay('.hint'))?.text).toContain('“Participants”');
  });

  it("never blocks the client's button underneath; the close button is the only thing it takes clicks on", async () => {
    await page.evaluate(
      (c) => (window as unknown as TestWindow).overlay.showCoverageHint(c, 'meet', 'en'),
      ROSTER_CLOSED,
    );
    const text = (await inOverlay('.hint .lines'))!;
    expect(await hitAt(text.x, text.y)).toBe('mic');
    await page.mouse.click(text.x, text.y);
    expect(await page.evaluate(() => (window as unknown as TestWindow).clicks)).toEqual(['mic']);

    const close = (await inOverlay('.hint button'))!;
    expect(await hitAt(close.x, close.y)).toBe('class-guard-overlay');
    await page.mouse.click(close.x, close.y);
    expect((await inOverlay('.hint'))?.shown).toBe(false);
    expect(await page.evaluate(() => (window as unknown as TestWindow).clicks)).toEqual(['mic']);
  });

  it('stays dismissed for the same advice, comes back for new advice, and after coverage recovers', async () => {
    const show = (c: Coverage): Promise<void> =>
      page.evaluate((cv) => (window as unknown as TestWindow).overlay.showCoverageHint(cv, 'teams', 'en'), c);
    await show(ROSTER_CLOSED);
    // Keyboard: the close button is a real button.
    await page.evaluate(() =>
      ((window as unknown as TestWindow).roots[0]!.querySelector('.hint button') as HTMLElement).focus(),
    );
    await page.keyboard.press('Enter');
    expect((await inOverlay('.hint'))?.shown).toBe(false);
    await show(ROSTER_CLOSED);
    expect((await inOverlay('.hint'))?.shown).toBe(false);
    await show({ ...FULL, chat: 'hidden', chatReason: 'other-panel-open' });
    expect((await inOverlay('.hint'))?.text).toContain('Only one side panel can be open at a time.');
    await show(FULL);
    await show(ROSTER_CLOSED);
    expect((await inOverlay('.hint'))?.shown).toBe(true);
  });
});

describe('badges: beside their rows', () => {
  it('labels a row beside it, in the chosen language, without taking clicks', async () => {
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.overlay.setBadge(document.getElementById('row1')!, 'unknown', 'vi');
    });
    await badgesPlaced(1);
    const badge = (await inOverlay('.badge'))!;
    expect(badge).toMatchObject({ text: 'Không có trong danh sách', shown: true });
    const row = await page.$eval('#row1', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    // Left of the row, at its height.
    expect(badge.x).toBeLessThan(row.left);
    expect(Math.abs(badge.y - (row.top + row.height / 2))).toBeLessThanOrEqual(1);
    expect(await hitAt(badge.x, badge.y)).toBe('tile');
    await page.mouse.click(badge.x, badge.y);
    expect(await page.evaluate(() => (window as unknown as TestWindow).clicks)).toEqual(['tile']);
  });

  it("sits inside the row's end when there is no room to its left, and the row's button still works", async () => {
    await page.evaluate(() =>
      (window as unknown as TestWindow).overlay.setBadge(document.getElementById('edge')!, 'similar', 'en'),
    );
    await badgesPlaced(1);
    const badge = (await inOverlay('.badge'))!;
    expect(badge).toMatchObject({ text: 'Similar name', shown: true });
    expect(await hitAt(badge.x, badge.y)).toBe('admit');
    await page.mouse.click(badge.x, badge.y);
    expect(await page.evaluate(() => (window as unknown as TestWindow).clicks)).toEqual(['admit']);
  });

  it('keeps a hostile name as text: no markup, invisible characters shown, length capped', async () => {
    const hostile = '<b>A</b><img src=x onerror="window.pwned=true">\u202Egnp\u200B' + 'x'.repeat(100_000);
    await page.evaluate((name) => {
      (window as unknown as TestWindow).overlay.setBadge(document.getElementById('row2')!, 'impostor', 'en', name);
    }, hostile);
    await badgesPlaced(1);
    const badge = (await inOverlay('.badge'))!;
    expect(
      badge.text.startsWith('Possible impostor: <b>A</b><img src=x onerror="window.pwned=true">⟦U+202E⟧gnp⟦U+200B⟧x'),
    ).toBe(true);
    expect(badge.text.length).toBeLessThan(200);
    const markup = await page.evaluate(() => {
      const root = (window as unknown as TestWindow).roots[0]!;
      return {
        img: root.querySelectorAll('img').length,
        b: root.querySelectorAll('b').length,
        pwned: (window as unknown as TestWindow).pwned ?? false,
      };
    });
    expect(markup).toEqual({ img: 0, b: 0, pwned: false });
  });
});

describe('badges: a list that scrolls', () => {
  it('follows its row when the list scrolls, hides when the row scrolls out, and goes when the row goes', async () => {
    await page.evaluate(() =>
      (window as unknown as TestWindow).overlay.setBadge(document.getElementById('row3')!, 'roster', 'en'),
    );
    await badgesPlaced(1);
    const before = (await inOverlay('.badge'))!;
    await page.evaluate(() => (document.getElementById('panel')!.scrollTop = 40));
    await page.waitForFunction(
      (y) => {
        const r = (window as unknown as TestWindow).roots[0]!.querySelector('.badge')!.getBoundingClientRect();
        return Math.abs(r.top + r.height / 2 - y) > 1;
      },
      { timeout: 5_000 },
      before.y,
    );
    const after = (await inOverlay('.badge'))!;
    expect(after.shown).toBe(true);
    expect(Math.round(before.y - after.y)).toBe(40);

    await page.evaluate(() => (document.getElementById('panel')!.scrollTop = 400));
    await page.waitForFunction(
      () => !(window as unknown as TestWindow).roots[0]!.querySelector('.badge')!.checkVisibility(),
      { timeout: 5_000 },
    );

    await page.evaluate(() => {
      document.getElementById('panel')!.scrollTop = 0;
      document.getElementById('row3')!.remove();
      (window as unknown as TestWindow).overlay.refreshBadges(true); // the next flush sees the list change
    });
    await frames();
    expect(await inOverlay('.badge')).toBeNull();
  });
});

describe('badges: rows that move, a list that shrinks', () => {
  it('follows rows that move without a scroll: a row added above them, or between them', async () => {
    await page.evaluate(() => {
      const o = (window as unknown as TestWindow).overlay;
      for (const id of ['row0', 'row1', 'row2']) o.setBadge(document.getElementById(id)!, 'roster', 'en');
    });
    await badgesPlaced(3);
    const ys = (): Promise<number[]> =>
      page.evaluate(() =>
        [...(window as unknown as TestWindow).roots[0]!.querySelectorAll('.badge')].map((b) =>
          Math.round(b.getBoundingClientRect().top + b.getBoundingClientRect().height / 2),
        ),
      );
    const rowYs = (): Promise<number[]> =>
      page.evaluate(() =>
        ['row0', 'row1', 'row2'].map((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top + 20)),
      );
    const insert = (before: string): Promise<void> =>
      page.evaluate((b) => {
        const row = document.createElement('div');
        row.className = 'row';
        row.textContent = 'Người mới';
        document.getElementById(b)!.before(row);
        (window as unknown as TestWindow).overlay.refreshBadges(true); // as the next flush does, the list having changed
      }, before);
    const start = await ys();
    expect(start).toEqual(await rowYs());
    // A changed list is followed at the next frame, not at the 2-second check for an unchanged one.
    await insert('row0'); // above all of them: every badge moves down a row
    await frames();
    const next = await ys();
    expect(next).toEqual(await rowYs());
    expect(next.map((y, i) => y - start[i]!)).toEqual([40, 40, 40]);
    await insert('row1'); // between the first and the second: the second and third move, the first stays
    await frames();
    const last = await ys();
    expect(last).toEqual(await rowYs());
    expect(last.map((y, i) => y - next[i]!)).toEqual([0, 40, 40]);
  });

  it('hides when its list shrinks over the row without scrolling, and comes back when the list grows', async () => {
    await page.evaluate(() =>
      (window as unknown as TestWindow).overlay.setBadge(document.getElementById('row3')!, 'unknown', 'en'),
    );
    await badgesPlaced(1);
    // Flushes, as the watcher runs them on a quiet page (at least every 2 s): no list changes, so
    // the check comes at the first flush 2 s after the last.
    await page.evaluate(() => {
      const w = window as unknown as TestWindow & { flushing: number };
      w.flushing = window.setInterval(() => w.overlay.refreshBadges(), 500);
    });
    const resize = (height: string): Promise<void> =>
      page.evaluate((h) => {
        document.getElementById('panel')!.style.height = h;
      }, height);
    try {
      await resize('100px');
      await badgesPlaced(0);
      await resize('200px');
      await badgesPlaced(1);
    } finally {
      await page.evaluate(() => clearInterval((window as unknown as { flushing: number }).flushing));
    }
  });
});

describe('badges: changing and clearing', () => {
  it('updates a badge in place, and clears one or all', async () => {
    await page.evaluate(() => {
      const o = (window as unknown as TestWindow).overlay;
      o.setBadge(document.getElementById('row0')!, 'unknown', 'en');
      o.setBadge(document.getElementById('row0')!, 'teacher', 'vi');
      o.setBadge(document.getElementById('row1')!, 'roster', 'en');
    });
    await badgesPlaced(2);
    const texts = (): Promise<string[]> =>
      page.evaluate(() =>
        [...(window as unknown as TestWindow).roots[0]!.querySelectorAll('.badge')].map((b) => b.textContent ?? ''),
      );
    expect(await texts()).toEqual(['Giáo viên', 'On roster']);
    await page.evaluate(() => (window as unknown as TestWindow).overlay.clearBadge(document.getElementById('row0')!));
    expect(await texts()).toEqual(['On roster']);
    await page.evaluate(() => (window as unknown as TestWindow).overlay.clearBadges());
    expect(await texts()).toEqual([]);
  });
});
