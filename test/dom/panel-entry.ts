/** What the panel's DOM tests bundle: the panel and the overlay host it lives in. */
import { createAlertPanel, type AlertPanel, type AlertPanelDeps } from '../../src/content/panel/index';
import { createOverlayHost } from '../../src/content/overlay/host';

export { createAlertPanel, createOverlayHost };
export { ENTRIES_SHOWN } from '../../src/content/panel/view';

/** A panel on this page: Meet, in English, no client rows or controls, nothing logged, unless given. */
export function openPanel(deps: Partial<AlertPanelDeps> = {}): AlertPanel {
  return createAlertPanel({
    doc: document,
    host: createOverlayHost(document),
    platform: 'meet',
    lang: 'en',
    adapter: { rowFor: () => null, controls: () => [] },
    log: () => undefined,
    ...deps,
  });
}

/** Stranger number `n`'s finding, as the worker or a flush hands it to the panel: a second after n - 1's. */
export const strangerFinding = (n: number) => ({
  id: `f${n}`,
  time: new Date(Date.parse('2026-12-07T09:00:00.000+07:00') + n * 1000).toISOString(),
  finding: {
    category: 'unknown-participant' as const,
    ruleId: 'participants.unknown',
    severity: 2 as const,
    tier: 'alert' as const,
    subject: { participantId: `p${n}`, name: `Người Lạ ${n}` },
    evidence: {},
  },
});
