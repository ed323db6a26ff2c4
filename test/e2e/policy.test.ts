/**
 * School IT's policy as Chromium itself reads it: a policy file in the browser's managed policy
 * directory, for the extension's id, filtered by public/managed_schema.json. Nothing short of this
 * sees a schema that makes Chromium drop what IT pushed (classes once arrived as `[{}]`).
 *
 * The directory is machine-wide: every Chromium on the machine reads it, including other tests'
 * browsers running the extension under the manifest's key. So this test loads a copy of the build
 * under a key made for this run, and its policy names that throwaway id only.
 */
import { generateKeyPairSync } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../scripts/lib/chrome';
import { extensionIdOf } from '../../scripts/managed-schema';
import { USER_SETTINGS_KEY } from '../../src/common/storage-keys';
import { launch } from '../support/browser';
import { DIST, until } from './extension';
import en from '../../public/_locales/en/messages.json';

/** Where each Linux build reads mandatory policy files (Chrome Enterprise's Linux quick start names them). */
function policyDir(browserPath: string): string | null {
  if (process.platform !== 'linux') return null;
  const name = path.basename(browserPath);
  if (name.startsWith('chromium')) return '/etc/chromium/policies/managed';
  if (name.startsWith('google-chrome')) return '/etc/opt/chrome/policies/managed';
  if (name.startsWith('microsoft-edge')) return '/etc/opt/edge/policies/managed';
  return null;
}

/** Why this machine cannot run the test, or null. */
function cannotRun(dir: string | null): string | null {
  if (!dir) return `no known managed policy directory for ${process.platform} and this browser`;
  let existing = dir;
  while (!existsDir(existing)) existing = path.dirname(existing);
  try {
    accessSync(existing, constants.W_OK);
    return null;
  } catch {
    return `${existing} is not writable (run as root, as CI does)`;
  }
}

function existsDir(p: string): boolean {
  try {
    accessSync(p);
    return true;
  } catch {
    return false;
  }
}

const DIR = policyDir(findChrome());
const WHY_NOT = cannotRun(DIR);

const CLASS = {
  id: 'p-10a1',
  name: 'Lớp 10A1 - Toán',
  meetings: ['https://meet.google.com/abc-defg-hij'],
  teachers: ['Nguyễn Thị Lan'],
  roster: [{ name: 'Trần Minh Anh' }, { name: 'Lê Hoàng Bảo', aliases: ['Bảo Lê'] }],
  options: { raidThreshold: 4, studentsMayPresent: true },
};
const FIRST = {
  classes: [CLASS],
  chat: { blockedWords: ['đồ ngu'], allowedWords: [], schoolDomains: ['thcs-example.edu.vn'] },
  alerts: { notifications: false, sound: false },
};
const SECOND = {
  language: 'vi',
  classes: [{ ...CLASS, roster: [...CLASS.roster, { name: 'Phạm Thu Hà' }] }],
  chat: { blockedWords: ['đồ ngu', 'cút'], allowedWords: [], schoolDomains: ['thcs-example.edu.vn'] },
};
/** The teacher's own settings, which the policy overrides while it is there and no longer after. */
const USER = { language: 'en', chat: { blockedWords: ['lời của cô'], allowedWords: [], schoolDomains: [] } };

interface Served {
  settings: {
    language: string;
    classes: { id: string; roster: { name: string; aliases: string[] }[]; options: Record<string, unknown> }[];
    chat: { blockedWords: string[] };
    alerts: { notifications: boolean };
  };
  locked: string[];
  problems: string[];
}

let browser: (Browser & { cleanup(): Promise<void> }) | null = null;
let copy: string | null = null;
let policyFile: string | null = null;
let extensionId = '';
let page: Page;

/** Removes the policy file, and the directories this test made if nothing else is in them. */
function removePolicy(): void {
  if (!policyFile) return;
  rmSync(policyFile, { force: true });
}
function removeMadeDirs(made: string | undefined): void {
  if (!made || !DIR) return;
  for (let dir = DIR; dir.startsWith(made); dir = path.dirname(dir))
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
}
// Whatever ends the run: a policy left behind would stay in force for every Chromium on the machine.
process.once('exit', removePolicy);

