/**
 * Parent mode in the built extension (docs/parent-mode.md): with the PIN set, the settings page
 * cannot change a setting or switch forwarding off, nor can a write to storage that goes around the
 * page; with the PIN it can. The popup's Pause leaves the guard on until a parent unlocks. Wrong PINs
 * are rate-limited. The summary is behind the PIN.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtension, until } from './extension';
import type { Settings } from '../../src/common/settings';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';
import { fixture } from '../support/browser';

const PIN = '482916';
const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  // A parent already forwards alerts to their phone (a loopback stand-in; nothing is sent in this test).
  await ext.setSettings({
    forwarding: { enabled: true, kind: 'ntfy', url: 'http://127.0.0.1:9/con-toi', includeWords: false },
  });
});

/** The settings in force, as the worker gives them to every page and meeting. */
const inForce = async (page: Page): Promise<Settings> =>
  page.evaluate(async () => {
    const r = (await chrome.runtime.sendMessage({ type: 'settings.get', payload: {} })) as {
      value: { settings: Settings };
    };
    return r.value.settings;
  });

const textOf = (page: Page, css: string) => page.$eval(css, (el) => el.textContent ?? '');

async function enterPin(page: Page, pin: string): Promise<string> {
  await page.waitForSelector('#pin');
  await page.$eval('#pin', (el) => ((el as HTMLInputElement).value = ''));
  await page.type('#pin', pin);
  const before = await textOf(page, '[data-testid="parent-message"]').catch(() => '');
  await page.click('button[type="submit"]');
  // One read in the page: asked in two steps, the form could go (unlocked) between them.
  const answer = () =>
    page.evaluate(() =>
      document.querySelector('#pin')
        ? (document.querySelector('[data-testid="parent-message"]')?.textContent ?? '')
        : 'unlocked',
    );
  return until(async () => {
    const now = await answer();
    return now && now !== before ? now : null;
  }, 'the PIN is answered').catch(answer);
}

/** Unticks "Forward alerts" on the settings page and saves the section; returns what the page says. */
async function switchForwardingOff(page: Page): Promise<string> {
  await page.bringToFront();
  await page.reload();
  const box = await page.waitForSelector('#fwd-heading ~ form input[type="checkbox"]');
  expect(await box!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
  await box!.click();
  await page.click('#fwd-heading ~ form button[type="submit"]');
  return until(
    async () => (await page.$('section [role="status"]')) && textOf(page, 'section [role="status"]'),
    'the save is answered',
  );
}

describe('parent mode', () => {
  it('set up with a PIN; then nothing changes settings without it, and everything with it', async () => {
    const parent = await ext.extensionPage('src/ui/parent/index.html');
    await parent.waitForSelector('#pin-again');
    await parent.type('#pin', PIN);
    await parent.type('#pin-again', PIN);
    await parent.click('button[type="submit"]');
    await parent.waitForSelector('[data-testid="parent-unlocked"]', { timeout: 30_000 });
    // The PIN is stored only hashed.
    const stored = await parent.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
    expect(stored).not.toContain(PIN);
    // Locked again, as the parent leaves.
    await parent.evaluate(() => chrome.runtime.sendMessage({ type: 'parent.lock', payload: {} }));

    const options = await ext.extensionPage('src/ui/options/index.html');
    // The settings page refuses, and says why.
    expect(await switchForwardingOff(options)).toMatch(/parent mode|chế độ phụ huynh/i);
    expect((await inForce(options)).forwarding.enabled).toBe(true);
    // Around the page: a child writing the stored settings directly changes nothing in force.
    await options.evaluate(
      (key) => chrome.storage.local.set({ [key]: { forwarding: { enabled: false }, language: 'en' } }),
      USER_SETTINGS_KEY,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect((await inForce(options)).forwarding.enabled).toBe(true);
    // Nor can parent mode be switched off, or the summary read, without the PIN.
    const refused = await options.evaluate(async () => [
      await chrome.runtime.sendMessage({ type: 'parent.disable', payload: {} }),
      await chrome.runtime.sendMessage({ type: 'parent.summary', payload: {} }),
    ]);
    expect(refused).toEqual([
      expect.objectContaining({ ok: false, error: expect.stringMatching(/^parent-locked/) as unknown }),
      expect.objectContaining({ ok: false, error: expect.stringMatching(/^parent-locked/) as unknown }),
    ]);

    // With the PIN: a wrong one first, then the right one.
    await parent.bringToFront();
    await parent.reload();
    expect(await enterPin(parent, '000000')).toMatch(/not right|không đúng/);
    expect(await enterPin(parent, PIN)).toBe('unlocked');
    await parent.waitForSelector('[data-testid="parent-unlocked"]');
    expect(await switchForwardingOff(options)).toMatch(/saved|đã lưu/i);
    await until(async () => !(await inForce(options)).forwarding.enabled, 'forwarding is off, by the parent');
    await parent.close();
    await options.close();
  }, 120_000);

  it("the popup's Pause is refused without the PIN, with the reason, and works after the parent unlocks", async () => {
    const url = 'https://meet.google.com/par-paus-abc';
    const meeting = await ext.openMeeting(url, { [url]: fixture('meet/in-call-people.en.html') });
    const popup = await ext.extensionPage('src/ui/popup/index.html');
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'parent.lock', payload: {} }));
    await meeting.bringToFront(); // the popup reads the active tab
    const pause = () => popup.evaluate(() => (document.querySelector('button.pause') as HTMLButtonElement).click());
    const status = () => popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
    await popup.waitForSelector('button.pause', { timeout: 30_000 });
    // In the language in force (the settings the parent sealed leave it to the browser).
    const table = (await popup.evaluate(() => document.documentElement.lang)) === 'vi' ? vi : en;

    await pause();
    expect(await until(status, 'the pause answered')).toBe(table.popup_pause_parent_locked.message);
    await new Promise((r) => setTimeout(r, 1_500)); // the popup reads the tab again
    expect(await textOf(popup, 'header .state')).toBe(table.popup_state_on.message);
    expect(await textOf(popup, 'button.pause')).toBe(table.popup_pause.message);

    const unlocked = await popup.evaluate(
      (pin) => chrome.runtime.sendMessage({ type: 'parent.unlock', payload: { pin } }),
      PIN,
    );
    expect(unlocked).toMatchObject({ ok: true, value: { ok: true } });
    await pause();
    await until(async () => (await status()) === table.popup_paused_done.message, 'paused, with the PIN');
    await until(
      async () => (await textOf(popup, 'header .state')) === table.popup_state_paused.message,
      'the popup says paused',
    );
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'parent.lock', payload: {} }));
    await popup.close();
    await ext.closeMeetings();
  }, 90_000);

  it('wrong PINs are rate-limited: after three, even the right one waits', async () => {
    const parent = await ext.extensionPage('src/ui/parent/index.html');
    await parent.evaluate(() => chrome.runtime.sendMessage({ type: 'parent.lock', payload: {} }));
    await parent.reload();
    for (let i = 0; i < 3; i++) await enterPin(parent, `99999${i}`);
    expect(await enterPin(parent, PIN)).toMatch(/Try again in \d+ seconds|thử lại sau \d+ giây/);
    expect(await parent.$('#pin')).not.toBeNull();
    await parent.close();
  }, 60_000);
});
