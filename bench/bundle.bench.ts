/**
 * Gzipped size of each entry point of a production build (its own directory, never dist/): the
 * files it loads, its static imports followed through the chunks. The content script is counted as a
 * meeting tab loads it: the loader, the script and its imports, then the largest client adapter and the
 * larger language table it may load, with their own imports (one client and one language a tab).
 * Target: content script ≤ 80 KB gzipped.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { figure, type Figure } from './figures';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT_TARGET_KB = 80;

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

/** Imports a file makes: static ones (always loaded with it) and dynamic ones (loaded on demand). */
function importsOf(dir: string, file: string): { statics: string[]; dynamics: string[] } {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const resolve = (spec: string) =>
    spec.startsWith('.') ? path.posix.join(path.posix.dirname(file), spec) : spec.replace(/^\//, '');
  const statics = [
    ...text.matchAll(/^\s*(?:import|export)\s+(?:[^;'"]*?\s+from\s+)?["']([^"']+\.js)["']/gm),
    // The content script's loader imports the script by its extension URL.
    ...text.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g),
  ].map((m) => resolve(m[1]!));
  const dynamics = [...text.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => resolve(m[1]!));
  return { statics, dynamics };
}

/** A file and every file it loads with it; `dynamic` collects what it may load later. */
function closure(dir: string, entry: string, seen = new Set<string>(), dynamic = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(path.join(dir, entry))) return seen;
  seen.add(entry);
  const { statics, dynamics } = importsOf(dir, entry);
  for (const d of dynamics) dynamic.add(d);
  for (const s of statics) closure(dir, s, seen, dynamic);
  return seen;
}

const gz = (dir: string, files: Iterable<string>): number =>
  [...files].reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length, 0);

/** An HTML page's scripts, preloads and styles. */
function pageFiles(dir: string, page: string): Set<string> {
  const html = readFileSync(path.join(dir, page), 'utf8');
  const files = new Set<string>([page]);
  for (const m of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) closure(dir, m[1]!, files);
  return files;
}

/**
 * What a meeting tab loads: the loader, the script and its imports, then on demand one client adapter
 * and one language's messages (each counted at its largest), with their own imports.
 */
function contentScript(dir: string, loader: string): { kb: number; adapter: string } {
  const dynamic = new Set<string>();
  const always = closure(dir, loader, new Set(), dynamic);
  const largest = new Map<'adapter' | 'messages', { bytes: number; name: string }>();
  for (const d of dynamic) {
    const name = path.basename(d).replace(/-[\w-]+\.js$/, '');
    const group = name === 'messages' ? 'messages' : 'adapter';
    const bytes = gz(
      dir,
      [...closure(dir, d)].filter((f) => !always.has(f)),
    );
    if (bytes > (largest.get(group)?.bytes ?? 0)) largest.set(group, { bytes, name });
  }
  const extra = [...largest.values()].reduce((n, l) => n + l.bytes, 0);
  return { kb: (gz(dir, always) + extra) / 1024, adapter: largest.get('adapter')?.name ?? 'none' };
}

export default async function bundleBench(): Promise<Figure[]> {
  const out = mkdtempSync(path.join(tmpdir(), 'cg-bench-build-'));
  try {
    await build({ root: ROOT, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest;
    const figures: Figure[] = [];
    const loader = manifest.content_scripts?.[0]?.js?.[0];
    if (loader) {
      const cs = contentScript(out, loader);
      console.log(
        `content script (with the ${cs.adapter} adapter and one language, the largest): ${cs.kb.toFixed(1)} KB gzipped`,
      );
      figures.push(figure('content script, gzipped', cs.kb, 'KB', `≤ ${CONTENT_TARGET_KB}`, null, 1));
    }
    const worker = manifest.background?.service_worker;
    if (worker) {
      const kb = gz(out, closure(out, worker)) / 1024;
      console.log(`service worker: ${kb.toFixed(1)} KB gzipped`);
      figures.push(figure('service worker, gzipped', kb, 'KB', null, null, 1));
    }
    const pages: [string, string | undefined][] = [
      ['popup', manifest.action?.default_popup],
      ['settings page', manifest.options_ui?.page],
      ['report page', 'src/ui/report/index.html'],
    ];
    for (const [name, page] of pages) {
      if (!page || !existsSync(path.join(out, page))) continue;
      const kb = gz(out, pageFiles(out, page)) / 1024;
      console.log(`${name}: ${kb.toFixed(1)} KB gzipped`);
      figures.push(figure(`${name}, gzipped`, kb, 'KB', null, null, 1));
    }
    return figures;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
