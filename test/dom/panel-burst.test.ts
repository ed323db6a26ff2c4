/**
 * A stream of findings (a chat flood, a raid spread over seconds) in real Chromium: every one reaches
 * the panel, renders are spread out rather than one per finding, and what the teacher does shows at
 * once even while a burst's render waits.
 */
import { describe, expect, it } from 'vitest';
import { useBundledPage } from '../support/bundled-page';
import { KEEP_SHADOW_ROOTS } from '../support/shadow-roots';

type PanelModule = typeof import('./panel-entry');

interface TestWindow {
  CGPanel: PanelModule;
  panel: ReturnType<PanelModule['createAlertPanel']>;
  roots: ShadowRoot[];
  renders: number;
}

const PAGE = `<!doctype html><html><head><style>body { margin: 0; font: 14px sans-serif; }</style></head><body>
  <script>${KEEP_SHADOW_ROOTS}
  </script>
</body></html>`;

const ctx = useBundledPage(PAGE, 'test/dom/panel-entry.ts', 'CGPanel');

/** A panel; `renders` counts how often its header's count was written. */
function open(): Promise<void> {
  return ctx.page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.panel = w.CGPanel.createAlertPanel({
      doc: document,
      host: w.CGPanel.createOverlayHost(document),
      platform: 'meet',
      lang: 'en',
      adapter: { rowFor: () => null, controls: () => [] },
      log: () => undefined,
    });
    w.renders = 0;
    const summary = w.roots[0]!.querySelector('.summary')!;
    new MutationObserver(() => w.renders++).observe(summary, { childList: true, characterData: true, subtree: true });
  });
}

const keysShown = () =>
  ctx.page.evaluate(() =>
    [...(window as unknown as TestWindow).roots[0]!.querySelectorAll<HTMLElement>('.entry')].map(
      (e) => e.dataset['key'],
    ),
  );

/** After the pending microtasks and one frame: what the teacher sees "at once". */
const settle = () => ctx.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

describe('alert panel under a stream of findings', () => {
  it('shows every finding of a stream, rendering far fewer times than findings came', async () => {
    await open();
    await ctx.page.evaluate(async () => {
      const w = window as unknown as TestWindow;
      for (let i = 0; i < 12; i++) {
        w.panel.finding(w.CGPanel.strangerFinding(i));
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await expect.poll(async () => (await keysShown()).length, { timeout: 5_000 }).toBe(12);
    const renders = await ctx.page.evaluate(() => (window as unknown as TestWindow).renders);
    // One render per finding before; now the first at once and the rest gathered.
    expect(renders).toBeLessThan(6);
  });

  it('a dismissal shows at once, with the findings waiting behind it', async () => {
    await open();
    await ctx.page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.panel.finding(w.CGPanel.strangerFinding(1));
    });
    await settle();
    const [first] = await keysShown();
    expect(first).toBeTruthy();
    await ctx.page.evaluate((key) => {
      const w = window as unknown as TestWindow;
      // Comes within the burst's gap, so its render waits; the teacher's click does not.
      w.panel.finding(w.CGPanel.strangerFinding(2));
      w.panel.act({ action: 'dismissed', key: key! }, 'panel');
    }, first);
    await settle();
    const shown = await keysShown();
    expect(shown).not.toContain(first);
    expect(shown).toHaveLength(1);
  });
});
