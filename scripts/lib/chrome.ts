/**
 * Finds a Chromium-family browser to run the extension in: CHROME_PATH first, then the usual
 * install paths on Linux, macOS and Windows. Shared by `npm start`, the tests and the benchmarks.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env['PROGRAMFILES'] ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env['LOCALAPPDATA'] ?? ''}\\Chromium\\Application\\chrome.exe`,
  ],
};

export class ChromeNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      'No Chromium, Chrome or Edge found. Tried:\n  ' +
        tried.join('\n  ') +
        '\nFix: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to the browser executable.',
    );
    this.name = 'ChromeNotFoundError';
  }
}

export function findChrome(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new ChromeNotFoundError([`CHROME_PATH=${fromEnv} (does not exist)`]);
  }
  const tried = CANDIDATES[process.platform] ?? CANDIDATES['linux']!;
  for (const p of tried) if (existsSync(p)) return p;
  if (process.platform !== 'win32') {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
      try {
        const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
        if (p) return p;
      } catch {
        /* not on PATH */
      }
    }
  }
  throw new ChromeNotFoundError(tried);
}

/**
 * Flags for a machine with no network and (in CI) running as root: without the background-networking
 * switches Chromium stalls on refused connections at start.
 */
export function chromeArgs(extra: string[] = []): string[] {
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--lang=en-US',
  ];
  if (process.platform === 'linux' && (process.getuid?.() === 0 || process.env['CI'])) args.push('--no-sandbox');
  return [...args, ...extra];
}
