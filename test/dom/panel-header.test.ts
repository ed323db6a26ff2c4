/**
 * The alert panel's header, in real Chromium: the count of open alerts is what a teacher glances at,
 * so it must show whole beside the guide button, in both languages, paused or not, collapsed or open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { usePanelPage, type PanelWindow as TestWindow } from './panel-page';
import { PANEL_STRINGS } from '../../src/content/panel/strings';

type Lang = 'en' | 'vi';

const ctx = usePanelPage();

/** A new panel in `lang` with `n` strangers' findings, paused or not; the header as a teacher sees it. */
async function header(page: Page, lang: Lang, n: number, paused: boolean, expanded: boolean) {
  return page.evaluate(
    async (lang, n, paused, expanded) => {
      const w = window as unknown as TestWindow;
      w.panel = w.CGPanel.openPanel({ lang, openGuide: () => undefined });
      for (let i = 0; i < n; i++) w.panel.finding(w.CGPanel.strangerFinding(i));
      w.panel.paused(paused);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30))));
      const root = w.roots[0]!;
      const panel = root.querySelector('.panel')!;
      if (panel.classList.contains('collapsed') === expanded) root.querySelector<HTMLButtonElement>('.toggle')!.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
      const summary = root.querySelector<HTMLElement>('.summary')!;
      const guide = root.querySelector<HTMLElement>('.guide')!;
      const box = (e: Element) => e.getBoundingClientRect();
      return {
        text: summary.textContent,
        whole: summary.scrollWidth <= summary.clientWidth && summary.scrollHeight <= summary.clientHeight,
        guideName: guide.getAttribute('aria-label'),
        guideInside: box(guide).right <= box(panel).right && box(guide).width > 0,
      };
    },
    lang,
    n,
    paused,
    expanded,
  );
}

describe('alert panel header', () => {
  for (const lang of ['vi', 'en'] as const)
    for (const paused of [false, true])
      for (const expanded of [false, true])
        it(`shows the count whole beside the guide (${lang}, ${paused ? 'paused' : 'guarding'}, ${expanded ? 'open' : 'collapsed'})`, async () => {
          const s = PANEL_STRINGS[lang];
          const h = await header(ctx.page, lang, 12, paused, expanded);
          expect(h.text).toContain(s.open(12));
          expect(h.whole).toBe(true);
          expect(h.guideName).toBe(s.guide);
          expect(h.guideInside).toBe(true);
        });
});
