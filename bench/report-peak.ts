/**
 * Child of report.bench.ts: the peak memory of one build, alone in a fresh process. The log is read
 * from a file and the heap collected first; the figure is how far the process's peak resident memory
 * rose above that during the build (the build's output included).
 */
import { readFileSync } from 'node:fs';
import { BUILDS, logOf } from './report-builds';
import type { StoredEvent } from '../src/common/protocol';

const [file, label] = process.argv.slice(2);
const build = BUILDS.find(([l]) => l === label)?.[1];
if (!build || !file || !process.send) throw new Error(`report-peak: unknown build ${label}`);
const log = logOf(JSON.parse(readFileSync(file, 'utf8')) as StoredEvent[], label === 'verify JSON export');
globalThis.gc?.();
globalThis.gc?.();
const rss = process.resourceUsage().maxRSS;
const heap = process.memoryUsage().heapUsed;
const out = await build(log);
const peakMB = (process.resourceUsage().maxRSS - rss) / 1e3;
const heldMB = (process.memoryUsage().heapUsed - heap) / 1e6;
process.send({ peakMB, heldMB, size: typeof out === 'string' ? out.length : null }, () => process.exit(0));
