/**
 * The meeting tab loads only what the page needs (docs/architecture.md, invariant 7): the settings
 * schema and its validation library stay in the worker and the extension pages, whatever the panel
 * shows (names explained, steps, strings).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from './extension';

const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
};

/** Every file the content scripts load: their own and, transitively, the chunks they import. */
function contentFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (rel: string) => {
    if (files.has(rel) || !existsSync(path.join(DIST, rel))) return;
    const code = readFileSync(path.join(DIST, rel), 'utf8');
    files.set(rel, code);
    const dir = path.posix.dirname(rel);
    for (const m of code.matchAll(/(?:from|import\()\s*["']\.\/([\w.-]+\.js)["']/g)) visit(`${dir}/${m[1]}`);
    for (const m of code.matchAll(/getURL\(\s*["']([\w./-]+\.js)["']/g)) visit(m[1]!);
  };
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) visit(js);
  return files;
}

it('the content script loads neither zod nor the settings schema', () => {
  const files = contentFiles();
  // The loader, its entry and the clients' adapters at least: the walk follows the imports.
  expect(files.size).toBeGreaterThan(3);
  expect([...files.keys()].some((f) => /src-content-index/.test(f))).toBe(true);
  const withZod = [...files].filter(([, code]) => code.includes('_zod')).map(([f]) => f);
  expect(withZod).toEqual([]);
  const withSchema = [...files].filter(([, code]) => code.includes('SettingsSchema')).map(([f]) => f);
  expect(withSchema).toEqual([]);
});
