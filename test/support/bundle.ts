/**
 * Bundles a source module into a script a page can run (an IIFE assigning `globalThis[globalName]`),
 * so DOM tests exercise adapters and selectors in real Chromium without building the extension.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { ROOT } from './browser';

const cache = new Map<string, Promise<string>>();

/**
 * With `withMessages`, the bundle also exports the meeting tab's `loadMessages` (as `__loadMessages`):
 * the tab loads its language's strings before it shows anything, and so must a test page.
 */
export function bundle(entry: string, globalName: string, withMessages = false): Promise<string> {
  const key = `${entry}#${globalName}#${withMessages}`;
  let p = cache.get(key);
  if (!p) {
    const messages = path.resolve(ROOT, 'src/content/messages.ts');
    const contents = `export * from ${JSON.stringify(path.resolve(ROOT, entry))};
      export { loadMessages as __loadMessages } from ${JSON.stringify(messages)};`;
    p = build({
      ...(withMessages
        ? { stdin: { contents, resolveDir: ROOT, loader: 'ts' as const } }
        : { entryPoints: [path.resolve(ROOT, entry)] }),
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
