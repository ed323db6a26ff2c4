/**
 * Bundles a source module into a script a page can run (an IIFE assigning `globalThis[globalName]`),
 * so DOM tests exercise adapters and selectors in real Chromium without building the extension.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './browser';

const cache = new Map<string, Promise<string>>();

export function bundle(entry: string, globalName: string): Promise<string> {
  const key = `${entry}#${globalName}`;
  let p = cache.get(key);
  if (!p) {
    p = build({
      entryPoints: [path.resolve(ROOT, entry)],
      bundle: true,
      write: false,
      format: 'iife',
      globalName,
      target: 'chrome110',
      logLevel: 'silent',
    }).then((r) => r.outputFiles[0]!.text);
    cache.set(key, p);
  }
  return p;
}