function writePolicy(policy: Record<string, unknown>): void {
  writeFileSync(policyFile!, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
}

/** As IT does after changing a policy: chrome://policy, "Reload policies". */
async function reloadPolicies(): Promise<void> {
  const tab = await browser!.newPage();
  try {
    await tab.goto('chrome://policy');
    await tab.waitForSelector('pierce/#reload-policies');
    await tab.click('pierce/#reload-policies');
  } finally {
    await tab.close();
  }
}

const managed = () => page.evaluate(() => chrome.storage.managed.get(null));
const served = () =>
  page.evaluate(
    async () => ((await chrome.runtime.sendMessage({ type: 'settings.get', payload: {} })) as { value: unknown }).value,
  ) as Promise<Served>;

let madeDir: string | undefined;
beforeAll(async () => {
  if (WHY_NOT) return;
  madeDir = mkdirSync(DIR!, { recursive: true });
  // A build of its own under a key made for this run (see the top of this file).
  copy = mkdtempSync(path.join(tmpdir(), 'cg-policy-ext-'));
  cpSync(DIST, copy, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: der.toString('base64') }));
  extensionId = extensionIdOf(der);
  policyFile = path.join(DIR!, `class-guard-test-${extensionId}.json`);
  writePolicy(FIRST);
  browser = await launch({ extensionPath: copy });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 30_000 },
  );
  expect(new URL(worker.url()).host, 'the id the manifest key gives').toBe(extensionId);
  page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await page.evaluate((key, s) => chrome.storage.local.set({ [key]: s }), USER_SETTINGS_KEY, USER);
});

