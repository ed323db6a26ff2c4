/**
 * Where the panel sits: the left of the stage, below the top bar and above the bottom bar, where none
 * of the three clients keeps its call bar or its People list (they sit in the bars and on the right).
 * A box to avoid that it meets anyway (Teams' call bar below its title bar, a list docked left) pushes
 * it below or beside that box.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const MARGIN = 16;
/** Below the tallest of the clients' top bars (Teams keeps its call controls there). */
export const HOME_TOP = 80;

export const intersects = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

export function clamp(x: number, y: number, size: { width: number; height: number }, viewport: Box): [number, number] {
  const maxX = viewport.width - size.width - MARGIN;
  const maxY = viewport.height - Math.min(size.height, 48) - MARGIN;
  return [Math.round(Math.max(MARGIN, Math.min(x, maxX))), Math.round(Math.max(MARGIN, Math.min(y, maxY)))];
}

/** The first candidate that meets no box to avoid; else home. */
export function placeClear(
  size: { width: number; height: number },
  viewport: Box,
  avoid: readonly Box[],
): [number, number] {
  const candidates: [number, number][] = [[MARGIN, HOME_TOP]];
  for (const b of avoid) {
    candidates.push([b.left + b.width + MARGIN, HOME_TOP]);
    candidates.push([b.left - size.width - MARGIN, HOME_TOP]);
    candidates.push([MARGIN, b.top + b.height + MARGIN]);
    candidates.push([b.left + b.width + MARGIN, b.top]);
  }
  for (const [x, y] of candidates) {
    const [cx, cy] = clamp(x, y, size, viewport);
    const box = { left: cx, top: cy, width: size.width, height: size.height };
    const fits = cy + size.height <= viewport.height - MARGIN;
    if (fits && !avoid.some((b) => intersects(box, b))) return [cx, cy];
  }
  return clamp(MARGIN, HOME_TOP, size, viewport);
}
