/**
 * The overlay controller in real Chromium: badges follow the guards' verdicts and the adapter's rows
 * across snapshots. A stand-in adapter answers rowFor from the page's rows; stand-in guards answer
 * badgeFor from a table the test edits and learning() from a flag (the controller reads nothing else of either).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useBundledPage } from '../support/bundled-page';
import { KEEP_SHADOW_ROOTS } from '../support/shadow-roots';

type ControllerModule = typeof import('../../src/content/overlay-controller');

interface TestWindow {
  CGController: ControllerModule;
  roots: ShadowRoot[];
  /** participant id → verdict, as the guards would give it (a Map: ids are page text). */
  verdicts: Map<string, string>;
  /** participant id → row id in the page, as the adapter would find it. */
  rows: Map<string, string>;
  /** Runs one flush's update with these people (ids) in the roster. */
  flush(ids: string[]): void;
  changed(): void;
  /** Whether the guards are in learning mode. */
  learning: boolean;
}

const PAGE = `<!doctype html><html><head><style>
  body { margin: 0; font: 14px sans-serif; }
  #panel { position: fixed; top: 0; right: 0; width: 360px; height: 400px; overflow-y: auto; }
  .row { height: 40px; }
</style></head><body>
  <div id="panel">${Array.from({ length: 5 }, (_, i) => `<div class="row" id="row${i}">Row ${i}</div>`).join('')}</div>
  <script>${KEEP_SHADOW_ROOTS}
  </script>
</body></html>`;

const ctx = useBundledPage(PAGE, 'src/content/overlay-controller.ts', 'CGController');
let page: Page;
beforeEach(async () => {
  page = ctx.page;
  await page.evaluate(() => {
    const w = window as unknown as TestWindow;
    w.verdicts = new Map();
    w.rows = new Map();
    w.learning = true;
    const rowFor = (_kind: string, id: string): HTMLElement | null => {
      const rowId = w.rows.get(id);
      return rowId ? document.getElementById(rowId) : null;
    };
    const adapter = { rowFor };
    const guards = {
      badgeFor: (id: string) => w.verdicts.get(id) ?? null,
      observe: () => [],
      learning: () => ({ active: w.learning }),
    };
    const settings = { language: 'en' };
    // The controller reads only rowFor, badgeFor, learning and settings.language.
    const controller = w.CGController.createOverlayController('meet', adapter as never, settings as never, document);
    w.flush = (ids) => {
      const participants = ids.map((id) => ({
        id,
        idStable: true,
        name: `Name ${id}`,
        role: 'participant',
        self: false,
      }));
      // The People list is open: no tiles are counted (Coverage.stage is only set while it is closed).
      const coverage = {
        roster: 'full',
        rosterReason: null,
        chat: 'hidden',
        chatReason: 'panel-closed',
        presenter: 'readable',
        presenterReason: null,
      };
      controller.update({ participants, waiting: [], coverage } as never, guards as never);
    };
    w.changed = () => controller.changed();
  });
});

/** Badge texts by the row they sit beside (its vertical centre), once placed. */
async function badges(): Promise<Record<string, string>> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))),
  );
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const b of (window as unknown as TestWindow).roots[0]!.querySelectorAll('.badge')) {
      if (!b.checkVisibility()) continue;
      const r = b.getBoundingClientRect();
      const row = [...document.querySelectorAll('.row')].find((el) => {
        const rr = el.getBoundingClientRect();
        return r.top + r.height / 2 > rr.top && r.top + r.height / 2 < rr.bottom;
      });
      out[row?.id ?? '?'] = b.textContent ?? '';
    }
    return out;
  });
}

describe('overlay controller', () => {
  it("badges each person's row with the guards' verdict", async () => {
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.verdicts.set('a', 'roster').set('b', 'unknown');
      w.rows.set('a', 'row0').set('b', 'row1').set('c', 'row2');
      w.flush(['a', 'b', 'c']);
    });
    expect(await badges()).toEqual({ row0: 'On roster', row1: 'Not on roster' });
  });

  it('takes the badge off a row the client recycled for someone without one, and puts it on the new row', async () => {
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.verdicts.set('a', 'impostor');
      w.rows.set('a', 'row0').set('c', 'row1');
      w.flush(['a', 'c']);
    });
    expect(await badges()).toEqual({ row0: 'Possible impostor' });
    // A virtualized list scrolled: row0 now shows c, a's entry moved to row3.
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.rows.set('c', 'row0').set('a', 'row3');
      w.flush(['c', 'a']);
    });
    expect(await badges()).toEqual({ row3: 'Possible impostor' });
  });

  it('follows a verdict that changed without the people changing once told so', async () => {
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.verdicts.set('a', 'roster');
      w.rows.set('a', 'row0');
      w.flush(['a']);
    });
    expect(await badges()).toEqual({ row0: 'On roster' });
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.verdicts.set('a', 'impostor');
      w.changed();
      w.flush(['a']);
    });
    expect(await badges()).toEqual({ row0: 'Possible impostor' });
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.verdicts.delete('a');
      w.changed();
      w.flush(['a']);
    });
    expect(await badges()).toEqual({});
  });

  it('re-derives every badge when learning mode ends, with the same people and no other news', async () => {
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.verdicts.set('a', 'roster').set('b', 'roster');
      w.rows.set('a', 'row0').set('b', 'row1');
      w.flush(['a', 'b']);
    });
    expect(await badges()).toEqual({ row0: 'On roster', row1: 'On roster' });
    // Learning ends: the learned roster is now the class, and a latecomer is not on it.
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.verdicts.set('b', 'unknown');
      w.flush(['a', 'b']);
    });
    expect(await badges()).toEqual({ row0: 'On roster', row1: 'On roster' });
    await page.evaluate(() => {
      const w = window as unknown as TestWindow;
      w.learning = false;
      w.flush(['a', 'b']);
    });
    expect(await badges()).toEqual({ row0: 'On roster', row1: 'Not on roster' });
  });
});
