/** What the panel and the checklist card keep clear of: the client's call bar, Leave, the open side panel. */
import type { PlatformAdapter } from '../platforms/types';
import type { Box } from './panel/placement';

/** Boxes of the adapter's controls as rendered now (read after a frame, when layout is clean). */
export function controlBoxes(adapter: Pick<PlatformAdapter, 'controls'>): Box[] {
  const out: Box[] = [];
  for (const el of adapter.controls?.() ?? []) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return out;
}
