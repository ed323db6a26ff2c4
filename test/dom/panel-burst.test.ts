/**
 * A stream of findings (a chat flood, a raid spread over seconds) in real Chromium: every one reaches
 * the panel, renders are spread out rather than one per finding, the first entries are built and the
 * rest wait behind "Show all", and what the teacher does shows at once even while a burst's render waits.
 */
import { describe, expect, it } from 'vitest';
import { usePanelPage, type PanelWindow } from './panel-page';
import { ENTRIES_SHOWN } from '../../src/content/panel/view';

type TestWindow = PanelWindow & { renders: number };

const ctx = usePanelPage();

/** A panel; `renders` counts how often its header's count was written. */
function open(): Promise<void> {
  return ctx.page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.panel = w.CGPanel.openPanel();
    w.renders = 0;
    const summary = w.roots[0]!.querySelector('.summary')!;
    new MutationObserver(() => w.renders++).observe(summary, { childList: true, characterData: true, subtree: true });
  });
}

/** Strangers `ns` found, in one task. */
const add = (...ns: number[]) =>
  ctx.page.evaluate((ns) => {
    const w = window as unknown as TestWindow;
    for (const n of ns) w.panel.finding(w.CGPanel.strangerFinding(n));
  }, ns);

const keysShown = () =>
  ctx.page.evaluate(() =>
    [...(window as unknown as TestWindow).roots[0]!.querySelectorAll<HTMLElement>('.entry')].map(
      (e) => e.dataset['key'],
    ),
  );

const summary = () =>
  ctx.page.evaluate(() => (window as unknown as TestWindow).roots[0]!.querySelector('.summary')!.textContent);

const moreLine = () =>
  ctx.page.evaluate(() => {
    const more = (window as unknown as TestWindow).roots[0]!.querySelector('.body > .more');
    const b = more?.querySelector('button');
    return more && { text: more.querySelector('span')!.textContent, button: b!.textContent };
  });

const clickMore = () =>
  ctx.page.evaluate(() =>
    (window as unknown as TestWindow).roots[0]!.querySelector<HTMLButtonElement>('.body > .more button')!.click(),
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
    await expect.poll(summary, { timeout: 5_000 }).toBe('12 alerts');
    const renders = await ctx.page.evaluate(() => (window as unknown as TestWindow).renders);
    // One render per finding before; now the first at once and the rest gathered.
    expect(renders).toBeLessThan(6);
    // The newest first; the four oldest wait behind the line that says so.
    const shown = ENTRIES_SHOWN;
    expect(await keysShown()).toEqual(Array.from({ length: shown }, (_, i) => `name:Người Lạ ${11 - i}`));
    expect(await moreLine()).toEqual({ text: `+${12 - shown} alerts`, button: 'Show all' });
    await clickMore();
    expect((await keysShown()).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `name:Người Lạ ${i}`).sort());
    expect(await moreLine()).toBeNull();
    // The button went with its line: the keyboard goes on at the first entry it revealed.
    const focused = await ctx.page.evaluate(
      () => (window as unknown as TestWindow).roots[0]!.activeElement?.closest<HTMLElement>('.entry')?.dataset['key'],
    );
    expect(focused).toBe(`name:Người Lạ ${11 - shown}`);
  });

  it('keeps a note being typed when its entry leaves the first ones and comes back', async () => {
    await open();
    await add(0);
    await settle();
    await ctx.page.evaluate(() => {
      const root = (window as unknown as TestWindow).roots[0]!;
      root.querySelector<HTMLButtonElement>('.entry button.note')!.click();
      root.querySelector<HTMLTextAreaElement>('.entry textarea')!.value = 'cô đã nhắc';
    });
    await add(...Array.from({ length: ENTRIES_SHOWN }, (_, i) => i + 1));
    await expect.poll(async () => (await keysShown()).includes('name:Người Lạ 0'), { timeout: 5_000 }).toBe(false);
    await clickMore();
    const typed = await ctx.page.evaluate(
      () =>
        (window as unknown as TestWindow).roots[0]!.querySelector<HTMLTextAreaElement>(
          '.entry[data-key="name:Người Lạ 0"] textarea',
        )!.value,
    );
    expect(typed).toBe('cô đã nhắc');
  });

  it('a dismissal shows at once, with the findings waiting behind it', async () => {
    await open();
    await add(1);
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
