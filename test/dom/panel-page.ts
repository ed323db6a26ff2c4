/** What the panel's DOM tests share: the page that bundles the panel, its window as they see it, one panel. */
import { useBundledPage, type BundledPage } from '../support/bundled-page';
import { KEEP_SHADOW_ROOTS } from '../support/shadow-roots';

export type PanelModule = typeof import('./panel-entry');

export interface PanelWindow {
  CGPanel: PanelModule;
  panel: ReturnType<PanelModule['createAlertPanel']>;
  /** Every shadow root attached in the page, open or closed (KEEP_SHADOW_ROOTS). */
  roots: ShadowRoot[];
}

/** A blank page; `head` and `body` add what a test needs (a client's control, a probe). */
export function usePanelPage(head = '', body = ''): BundledPage {
  const html = `<!doctype html><html><head><style>body { margin: 0; font: 14px sans-serif; }${head}</style></head><body>
  ${body}
  <script>${KEEP_SHADOW_ROOTS}</script>
</body></html>`;
  return useBundledPage(html, 'test/dom/panel-entry.ts', 'CGPanel');
}
