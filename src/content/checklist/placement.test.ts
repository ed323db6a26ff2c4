import { describe, expect, it } from 'vitest';
import { intersects } from '../panel/placement';
import { placeCard } from './placement';

const viewport = { left: 0, top: 0, width: 1280, height: 800 };
const size = { width: 340, height: 700 };

describe('placeCard', () => {
  it('keeps clear of the alert panel and a leave button on the left, shortening itself to fit', () => {
    const avoid = [
      { left: 16, top: 80, width: 340, height: 48 },
      { left: 8, top: 127, width: 86, height: 29 },
      { left: 960, top: 60, width: 320, height: 700 },
    ];
    const p = placeCard(size, viewport, avoid);
    const box = { left: p.x, top: p.y, width: size.width, height: p.maxHeight };
    for (const b of avoid) expect(intersects(box, b)).toBe(false);
    expect(p.maxHeight).toBeGreaterThanOrEqual(160);
    expect(p.y + p.maxHeight).toBeLessThanOrEqual(800);
  });

  it('sits at home when nothing is in the way', () => {
    expect(placeCard({ width: 340, height: 400 }, viewport, [])).toEqual({ x: 16, y: 80, maxHeight: 400 });
  });
});
