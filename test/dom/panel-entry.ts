/** What the panel's DOM test bundles: the panel and the overlay host it lives in. */
export { createAlertPanel } from '../../src/content/panel/index';
export { ENTRIES_SHOWN } from '../../src/content/panel/view';
export { createOverlayHost } from '../../src/content/overlay/host';

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
