/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or only those whose name contains an
 * argument: `npm run bench -- chat`). Each module's default export runs its benchmark and prints
 * its own figures; targets are reported, never asserted.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = import.meta.dirname;
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const f of files) {
  console.log(`\n== ${f.replace(/\.bench\.ts$/, '')} ==`);
  const started = Date.now();
  try {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: () => Promise<void> | void };
    await mod.default();
  } catch (err) {
    failed++;
    console.error(`${f} failed:`, err);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
if (failed) process.exitCode = 1;
