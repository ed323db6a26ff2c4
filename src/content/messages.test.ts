import { beforeEach, describe, expect, it, vi } from 'vitest';

type Messages = typeof import('./messages');
let m: Messages;

// A fresh module each time: the shared setup has loaded both tables into the usual one.
beforeEach(async () => {
  vi.resetModules();
  m = await import('./messages');
});

describe("the meeting tab's messages, one language at a time", () => {
  it('shows the chosen language once its table is loaded, with $1… filled', async () => {
    await m.loadMessages('vi');
    expect(m.msg('vi', 'overlay_close')).toBe('Đóng');
    expect(m.has('vi', 'overlay_close')).toBe(true);
    expect(m.has('vi', 'no_such_message')).toBe(false);
  });

  it('before a language has loaded, shows the one that has rather than the bare key', async () => {
    expect(m.msg('vi', 'overlay_close')).toBe('overlay_close');
    await m.loadMessages('en');
    expect(m.msg('vi', 'overlay_close')).toBe('Close');
    await m.loadMessages('vi');
    expect(m.msg('vi', 'overlay_close')).toBe('Đóng');
    expect(m.msg('en', 'overlay_close')).toBe('Close');
  });

  it('builds strings per language again once that language arrives, then keeps them', async () => {
    const build = vi.fn((lang: 'vi' | 'en') => m.msg(lang, 'overlay_close'));
    const strings = m.perLang(build);
    expect(strings.vi).toBe('overlay_close');
    await m.loadMessages('vi');
    expect(strings.vi).toBe('Đóng');
    expect(strings.vi).toBe('Đóng');
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('loads a table once however often it is asked', async () => {
    const a = m.loadMessages('en');
    expect(m.loadMessages('en')).toBe(a);
    await a;
  });
});
