/** The table of `npm run bench`: as text for the terminal, and as docs/performance.md. */
import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { findChrome } from '../scripts/lib/chrome';
import { ABOUT } from './about';
import type { Figure } from './figures';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGB: number;
  freeMemoryGB: number;
  /** Load averages over 1, 5 and 15 minutes. */
  load: number[];
  node: string;
  browser: string;
}

export interface BenchEntry {
  name: string;
  date: string;
  seconds: number;
  /** Load averages when it started: other jobs on the machine move wall-clock figures. */
  load: number[];
  settings: Record<string, string | undefined>;
  figures?: Figure[];
  skipped?: string;
  failed?: string;
}

export interface Results {
  date: string;
  machine: Machine;
  /** Whether the last run ran every bench (else the others' figures are from earlier runs). */
  complete: boolean;
  benches: BenchEntry[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function browserVersion(): string {
  try {
    return execFileSync(findChrome(), ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

export function machine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: round1(totalmem() / 2 ** 30),
    freeMemoryGB: round1(freemem() / 2 ** 30),
    load: loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    browser: browserVersion(),
  };
}

function num(x: number | null, digits?: number): string {
  if (x === null || !Number.isFinite(x)) return '';
  const d = digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3);
  return x.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
}

const HEADER = ['bench', 'figure', 'value', 'unit', 'baseline', 'target'];

function rows(results: Results): string[][] {
  const out: string[][] = [];
  for (const b of results.benches) {
    if (b.skipped) out.push([b.name, `skipped: ${b.skipped}`, '', '', '', '']);
    else if (b.failed) out.push([b.name, `failed: ${b.failed}`, '', '', '', '']);
    for (const f of b.figures ?? [])
      out.push([b.name, f.name, num(f.value, f.digits), f.unit, num(f.baseline, f.digits), f.target ?? '']);
  }
  return out;
}

/** The table aligned in columns, for the terminal. */
export function tableLines(results: Results): string[] {
  const all = [HEADER, ...rows(results)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r) =>
    r.map((c, i) => (i === 2 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '),
  );
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderMarkdown(results: Results): string {
  const m = results.machine;
  const table = [
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map((_, i) => (i === 2 || i === 4 ? '---:' : '---')).join('|')}|`,
    ...rows(results).map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  const runs = results.benches.map(
    (b) =>
      `| ${b.name} | ${b.date.slice(0, 16).replace('T', ' ')} UTC | ${b.seconds} s | ${b.load.join(', ')} | ${Object.entries(
        b.settings,
      )
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')} |`,
  );
  const about = results.benches.map(
    (b) => `- **${b.name}**: ${ABOUT.get(b.name) ?? 'see bench/' + b.name + '.bench.ts'}`,
  );
  return `# Performance

Written by \`npm run bench\` (bench/run.ts) from \`bench/results.json\`; do not edit by hand. Each
figure is read against its target; where the bench measures the same quantity without us (or its
floor) in the same run, that is the baseline column. Targets are reported, never asserted in tests.
The benches print more detail than this table (spreads, splits by stage, per-layout figures).

## Figures

${table.join('\n')}

## Machine

${m.cores} cores (${m.cpu}), ${m.memoryGB} GB memory (${m.freeMemoryGB} GB free when the run ended), load average
${m.load.join(', ')} (1, 5, 15 min) at the end; Node ${m.node}; ${m.browser}. The machine is shared
with other jobs: wall-clock figures move with its load, CPU-time figures much less. Last run
${results.date.slice(0, 16).replace('T', ' ')} UTC${results.complete ? ', every bench' : ', some benches (the others are from earlier runs, dated below)'}.

| bench | run (UTC) | took | load when it started | settings |
|---|---|---|---|---|
${runs.join('\n')}

## What each bench measures

${about.join('\n')}
`;
}
