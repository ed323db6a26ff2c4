/**
 * The report page and the exports for a meeting of 10,000 events (a long, busy class: joins, chat,
 * findings, shares): the time of each build (the HTML, JSON and CSV exports, reading every event as
 * a sentence, the meeting view's model, verifying the chain of the JSON export), then the peak memory
 * of each, measured alone in a process of its own (report-peak.ts) so one build's garbage is not
 * counted against the next. Targets: under 1 s each; memory has no target in the issue, it is reported.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { chain } from '../src/ui/report/sample-log';
import { BUILDS, drafts, EVENTS, logOf } from './report-builds';

/** A headline figure for the table of `npm run bench` (the shape bench/run.ts collects). */
interface Headline {
  name: string;
  value: number;
  unit: string;
  target: string | null;
  baseline: null;
}

interface Peak {
  peakMB: number;
  heldMB: number;
  size: number | null;
}

/** One build in a fresh Node with --expose-gc, so the heap is collected right before it. */
function peakOf(file: string, label: string): Promise<Peak> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'report-peak.ts'), [file, label], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: Peak | null = null;
    child.on('message', (m) => (result = m as Peak));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`${label}: child exited ${code}`))));
  });
}

async function timeOf(run: () => unknown): Promise<number> {
  globalThis.gc?.();
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export default async function bench(): Promise<Headline[]> {
  console.log(`${EVENTS} events, ${cpus()[0]?.model ?? '?'}`);
  const events = await chain('bench', drafts());
  const log = logOf(events, true);
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-report-bench-'));
  const file = path.join(dir, 'events.json');
  writeFileSync(file, JSON.stringify(events));
  const headlines: Headline[] = [];
  const figure = (name: string, value: number, unit: string, target: string | null) =>
    headlines.push({ name: `report: ${name}, ${EVENTS} events`, value, unit, target, baseline: null });
  try {
    for (const [label, build] of BUILDS) {
      const ms = await timeOf(() => build(log));
      const peak = await peakOf(file, label);
      const size = peak.size === null ? '' : ` · output ${(peak.size / 1e6).toFixed(1)} M chars`;
      const over = ms < 1000 ? '' : '  (over the 1 s target)';
      // Both are floors of the peak: resident memory already raised by loading the log can hide a
      // smaller build's rise, and what the build still holds at its end was held at its peak.
      const floor = Math.max(peak.peakMB, peak.heldMB);
      console.log(
        `${label.padEnd(20)} ${ms.toFixed(0).padStart(5)} ms (≤ 1000) · peak memory ≥ ${floor.toFixed(1)} MB (resident +${peak.peakMB.toFixed(1)}, heap held after +${peak.heldMB.toFixed(1)})${size}${over}`,
      );
      figure(label, Math.round(ms), 'ms', '≤ 1000');
      figure(`${label}, peak memory (at least)`, Math.round(floor * 10) / 10, 'MB', null);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return headlines;
}
