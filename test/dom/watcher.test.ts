/**
 * The batched watcher in real Chromium: real MutationObserver delivery, real animation frames, and a
 * really hidden tab (another tab brought to the front), where animation frames stop.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useBundledPage } from '../support/bundled-page';
import type { WatcherOptions } from '../../src/content/watcher';

interface TestWindow {
  CGWatcher: typeof import('../../src/content/watcher');
  watcher: ReturnType<typeof import('../../src/content/watcher').createWatcher>;
  flushes: number;
}

const ctx = useBundledPage(
  '<!doctype html><div id="root"><p id="text">x</p></div>',
  'src/content/watcher.ts',
  'CGWatcher',
);
let page: Page;
beforeEach(() => {
  page = ctx.page;
});

/** Starts a watcher on the page; each flush counts itself and, with `busyMs`, keeps the main thread busy that long. */
async function startWatcher(opts: Omit<WatcherOptions, 'root' | 'onFlush'>, busyMs = 0): Promise<void> {
  await page.evaluate(
    (o, busy) => {
      const w = window as unknown as TestWindow;
      w.flushes = 0;
      const onFlush = (): void => {
        w.flushes++;
        for (const end = performance.now() + busy; performance.now() < end;);
      };
      w.watcher = w.CGWatcher.createWatcher({ root: document, onFlush, ...o });
      w.watcher.start();
    },
    opts,
    busyMs,
  );
}

const flushes = (): Promise<number> => page.evaluate(() => (window as unknown as TestWindow).flushes);
/** Two animation frames: any flush scheduled before this has run. */
const frames = (): Promise<void> =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

describe('watcher: one flush per frame', () => {
  it('10,000 mutations in one frame cause exactly one flush, after the frame, not during the mutations', async () => {
    await startWatcher({ tickMs: 600_000, attributeFilter: ['aria-label'] });
    const during = await page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      const root = document.getElementById('root')!;
      const text = document.getElementById('text')!.firstChild as Text;
      for (let i = 0; i < 2_500; i++) {
        const el = document.createElement('span');
        root.appendChild(el); // childList
        el.setAttribute('aria-label', `n${i}`); // attributes (in the filter)
        text.data = `t${i}`; // characterData
        el.remove(); // childList
      }
      await Promise.resolve(); // the observer's callback has run by now
      return w.flushes;
    });
    expect(during).toBe(0);
    await frames();
    expect(await flushes()).toBe(1);
    await frames();
    expect(await flushes()).toBe(1);
  });

  it('ignores attributes outside the filter (speaking indicators), reacts to those inside', async () => {
    await startWatcher({ tickMs: 600_000, fallbackMs: 50, attributeFilter: ['data-tid'] });
    await page.evaluate(() => {
      for (let i = 0; i < 100; i++) document.getElementById('text')!.className = `speaking-${i}`;
    });
    await frames();
    await new Promise((r) => setTimeout(r, 200));
    expect(await flushes()).toBe(0);
    await page.evaluate(() => document.getElementById('text')!.setAttribute('data-tid', 'participantsInCall-An'));
    await frames();
    expect(await flushes()).toBe(1);
  });
});

describe('watcher: flushes without frames or mutations, and on demand', () => {
  it('still flushes in a hidden tab, where animation frames do not run', async () => {
    await startWatcher({ tickMs: 600_000 });
    const front = await ctx.browser.newPage();
    try {
      await front.bringToFront();
      expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
      await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
      await page.waitForFunction(() => (window as unknown as TestWindow).flushes === 1, {
        polling: 50,
        timeout: 10_000,
      });
      expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    } finally {
      await front.close();
    }
  });

  it('ticks on a quiet page so time-based state advances', async () => {
    await startWatcher({ tickMs: 100 });
    await page.waitForFunction(() => (window as unknown as TestWindow).flushes >= 3, { polling: 50, timeout: 10_000 });
  });

  it('flushNow runs the pending flush at once and cancels the scheduled one', async () => {
    await startWatcher({ tickMs: 600_000 });
    const now = await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      document.getElementById('root')!.append(document.createElement('div'));
      w.watcher.flushNow();
      return w.flushes;
    });
    expect(now).toBe(1);
    await frames();
    expect(await flushes()).toBe(1);
  });

  it('stop() ends observation and ticking', async () => {
    await startWatcher({ tickMs: 50, fallbackMs: 50 });
    await page.waitForFunction(() => (window as unknown as TestWindow).flushes >= 1, { polling: 20, timeout: 10_000 });
    const before = await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.watcher.stop();
      document.getElementById('root')!.append(document.createElement('div'));
      return w.flushes;
    });
    await frames();
    await new Promise((r) => setTimeout(r, 300));
    expect(await flushes()).toBe(before);
  });
});

