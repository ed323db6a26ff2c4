/**
 * The alert panel's place on a meeting page, in real Chromium. Reading the page's layout from the
 * task a finding comes in (a flush, a worker message) forces the whole page's layout, which on a busy
 * class costs up to ~10 ms: the panel is placed just after the next frame instead, clear of the
 * client's controls.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { usePanelPage, type PanelWindow } from './panel-page';
import { BURST_GAP_MS } from '../../src/content/panel/index';

type TestWindow = PanelWindow & { layoutReads: number };

type Box = { left: number; top: number; right: number; bottom: number };

// The client's leave button sits where the panel's home (top left) grows as entries come.
const ctx = usePanelPage(
  '#leave { position: fixed; left: 8px; top: 190px; width: 300px; height: 48px; }',
  `<button id="leave">Leave call</button>
  <script>
    window.layoutReads = 0;
    const rect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function () { window.layoutReads++; return rect.call(this); };
  </script>`,
);
let page: Page;

beforeEach(async () => {
  page = ctx.page;
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const leave = document.getElementById('leave')!;
    w.panel = w.CGPanel.openPanel({ adapter: { rowFor: () => null, controls: () => [leave] } });
  });
});

/** A stranger's finding, as the worker or a flush hands it to the panel. */
function stranger(page: Page, i: number): Promise<number> {
  return page.evaluate(async (n) => {
    const w = window as unknown as TestWindow;
    const before = w.layoutReads;
    w.panel.finding(w.CGPanel.strangerFinding(n));
    // The panel renders in a microtask of the same task: let those run, not the next task.
    for (let k = 0; k < 5; k++) await Promise.resolve();
    return w.layoutReads - before;
  }, i);
}

const settled = (): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
      ),
  );

function boxes(): Promise<{ panel: Box; leave: Box }> {
  return page.evaluate(() => {
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const root = (window as unknown as TestWindow).roots[0]!;
    return { panel: box(root.querySelector('.panel')!), leave: box(document.getElementById('leave')!) };
  });
}

const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('alert panel placement', () => {
  it("reads no layout in the task an entry comes in, and is clear of the client's controls after the next frame", async () => {
    await stranger(page, 0);
    await settled();
    for (let i = 1; i <= 4; i++) {
      // Each on its own: a finding within the gap of the last render waits (panel-burst.test.ts).
      await new Promise((r) => setTimeout(r, BURST_GAP_MS));
      expect(await stranger(page, i)).toBe(0);
      await settled();
      const { panel, leave } = await boxes();
      expect(panel.bottom - panel.top).toBeGreaterThan(0);
      expect(overlap(panel, leave)).toBe(false);
    }
    const root = await page.evaluate(
      () => (window as unknown as TestWindow).roots[0]!.querySelectorAll('.entry').length,
    );
    expect(root).toBe(5);
  });
});
