/**
 * A closed shadow root keeps the client's CSS and scripts off our UI; `pointer-events: none` except on
 * our controls keeps it off the client's buttons; textContent only, so page text never becomes markup.
 */

import { PANEL_CSS } from '../panel/styles';

const TAG = 'class-guard-overlay';

/** Static CSS only; no data is ever interpolated here. */
const CSS = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; pointer-events: none; font: 13px/1.4 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1f; }
.hint { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); max-width: min(560px, calc(100vw - 32px));
  display: flex; align-items: flex-start; gap: 8px; padding: 8px 8px 8px 12px; border-radius: 8px;
  background: #fff8e1; border: 1px solid #f0b400; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.hint.bottom { top: auto; bottom: 16px; }
.hint[hidden] { display: none; }
.hint .lines { display: flex; flex-direction: column; gap: 2px; }
.hint .title { font-weight: 600; }
.hint button { pointer-events: auto; cursor: pointer; flex: none; width: 28px; height: 28px; border: 0; border-radius: 6px;
  background: transparent; font: inherit; font-size: 18px; line-height: 1; color: inherit; }
.hint button:hover { background: rgba(0,0,0,.08); }
.hint button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
.badges { position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; contain: size layout style; }
.badge { position: fixed; left: 0; top: 0; max-width: 260px; padding: 1px 6px; border-radius: 9px; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; font-size: 11px; font-weight: 600; color: #fff; background: #5f6368;
  box-shadow: 0 1px 3px rgba(0,0,0,.3); unicode-bidi: isolate; }
.badge[hidden] { display: none; }
.badge .detail { font-weight: 400; unicode-bidi: isolate; }
.badge.roster { background: #1e7e34; }
.badge.teacher { background: #1a56db; }
.badge.similar { background: #b26a00; }
.badge.unknown { background: #c5221f; }
.badge.impostor { background: #8b0000; outline: 2px solid #fff; }
${PANEL_CSS}`;

export interface OverlayHost {
  readonly layer: HTMLElement;
  /**
   * The badges' own containing block, contained: the page lays itself out every frame on a busy class,
   * and badges placed on the viewport were laid out again with it (~5 % of the page's main thread).
   */
  readonly badgeLayer: HTMLElement;
  /** Clients that rebuild their DOM may have removed it. */
  attach(): void;
  remove(): void;
}

/**
 * Inline !important: a page rule on an unknown tag must not move or hide the host. A zero-size box, not
 * a full-viewport layer: the page repaints every frame, and only our few fixed children should overlap it.
 */
export function pinHost(host: HTMLElement): void {
  for (const [prop, value] of [
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
    ['z-index', '2147483647'],
    ['pointer-events', 'none'],
    ['display', 'block'],
    ['contain', 'style'],
  ] as const)
    host.style.setProperty(prop, value, 'important');
}

export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement(TAG);
  pinHost(host);
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(doc, root);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const badgeLayer = doc.createElement('div');
  badgeLayer.className = 'badges';
  layer.append(badgeLayer);
  root.append(layer);

  return {
    layer,
    badgeLayer,
    attach() {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    remove() {
      host.remove();
    },
  };
}

/** A constructed sheet is CSSOM, so a page's `style-src` CSP cannot block it; a <style> is the fallback. */
function addStyles(doc: Document, root: ShadowRoot): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (!win) throw new Error('no window');
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}