afterAll(async () => {
  removePolicy();
  removeMadeDirs(madeDir);
  await browser?.cleanup();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** What the settings page shows: which controls are disabled, the locked notes, the classes listed. */
async function optionsPage(p: Page) {
  await p.waitForSelector('#classes-title');
  return p.evaluate(() => {
    // A control in a disabled fieldset is disabled without its own attribute: :disabled says so.
    const disabled = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.matches(':disabled'));
    return {
      title: document.title,
      language: disabled('#language-select'),
      words: disabled('.list-editor input'),
      notifications: disabled('[data-section="alerts"] input[type="checkbox"]').slice(0, 1),
      lockedNotes: [...document.querySelectorAll('.lock-note')].filter((e) => /IT/.test(e.textContent ?? '')).length,
      // Each locked section says why, and points its controls at the reason.
      lockReasons: [...document.querySelectorAll('section[data-section]')]
        .filter((sec) => sec.querySelector('fieldset')?.disabled)
        .map((sec) => {
          const note = sec.querySelector('.lock-note');
          const described = sec.querySelector('fieldset')?.getAttribute('aria-describedby');
          return [sec.getAttribute('data-section'), note?.textContent, described === note?.id];
        }),
      classes: [...document.querySelectorAll('li.class-item')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
      buttons: [...document.querySelectorAll('[aria-labelledby="classes-title"] button')].map((b) =>
        b.textContent?.trim(),
      ),
      blocked: [...document.querySelectorAll('[data-list="blocked"] .chip .text')].map((e) => e.textContent).join('\n'),
    };
  });
}

describe(WHY_NOT ? `a policy file read by Chromium (skipped: ${WHY_NOT})` : 'a policy file read by Chromium', () => {
  it.skipIf(WHY_NOT)(
    'applies a class roster and locks what it sets; a change applies live; removed, the lock goes',
    async () => {
      // The extension gets the roster whole, not `[{}]`.
      const arrived = await until(async () => {
        const m = await managed();
        return Object.keys(m).length > 0 ? m : null;
      }, 'the policy');
      expect(arrived).toEqual(FIRST);
      const first = await served();
      expect(first.problems).toEqual([]);
      expect(first.locked.sort()).toEqual(['alerts', 'chat', 'classes']);
      expect(first.settings.language).toBe('en'); // the teacher's own: the policy does not set it
      expect(first.settings.chat.blockedWords).toEqual(['đồ ngu']);
      expect(first.settings.alerts.notifications).toBe(false);
      expect(first.settings.classes[0]).toMatchObject({
        id: 'p-10a1',
        roster: [
          { name: 'Trần Minh Anh', aliases: [] },
          { name: 'Lê Hoàng Bảo', aliases: ['Bảo Lê'] },
        ],
        options: { raidThreshold: 4, studentsMayPresent: true, learningMinutes: 5 },
      });

      const settingsPage = await browser!.newPage();
      await settingsPage.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
      const shown = await optionsPage(settingsPage);
      expect(shown).toMatchObject({ language: [false], words: [true, true, true], notifications: [true] });
      expect(shown.lockedNotes).toBe(3); // the chat's word lists, the classes and the alerts
      const reason = `🔒 ${en.settings_locked_reason.message}`;
      expect(shown.lockReasons).toEqual([
        ['chat', reason, true],
        ['alerts', reason, true],
      ]);
      expect(shown.classes).toEqual([expect.stringMatching(/^Lớp 10A1 - Toán .*\b2\b/)]);
      expect(shown.buttons).toEqual([]); // no add, edit or delete
      expect(shown.blocked).toBe('đồ ngu');

      // IT changes the policy: a third student, a word more, the language locked, the alerts no longer set.
      writePolicy(SECOND);
      await reloadPolicies();
      await until(async () => {
        const m = await managed();
        return isDeepStrictEqual(m, SECOND) || null;
      }, 'the changed policy');
      const second = await until(async () => {
        const s = await served();
        return s.locked.length === 3 && s.locked.includes('language') ? s : null;
      }, 'the worker to serve the change');
      expect(second.settings.classes[0]!.roster.map((r) => r.name)).toEqual([
        'Trần Minh Anh',
        'Lê Hoàng Bảo',
        'Phạm Thu Hà',
      ]);
      expect(second.settings.chat.blockedWords).toEqual(['đồ ngu', 'cút']);
      expect(second.settings.alerts.notifications).toBe(true); // back to the default: nobody set it
      // The settings page left open follows without a reload: now in Vietnamese, the language locked, the alerts free.
      const live = await until(async () => {
        const s = await optionsPage(settingsPage);
        return s.title === 'Class Guard — cài đặt' ? s : null;
      }, 'the open settings page to follow');
      expect(live).toMatchObject({ language: [true], words: [true, true, true], notifications: [false] });
      // What it shows of a locked key is what is in force now, not what the page first loaded.
      expect(live.blocked).toBe('đồ ngu\ncút');
      // Saving while locked writes only the teacher's own keys: the school's words never become hers.
      await settingsPage.click('button[type="submit"]');
      await settingsPage.waitForSelector('[role="status"]');

      // IT removes the policy: the teacher's own settings come back and nothing is locked.
      removePolicy();
      await reloadPolicies();
      await until(async () => Object.keys(await managed()).length === 0, 'the policy to go');
      const after = await until(async () => {
        const s = await served();
        return s.locked.length === 0 ? s : null;
      }, 'the lock to go');
      expect(after.settings.language).toBe('en');
      expect(after.settings.chat.blockedWords).toEqual(['lời của cô']);
      expect(after.settings.classes).toEqual([]);
      // The page left open follows the removal too: the teacher's own words, editable.
      const followed = await until(async () => {
        const s = await optionsPage(settingsPage);
        return s.words.every((d) => !d) ? s : null;
      }, 'the open settings page to follow the removal');
      expect(followed.blocked).toBe('lời của cô');
      // The school's change is not the teacher's: nothing is called unsaved, and leaving does not ask.
      const saveBar = await settingsPage.$eval('.save-bar', (el) => el.textContent ?? '');
      expect(saveBar).not.toMatch(/not saved yet|chưa được lưu/);
      await settingsPage.reload();
      const free = await optionsPage(settingsPage);
      expect(free).toMatchObject({ language: [false], words: [false, false, false], notifications: [false] });
      expect(free.lockedNotes).toBe(0);
      expect(free.blocked).toBe('lời của cô');
      expect(free.buttons).toEqual(['Add a class']);
    },
  );
});
