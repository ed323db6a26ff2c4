/** The coverage hint and name badges, in one closed shadow root (host.ts). */
import type { Coverage, Platform } from '../../common/model';
import { createBadges } from './badges';
import { createCoverageHint } from './coverage-hint';
import { createOverlayHost, type OverlayHost } from './host';
import type { BadgeKind, Lang } from './strings';

export type { BadgeKind, Lang } from './strings';
export { coverageAdvice, type Advice } from './coverage-advice';

export interface Overlay {
  /** For the alert panel (content/panel), which shares the shadow root. */
  readonly host: OverlayHost;
  showCoverageHint(coverage: Coverage, platform: Platform, lang: Lang): void;
  hideCoverageHint(): void;
  /** The alert panel is open (its foot names the blind spots) or collapsed again. */
  suppressCoverageHint(on: boolean): void;
  /** `detail` is attacker-written: shown as text, capped, invisible characters marked. Repeating a call costs nothing. */
  setBadge(row: Element, kind: BadgeKind, lang: Lang, detail?: string): void;
  clearBadge(row: Element): void;
  clearBadges(): void;
  /** Call once per flush, saying whether the badged lists changed. */
  refreshBadges(listsChanged?: boolean): void;
  destroy(): void;
}

export function createOverlay(doc: Document = document): Overlay {
  const host = createOverlayHost(doc);
  const hint = createCoverageHint(doc, host);
  const badges = createBadges(doc, host);
  return {
    host,
    showCoverageHint: hint.show,
    hideCoverageHint: hint.hide,
    suppressCoverageHint: hint.suppress,
    setBadge: badges.set,
    clearBadge: badges.clear,
    clearBadges: badges.clearAll,
    refreshBadges: badges.refresh,
    destroy() {
      badges.destroy();
      hint.hide();
      host.remove();
    },
  };
}
