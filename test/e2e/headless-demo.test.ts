/**
 * `npm start -- --headless --out DIR`, as a school's IT would run it on a server without a display:
 * the demo class bombing on every client, then the reports and alert screenshots in DIR. Its JSON
 * verifies, one character changed in one event is caught and the event named, and its printable HTML
 * shows every incident with JavaScript off.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { verifyReportFile } from '../../scripts/verify-report';
import { launch, ROOT } from '../support/browser';
import { DIST } from './extension';
import { visibleText } from '../../src/common/visible-text';

const PLATFORMS = ['meet', 'zoom', 'teams'] as const;
const out = mkdtempSync(path.join(tmpdir(), 'cg-demo-'));
let run: { code: number; stdout: string; stderr: string };
let browser: Browser & { cleanup(): Promise<void> };

beforeAll(async () => {
  // One language keeps the test to one browser run; the default plays both.
  const args = [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts', '--headless', '--out', out];
  try {
    const r = await promisify(execFile)(process.execPath, [...args, '--lang=en', '--no-build'], {
      cwd: ROOT,
      env: { ...process.env, CG_DIST: DIST, DISPLAY: '' },
      timeout: 240_000,
    });
    run = { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    run = { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
  browser = await launch({});
}, 300_000);
afterAll(async () => {
  await browser?.cleanup();
  rmSync(out, { recursive: true, force: true });
});

interface Report {
  events: {
    seq: number;
    id: string;
    type: string;
    payload: { finding?: { subject: { name?: string } }; observationId?: string };
  }[];
}

it('exits 0 having written every report and a screenshot of the alerts for each client', () => {
  expect(run.stderr).not.toMatch(/missing/);
  expect(run.code).toBe(0);
  for (const p of PLATFORMS)
    for (const file of [`${p}-en.html`, `${p}-en.json`, `${p}-en.csv`, `${p}-en-alerts.png`]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
      expect(statSync(path.join(out, file)).size, file).toBeGreaterThan(500);
    }
  // The CSV opens in Excel with its Vietnamese intact.
  expect(readFileSync(path.join(out, 'meet-en.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
});

it.each(PLATFORMS)('%s: the JSON verifies, and one character changed in one event fails naming it', async (p) => {
  const file = path.join(out, `${p}-en.json`);
  const ok = await verifyReportFile(file);
  expect(ok.code, ok.message).toBe(0);

  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const target = report.events.find((e) => e.type === 'finding')!;
  const text = readFileSync(file, 'utf8');
  // The finding's first occurrence of its own id is in the event itself; change one character of its time.
  const at = text.indexOf(`"id": "${target.id}"`);
  const timeAt = text.indexOf('"time": "', at) + '"time": "'.length;
  const changed = text.slice(0, timeAt + 3) + (text[timeAt + 3] === '1' ? '2' : '1') + text.slice(timeAt + 4);
  const bad = path.join(out, `${p}-en-changed.json`);
  writeFileSync(bad, changed);
  const caught = await verifyReportFile(bad);
  expect(caught.code).toBe(1);
  expect(caught.message).toContain(`event seq ${target.seq} (id ${target.id})`);
});

/** Who a finding is about, as the incident rule tells people apart; a raid is one incident of its own. */
function whoOf(e: Report['events'][number]): string {
  const f = e.payload.finding as { category?: string; subject: { name?: string; participantId?: string } } | undefined;
  return f?.category === 'raid' ? e.id : (f?.subject.participantId ?? f?.subject.name ?? '');
}

it.each(PLATFORMS)('%s: the HTML shows every incident with JavaScript disabled', async (p) => {
  const report = JSON.parse(readFileSync(path.join(out, `${p}-en.json`), 'utf8')) as Report;
  const findings = report.events.filter((e) => e.type === 'finding');
  expect(findings.length).toBeGreaterThan(0);
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`file://${path.join(out, `${p}-en.html`)}`);
  const shown = await page.evaluate(() => ({
    rows: [...document.querySelectorAll('#incidents tr.incident')].map((r) => (r as HTMLElement).innerText),
    scripts: document.querySelectorAll('script').length,
  }));
  await page.close();
  expect(shown.scripts).toBe(0);
  // One row per incident: the findings on one event about one person are one incident.
  const incidents = new Set(
    findings.map((e) => (e.payload.observationId ? `${e.payload.observationId} ${whoOf(e)}` : e.id)),
  );
  expect(shown.rows).toHaveLength(incidents.size);
  for (const f of findings) {
    const name = f.payload.finding?.subject.name;
    // As the report shows a name: invisible characters marked, long ones cut.
    if (name) expect(shown.rows.join('\n')).toContain(visibleText(name, 256).slice(0, 40));
  }
});
