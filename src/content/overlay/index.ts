/**
 * The in-page overlay: the coverage hint and name badges, drawn in one closed shadow root above the
 * meeting (see host.ts for why it never blocks the client's controls).
 */
import type { Coverage, Platform } from '../../shared/model';
import { createBadges } from './badges';
import { createCoverageHint } from './coverage-hint';
import { createOverlayHost } from './host';
import type { BadgeKind, Lang } from './strings';

export type { BadgeKind, Lang } from './strings';
export { coverageAdvice, type Advice } from './coverage-advice';

export interface Overlay {
  /** Shows what to open so protection works, or hides the hint when nothing is missing. */
  showCoverageHint(coverage: Coverage, platform: Platform, lang: Lang): void;
  hideCoverageHint(): void;
  /**
   * Labels a roster or waiting-list row (from `adapter.rowFor`). `detail` is attacker-written text
   * (e.g. the name an impostor copies): shown as text, capped, invisible characters made visible.
   * Calling it again with the same arguments costs nothing.
   */
  setBadge(row: Element, kind: BadgeKind, lang: Lang, detail?: string): void;
  clearBadge(row: Element): void;
  clearBadges(): void;
  /**
   * Checks on the next frame that the badges on screen still sit on their rows; call once per flush,
   * saying whether the badged lists changed (else the check runs at most every 2 s).
   */
  refreshBadges(listsChanged?: boolean): void;
  /** Removes everything from the page (the content script is stopping). */
  destroy(): void;
}

export function createOverlay(doc: Document = document): Overlay {
  const host = createOverlayHost(doc);
  const hint = createCoverageHint(doc, host);
  const badges = createBadges(doc, host);
  return {
    showCoverageHint: hint.show,
    hideCoverageHint: hint.hide,
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
