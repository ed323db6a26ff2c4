/**
 * `npm start`: builds the extension, then opens Chromium with it loaded on the demo classroom —
 * local copies of each client (the test fixtures) served at the clients' real URLs, so the
 * extension runs exactly as it would on meet.google.com, app.zoom.us and teams.microsoft.com —
 * and plays a short "class bombing" in each: a stranger, an impostor of the teacher, abuse in chat.
 *
 *   npm start                          in a window (headless when there is no display)
 *   npm start -- --smoke               play the demo, print what the log recorded, and exit
 *   npm start -- --headless --out DIR  play it without a display on every client in both languages,
 *                                      write each meeting's HTML, JSON and CSV reports and a screenshot
 *                                      of its alerts into DIR; exit 1 naming any expected finding missing
 *   --platform=meet|zoom|teams         one client only
 *   --lang=vi|en                       the clients and reports in one language (default: Vietnamese,
 *                                      or both with --headless)
 *   --no-build                         use the extension already built (CG_DIST, else dist/)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ChromeNotFoundError, findChrome } from './lib/chrome';
import { visibleText } from '../src/common/visible-text';
import { demoClients, LANGS, PLATFORMS, type Lang, type Platform } from './lib/demo-class';
import { awaitFindings, launchDemo, loggedFindings, openClients, play } from './lib/demo-run';
import { screenshotAlerts, writeReports } from './lib/demo-headless';

/** A file as the user can find it: relative inside the working directory, else its full path. */
const shownPath = (f: string): string => {
  const rel = path.relative(process.cwd(), f);
  return rel.startsWith('..') || path.isAbsolute(rel) ? f : rel;
};

const root = path.resolve(import.meta.dirname, '..');

interface Options {
  smoke: boolean;
  headless: boolean;
  out: string | null;
  platforms: Platform[];
  langs: Lang[];
  build: boolean;
}

/** `--name=value` or `--name value`. */
function option(args: string[], name: string): string | null {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return null;
  const a = args[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (args[i + 1] ?? '');
}

function parseOptions(args: string[]): Options {
  const headless = args.includes('--headless');
  const out = option(args, 'out');
  const platform = option(args, 'platform');
  const lang = option(args, 'lang');
  const fail = (msg: string): never => {
    console.error(
      `${msg}\nusage: npm start -- [--smoke | --headless --out DIR] [--platform=meet|zoom|teams] [--lang=vi|en]`,
    );
    process.exit(2);
  };
  if (platform !== null && !PLATFORMS.includes(platform as Platform)) fail(`unknown platform “${platform}”`);
  if (lang !== null && !LANGS.includes(lang as Lang)) fail(`unknown language “${lang}”`);
  if (headless && !out) fail('--headless needs --out DIR: the folder the reports and screenshots go to');
  return {
    smoke: args.includes('--smoke'),
    headless,
    out: out ? path.resolve(out) : null,
    platforms: platform ? [platform as Platform] : [...PLATFORMS],
    langs: lang ? [lang as Lang] : headless ? [...LANGS] : ['vi'],
    build: !args.includes('--no-build'),
  };
}

function build(): string {
  if (process.env['CG_DIST']) return path.resolve(root, process.env['CG_DIST']);
  console.log('Building the extension…');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  return path.join(root, 'dist');
}

/** One language's run of the headless demo; returns the expected findings that are missing. */
async function headlessRun(chromePath: string, dist: string, opts: Options, lang: Lang): Promise<string[]> {
  const clients = demoClients(lang).filter((c) => opts.platforms.includes(c.platform));
  const demo = await launchDemo(chromePath, dist, true, lang);
  try {
    const open = await openClients(demo.browser, clients);
    await play(open, 1_000);
    const missing = await awaitFindings(demo.report, clients, 30_000);
    const files = [
      ...(await screenshotAlerts(open, lang, opts.out!)),
      ...(await writeReports(demo, open, lang, opts.out!)),
    ];
    console.log(`[${lang}] wrote:\n  ${files.map(shownPath).join('\n  ')}`);
    return missing.map((m) => `[${lang}] ${m}`);
  } finally {
    await demo.browser.close();
  }
}

async function headlessMain(chromePath: string, dist: string, opts: Options): Promise<number> {
  mkdirSync(opts.out!, { recursive: true });
  const missing: string[] = [];
  for (const lang of opts.langs) missing.push(...(await headlessRun(chromePath, dist, opts, lang)));
  if (missing.length) {
    console.error(
      `\nExpected findings missing from the log:\n  ${missing.map((m) => visibleText(m, 200)).join('\n  ')}`,
    );
    return 1;
  }
  console.log(`\nEvery expected finding was logged; reports and screenshots are in ${opts.out}`);
  return 0;
}

async function interactiveMain(chromePath: string, dist: string, opts: Options): Promise<void> {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
  const headless = opts.smoke || !hasDisplay;
  if (!opts.smoke && !hasDisplay) console.log('No display found: running headless (set DISPLAY to see the window).');
  const lang = opts.langs[0]!;
  const clients = demoClients(lang).filter((c) => opts.platforms.includes(c.platform));
  const demo = await launchDemo(chromePath, dist, headless, lang);
  const open = await openClients(demo.browser, clients);
  await play(open, opts.smoke ? 800 : 3_000);
  await new Promise((r) => setTimeout(r, 1_500));
  const findings = (await loggedFindings(demo.report)).map((f) => `${f.platform}: ${f.category} — ${f.name}`);
  // Names are attacker-written: invisible and bidi characters shown as markers, not obeyed by the terminal.
  console.log(`\nThe log has ${findings.length} findings:\n  ${findings.map((f) => visibleText(f, 120)).join('\n  ')}`);
  if (opts.smoke) return void (await demo.browser.close());
  await demo.report.reload();
  await demo.report.bringToFront();
  console.log('\nThe report page is open. Close the browser or press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    demo.browser.on('disconnected', () => resolve());
    process.on('SIGINT', () => void demo.browser.close().then(resolve));
  });
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  let chromePath: string;
  try {
    chromePath = findChrome();
  } catch (err) {
    console.error(err instanceof ChromeNotFoundError ? err.message : err);
    process.exit(1);
  }
  const dist = opts.build ? build() : path.resolve(root, process.env['CG_DIST'] ?? 'dist');
  if (opts.headless) process.exitCode = await headlessMain(chromePath, dist, opts);
  else await interactiveMain(chromePath, dist, opts);
}

void main();
