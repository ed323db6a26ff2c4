/**
 * One thing that happened is one incident: a stranger's chat message that several rules match (it
 * swears and insults) reads on the built extension's report page as one incident naming every kind,
 * counted once in the summary, the chart and the meetings list, and prints as one incident row in the
 * HTML export opened with JavaScript off. The log keeps every finding.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import type { Finding } from '../../src/common/model';
import { useExtension, until } from './extension';
import { logMeeting } from './log-helpers';
import { downloadBy } from '../../scripts/lib/downloads';

const ext = useExtension({ keepMeetings: true });
beforeAll(async () => {
  await ext.setSettings({ language: 'en' });
});

const at = (s: number) => new Date(Date.now() - 3_600_000 + s * 1000).toISOString().replace('Z', '+00:00');
const WORDS = 'đm mày ngu vl';
const CATEGORY_WORDS = new Map([
  ['profanity', 'profanity'],
  ['insult', 'insult'],
  ['threat', 'threat'],
  ['hate', 'hate'],
  ['sexual', 'sexual content'],
]);

async function seed(page: Page, code: string): Promise<string> {
  const stranger = { id: 'spaces/x/devices/666', idStable: true, name: 'Khách Lạ', role: 'participant', self: false };
  const message = (id: string, text: string) => ({
    message: { id, senderId: stranger.id, senderName: stranger.name, self: false, text, time: null, privateTo: null },
  });
  const events = [
    { type: 'participant.joined', time: at(1), payload: { participant: stranger } },
    { type: 'chat.message', time: at(10), payload: message('m1', 'chào cả lớp') },
    { type: 'chat.message', time: at(20), payload: message('m2', WORDS) },
  ].map((e) => ({ id: crypto.randomUUID(), ...e }));
  return logMeeting(page, 'meet', code, [events]);
}

/** A note as an older version saved it, on one finding of what is now a grouped incident. */
async function olderNote(page: Page, sessionId: string, findingId: string, note: string): Promise<void> {
  await page.evaluate(
    async (sessionId, findingId, note) => {
      const event = {
        id: crypto.randomUUID(),
        type: 'teacher.action',
        time: new Date().toISOString().replace('Z', '+00:00'),
        payload: { action: 'report-note', findingId, note },
      };
      const r = (await chrome.runtime.sendMessage({
        type: 'events.append',
        payload: { sessionId, events: [event] },
      })) as { ok: boolean; error?: string };
      if (!r.ok) throw new Error(r.error);
    },
    sessionId,
    findingId,
    note,
  );
}

async function printedWithoutScript(page: Page): Promise<{ rows: string[]; text: string; notes: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-dl-'));
  const file = await downloadBy(page, dir, () => page.click('button[data-export="html"]'));
  const doc = await ext.browser.newPage();
  await doc.setJavaScriptEnabled(false);
  await doc.goto(`file://${file}`);
  const shown = await doc.evaluate(() => ({
    rows: [...document.querySelectorAll('#incidents tr.incident')].map((r) => (r as HTMLElement).innerText),
    text: (document.querySelector('#incidents') as HTMLElement).innerText,
    notes: [...document.querySelectorAll('#incidents tr.incident-note')].map((r) => (r as HTMLElement).innerText),
  }));
  await doc.close();
  return shown;
}

