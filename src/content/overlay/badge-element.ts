import { visibleText } from '../../common/visible-text';
import type { OverlayHost } from './host';
import { STRINGS, type BadgeKind, type Lang } from './strings';

/** Short hints, not evidence: the log keeps the full text. */
const DETAIL_MAX = 60;

export interface Badge {
  kind: BadgeKind;
  lang: Lang;
  detail: string | undefined;
  /** Most badges of a long list are never shown. */
  el: HTMLElement | null;
  stale: boolean;
  /** NaN: hidden. */
  x: number;
  y: number;
}

export function createBadgeElement(doc: Document, host: OverlayHost, b: Badge): HTMLElement {
  const el = doc.createElement('div');
  el.hidden = true;
  host.badgeLayer.append(el);
  b.el = el;
  return el;
}

export function renderBadge(doc: Document, b: Badge, el: HTMLElement): void {
  b.stale = false;
  el.className = `badge ${b.kind}`;
  el.lang = b.lang;
  const label = doc.createElement('span');
  label.textContent = b.detail ? `${STRINGS[b.lang].badge[b.kind]}: ` : STRINGS[b.lang].badge[b.kind];
  el.replaceChildren(label);
  if (b.detail) {
    // Isolated, so a right-to-left name cannot reorder the label around it.
    const d = doc.createElement('bdi');
    d.className = 'detail';
    d.textContent = visibleText(b.detail, DETAIL_MAX);
    el.append(d);
  }
}
