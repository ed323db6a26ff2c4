/** The checklist card as the e2e tests read and press it (test/e2e/checklist*.test.ts). */
import type { ChecklistEventPayload, ChecklistItem } from '../../src/common/checklist';
import type { StoredEvent } from '../../src/common/protocol';
import { until } from './extension';
import type { PanelProbe } from './panel-helpers';

export { TABLES, type Lang } from '../support/messages';
export const CARD = 'CLASS-GUARD-CHECKLIST';

export const ticksOf = (events: readonly StoredEvent[]): ChecklistEventPayload[] =>
  events.filter((e) => e.type === 'checklist.item').map((e) => e.payload as unknown as ChecklistEventPayload);

/** Clicks with the mouse, as a teacher would, once scrolled into the card's view. */
export async function press(probe: PanelProbe, css: string): Promise<void> {
  await probe.eval(`function (css) { this.querySelector(css).scrollIntoView({ block: 'nearest' }); }`, css);
  await probe.click(css);
}

/** The card's item as the teacher sees it: ticked or not, its state line, whether it offers to open the list. */
export function cardItem(probe: PanelProbe, item: ChecklistItem) {
  return probe.eval<{
    checked: boolean;
    disabled: boolean;
    state: string;
    title: string;
    open: boolean;
    openChat: boolean;
    note: string | null;
  } | null>(
    `function (item) { const li = this.querySelector('li[data-item="' + item + '"]'); if (!li) return null;
      const box = li.querySelector('input'); return { checked: box.checked, disabled: box.disabled,
      state: li.querySelector('.state').textContent, title: li.querySelector('.title').textContent,
      open: !!li.querySelector('button.open-people'), openChat: !!li.querySelector('button.open-chat'),
      note: li.querySelector('.note')?.textContent ?? null }; }`,
    item,
  );
}

export async function untilItem(
  probe: PanelProbe,
  item: ChecklistItem,
  want: (v: NonNullable<Awaited<ReturnType<typeof cardItem>>>) => boolean,
  what: string,
) {
  return until(async () => {
    const v = await cardItem(probe, item);
    return v && want(v) ? v : null;
  }, what);
}