it('a message that several rules match is one incident naming each, counted once everywhere', async () => {
  const page = await ext.extensionPage();
  const sessionId = await seed(page, 'one-inci-den');
  // The worker's chat guard judges the message: one finding per rule that matched, each naming the message's event.
  const findings = await until(async () => {
    const f = (await ext.events(sessionId)).filter((e) => e.type === 'finding');
    return f.length >= 2 ? f : null;
  }, 'the findings on the message');
  const kinds = [...new Set(findings.map((e) => (e.payload['finding'] as Finding).category))];
  expect(kinds.length).toBeGreaterThanOrEqual(2);
  expect(new Set(findings.map((e) => e.payload['observationId'])).size).toBe(1);

  await page.goto(`chrome-extension://${ext.extensionId}/src/ui/report/index.html?session=${sessionId}`);
  await page.waitForSelector('[data-testid="incidents"] > li');
  const shown = await page.evaluate(() => {
    const q = (s: string) => document.querySelector(s) as HTMLElement | null;
    return {
      items: [...document.querySelectorAll('[data-testid="incidents"] > li')].map((li) => ({
        id: li.getAttribute('data-incident'),
        findings: li.getAttribute('data-findings'),
        heading: (li.querySelector('p') as HTMLElement).innerText,
        quotes: [...li.querySelectorAll('blockquote')].map((b) => b.textContent),
      })),
      summary: q('[data-testid="summary-incidents"]')!.innerText,
      grouped: q('[data-testid="summary-grouped"]')?.innerText ?? '',
      markers: document.querySelectorAll('svg[data-testid="timeline"] [data-incident]').length,
    };
  });
  expect(shown.items).toHaveLength(1);
  const [item] = shown.items;
  expect(item!.id).toBe(findings[0]!.id);
  expect(item!.findings).toBe(String(findings.length));
  for (const k of kinds) expect(item!.heading).toContain(CATEGORY_WORDS.get(k) ?? k);
  expect(item!.heading).toContain('“Khách Lạ”');
  // The words once: the message, not each rule's part of it.
  expect(item!.quotes).toEqual([WORDS]);
  expect(shown.summary).toMatch(/^1 incident: /);
  for (const k of kinds) expect(shown.summary).toContain(`${CATEGORY_WORDS.get(k) ?? k} (1)`);
  expect(shown.grouped).toContain(`${findings.length} findings`);
  expect(shown.markers).toBe(1);
  const listed = await page.$eval(
    `tr[data-session="${sessionId}"] td[data-col="incidents"]`,
    (td) => (td as HTMLElement).innerText,
  );
  expect(listed).toBe('1');

  const printed = await printedWithoutScript(page);
  expect(printed.rows).toHaveLength(1);
  for (const k of kinds) expect(printed.rows[0]).toContain(CATEGORY_WORDS.get(k) ?? k);
  expect(printed.rows[0]).toContain(`“${WORDS}”`);
  expect(printed.rows[0]!.split('đm')).toHaveLength(2);
  // The log still holds every finding.
  expect((await ext.events(sessionId)).filter((e) => e.type === 'finding')).toHaveLength(findings.length);
}, 120_000);

it('a note on a grouped incident shows once, an older version’s note on a later finding included', async () => {
  const page = await ext.extensionPage();
  const sessionId = await seed(page, 'one-note-onc');
  const findings = await until(async () => {
    const f = (await ext.events(sessionId)).filter((e) => e.type === 'finding');
    return f.length >= 2 ? f : null;
  }, 'the findings on the message');
  const incident = findings[0]!.id;
  await olderNote(page, sessionId, findings[findings.length - 1]!.id, 'Ghi chú cũ trên phát hiện cuối.');
  await page.goto(`chrome-extension://${ext.extensionId}/src/ui/report/index.html?session=${sessionId}`);
  const item = `[data-incident="${incident}"]`;
  await page.waitForSelector(`${item} [data-testid="incident-note"]`);
  const notesShown = () =>
    page.$$eval('[data-testid="incidents"] [data-testid="incident-note"]', (ps) => ps.map((p) => p.textContent ?? ''));
  expect(await notesShown()).toEqual([expect.stringContaining('Ghi chú cũ trên phát hiện cuối.')]);

  // The teacher edits it on the incident: saved under the incident's id, shown once, both saves counted.
  await page.click(`${item} [data-testid="edit-incident-note"]`);
  await page.waitForSelector(`${item} textarea`);
  await page.$eval(`${item} textarea`, (el) => ((el as HTMLTextAreaElement).value = ''));
  await page.type(`${item} textarea`, 'Đã mời ra khỏi lớp.');
  await page.click(`${item} [data-testid="save-incident-note"]`);
  const shown = await until(async () => {
    const n = await notesShown();
    return n.length === 1 && n[0]!.includes('Đã mời ra khỏi lớp.') ? n : null;
  }, 'the new note under the incident');
  expect(shown[0]).toMatch(/saved 2 times/);
  const saves = (await ext.events(sessionId)).filter((e) => e.payload['action'] === 'report-note');
  expect(saves.map((e) => e.payload['findingId'])).toEqual([findings[findings.length - 1]!.id, incident]);

  const printed = await printedWithoutScript(page);
  expect(printed.rows).toHaveLength(1);
  expect(printed.notes).toHaveLength(1);
  expect(printed.notes[0]).toContain('Đã mời ra khỏi lớp.');
  expect(printed.text).not.toContain('Ghi chú cũ');
}, 120_000);
