/**
 * Where the card sits: like the alert panel (panel/placement.ts), beside whatever it must not cover,
 * but a card that does not fit is made shorter (it scrolls) rather than laid over the client's controls.
 */
import { clamp, HOME_TOP, intersects, type Box } from '../panel/placement';

const MARGIN = 16;
/** Below this the card is too short to use; it then takes the least bad place, home. */
const MIN_HEIGHT = 160;

export function placeCard(
  size: { width: number; height: number },
  viewport: Box,
  avoid: readonly Box[],
): { x: number; y: number; maxHeight: number } {
  const candidates: [number, number][] = [
    [MARGIN, HOME_TOP],
    [viewport.width - size.width - MARGIN, HOME_TOP],
  ];
  for (const b of avoid) {
    candidates.push([b.left + b.width + MARGIN, HOME_TOP], [b.left - size.width - MARGIN, HOME_TOP]);
    candidates.push([b.left, b.top + b.height + MARGIN], [b.left + b.width + MARGIN, b.top]);
    candidates.push([b.left - size.width - MARGIN, b.top]);
  }
  for (const [cx, cy] of candidates) {
    const [x, y] = clamp(cx, cy, { width: size.width, height: MIN_HEIGHT }, viewport);
    const maxHeight = Math.min(size.height, viewport.height - y - MARGIN);
    if (maxHeight < MIN_HEIGHT) continue;
    // The room up to the next box below, so that a shorter card fits above it.
    const below = avoid
      .filter((b) => b.left < x + size.width && x < b.left + b.width && b.top >= y)
      .reduce((h, b) => Math.min(h, b.top - y - MARGIN), maxHeight);
    const box = { left: x, top: y, width: size.width, height: below };
    if (below >= MIN_HEIGHT && !avoid.some((b) => intersects(box, b))) return { x, y, maxHeight: below };
  }
  const [x, y] = clamp(MARGIN, HOME_TOP, size, viewport);
  return { x, y, maxHeight: Math.max(MIN_HEIGHT, viewport.height - y - MARGIN) };
}
