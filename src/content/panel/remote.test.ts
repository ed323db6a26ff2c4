import { describe, expect, it } from 'vitest';
import { createAlertSound } from './remote';

/** A document without audio: what rings is decided all the same. */
const doc = { defaultView: {} } as unknown as Document;

describe('the alert sound', () => {
  it('rings only when the teacher turned it on', () => {
    const sound = createAlertSound(doc);
    expect(sound.alert(2, 0)).toBe(false);
    sound.enable(true);
    expect(sound.alert(2, 1)).toBe(true);
  });

  it('rings once for a burst (a raid), and again after ten quiet seconds', () => {
    const sound = createAlertSound(doc);
    sound.enable(true);
    const rang = [0, 500, 2_000, 9_999, 10_000, 10_100].map((t) => sound.alert(3, t));
    expect(rang).toEqual([true, false, false, false, true, false]);
  });
});
