/**
 * `npm run package`: zips dist/ for the Chrome Web Store and Edge Add-ons (manifest at the zip's
 * root, as both stores require) into release/class-guard-<version>.zip.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as { version: string };

const files: Zippable = {};
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    // Dev-only leftovers have no place in a store upload.
    else if (!name.endsWith('.map') && name !== '.vite')
      files[path.relative(dist, full).split(path.sep).join('/')] = readFileSync(full);
  }
};
walk(dist);

const out = path.join(root, 'release', `class-guard-${manifest.version}.zip`);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, zipSync(files, { level: 9 }));
console.log(
  `${path.relative(root, out)}: ${Object.keys(files).length} files, ${(statSync(out).size / 1024).toFixed(1)} KB`,
);
