/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or only those whose name contains an
 * argument: `npm run bench -- chat`). Each module's default export runs its benchmark, prints its
 * detail and returns its headline figures; at the end one table is printed and written to
 * bench/results.json and docs/performance.md. Targets are reported, never asserted.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { BenchResult } from './figures';
import { machine, renderMarkdown, tableLines, type BenchEntry, type Results } from './report';

const dir = import.meta.dirname;
const ROOT = path.resolve(dir, '..');
const RESULTS = path.join(dir, 'results.json');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

/** Settings that change what a bench measures, recorded with its figures. */
const settings = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('CG_BENCH_')));

async function runOne(f: string): Promise<BenchEntry> {
  const name = f.replace(/\.bench\.ts$/, '');
  console.log(`\n== ${name} ==`);
  const started = Date.now();
  const loadBefore = machine().load;
  const entry: BenchEntry = { name, date: new Date().toISOString(), seconds: 0, load: loadBefore, settings };
  try {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: () => Promise<BenchResult> };
    const result = await mod.default();
    if (result && 'skipped' in result) {
      entry.skipped = result.skipped;
      console.log(`skipped: ${result.skipped}`);
    } else entry.figures = result ?? [];
  } catch (err) {
    entry.failed = String(err).split('\n')[0]!;
    console.error(`${f} failed:`, err);
  }
  entry.seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(`(${entry.seconds.toFixed(1)} s)`);
  return entry;
}

const ran: BenchEntry[] = [];
// Benches that load the built extension read dist/ (test/e2e/extension.ts): build it first, or they
// measure whatever was built last. CG_DIST points them at a build of one's own instead.
const loadsExtension = (f: string) => /launchExtension|contentOverhead\(/.test(readFileSync(path.join(dir, f), 'utf8'));
if (!process.env['CG_DIST'] && files.some(loadsExtension)) {
  console.log('building dist/ for the benches that load the extension');
  await build({ root: ROOT, logLevel: 'warn' });
}
for (const f of files) ran.push(await runOne(f));

// A run of some benches keeps the others' last figures (each entry has its own date and load).
const previous: Results | null = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : null;
const names = new Set(ran.map((e) => e.name));
const results: Results = {
  date: new Date().toISOString(),
  machine: machine(),
  complete: filters.length === 0,
  benches: [...(previous?.benches ?? []).filter((e) => !names.has(e.name)), ...ran].sort((a, b) =>
    a.name.localeCompare(b.name),
  ),
};
console.log(`\n${tableLines(results).join('\n')}`);
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(ROOT, 'docs/performance.md'), renderMarkdown(results));
console.log(`\nwritten: bench/results.json, docs/performance.md`);
if (ran.some((e) => e.failed)) process.exitCode = 1;
