/** Keeps the in-page overlay (coverage hint, name badges) in step with what the adapter sees. */
import type { Coverage, Platform, Snapshot } from '../shared/model';
import type { Settings } from '../shared/settings';
import type { PlatformAdapter } from '../platforms/types';
import type { Guards } from './guards';
import { createOverlay, type Lang } from './overlay';

export interface OverlayController {
  /** Once per flush: badges for the rows on screen. */
  update(snap: Snapshot, guards: Guards | null): void;
  coverageChanged(coverage: Coverage): void;
  destroy(): void;
}

/** The teacher's language: the setting, else the meeting client's own UI language, else the browser's. */
export function overlayLang(setting: Settings['language'], doc: Document): Lang {
  if (setting === 'vi' || setting === 'en') return setting;
  const page = doc.documentElement.lang || navigator.language;
  return page.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function createOverlayController(platform: Platform, adapter: PlatformAdapter, settings: Settings, doc: Document = document): OverlayController {
  const overlay = createOverlay(doc);
  const lang = overlayLang(settings.language, doc);
  return {
    update(snap, guards) {
      if (!guards) return;
      for (const [kind, list] of [['participant', snap.participants], ['waiting', snap.waiting]] as const) {
        for (const p of list) {
          if (p.self) continue;
          const badge = guards.badgeFor(p.id);
          const row = badge ? adapter.rowFor(kind, p.id) : null;
          if (row && badge) overlay.setBadge(row, badge, lang);
        }
      }
      overlay.refreshBadges();
    },
    coverageChanged(coverage) {
      overlay.showCoverageHint(coverage, platform, lang);
    },
    destroy: () => overlay.destroy(),
  };
}