describe('watcher: spacing flushes out, losing no change', () => {
  it('minIntervalMs spaces flushes out on a page that changes every frame', async () => {
    await startWatcher({ tickMs: 600_000, minIntervalMs: 60_000 });
    await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
    await frames();
    expect(await flushes()).toBe(1);
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
      await frames();
    }
    expect(await flushes()).toBe(1);
    // The change is not lost: it is flushed when asked (or when the interval has passed).
    await page.evaluate(() => (window as unknown as TestWindow).watcher.flushNow());
    expect(await flushes()).toBe(2);
  });

  it('misses no change: one made by the flush itself causes another; one made while a flush is pending is read by it', async () => {
    const seen = await page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      const text = document.getElementById('text')!;
      const read: string[] = [];
      const until = async (n: number) => {
        for (let i = 0; i < 200 && read.length < n; i++) await new Promise((r) => setTimeout(r, 10));
      };
      w.watcher = w.CGWatcher.createWatcher({
        root: document,
        tickMs: 600_000,
        minIntervalMs: 200,
        onFlush: () => {
          read.push(text.textContent ?? '');
          if (read.length === 1) text.textContent = 'changed by the flush';
        },
      });
      w.watcher.start();
      text.textContent = 'a';
      await until(2);
      text.textContent = 'b';
      await new Promise((r) => setTimeout(r, 0)); // the observer has reported 'b'; the flush waits out the interval
      text.textContent = 'c';
      await until(3);
      await new Promise((r) => setTimeout(r, 400));
      return read;
    });
    expect(seen).toEqual(['a', 'changed by the flush', 'c']);
  });

  it('a hold with nothing changed ends without a flush; the next change is flushed at the next frame', async () => {
    // 10 ms per flush at a 5 % budget: each flush holds the next back for 200 ms.
    await startWatcher({ tickMs: 600_000, budget: 0.05 }, 10);
    await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
    await frames();
    expect(await flushes()).toBe(1);
    await new Promise((r) => setTimeout(r, 500)); // the hold is over, and nothing changed in it
    expect(await flushes()).toBe(1);
    await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
    await frames();
    expect(await flushes()).toBe(2);
  });

  it('a tick holds nothing back: a change just after it (a stranger joining a quiet class) is flushed at the next frame', async () => {
    // 10 ms per flush at a 0.2 % budget: a flush a change asked for holds the next one back for 5 s.
    await startWatcher({ tickMs: 300, budget: 0.002, maxDelayMs: 60_000 }, 10);
    await page.waitForFunction(() => (window as unknown as TestWindow).flushes === 1, {
      polling: 'raf',
      timeout: 10_000,
    });
    await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
    await frames();
    expect(await flushes()).toBe(2);
    // That flush was bought by a change, so the next change waits out its hold.
    await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
    await frames();
    expect(await flushes()).toBe(2);
    await page.waitForFunction(() => (window as unknown as TestWindow).flushes === 3, { polling: 50, timeout: 10_000 });
  });

  it('an expensive flush (a huge roster) spaces the next ones out to stay within the budget, losing nothing', async () => {
    // 20 ms per flush at a 1 % budget: the next flush waits 2 s.
    await startWatcher({ tickMs: 600_000, budget: 0.01, maxDelayMs: 60_000 }, 20);
    await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
    await frames();
    expect(await flushes()).toBe(1);
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => document.getElementById('root')!.append(document.createElement('div')));
      await frames();
    }
    expect(await flushes()).toBe(1);
    await page.waitForFunction(() => (window as unknown as TestWindow).flushes === 2, { polling: 50, timeout: 10_000 });
  });
});
