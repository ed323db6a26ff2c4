/**
 * Least privilege, as built (docs/permissions.md): the built manifest asks for nothing beyond the
 * documented permissions and hosts, its extension pages have a strict content security policy, and no
 * file of the build can evaluate text as code or load a script from the network.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser';
import { DIST } from './extension';

interface ContentScript {
  matches?: string[];
}
interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  web_accessible_resources?: { matches?: string[]; extension_ids?: string[] }[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  sandbox?: unknown;
}

const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as Manifest;
const doc = readFileSync(path.join(ROOT, 'docs/permissions.md'), 'utf8');

/** The first-column entries (in backticks) of the table under a `## heading` of docs/permissions.md. */
function documented(heading: string): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`docs/permissions.md has no "## ${heading}"`);
  return [...section.matchAll(/^\| `([^`]+)`\s*\|/gm)].map((m) => m[1]!);
}

/** A match pattern's origin part ("https://*.zoom.us/wc/*" → "https://*.zoom.us"). */
const originOf = (pattern: string): string => pattern.replace(/^([a-z*]+:\/\/[^/]+).*$/, '$1');

function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Code that evaluates text, or loads a script from elsewhere. `Function` taken under another name
 * counts too: `const F = Function; new F(text)` is `new Function(text)`.
 */
const FORBIDDEN: [string, RegExp][] = [
  ['eval(', /(?<![\w$.])eval\s*\(/g],
  ['new Function(', /new\s+Function\s*\(/g],
  ['Function under another name', /[=(,:]\s*Function\s*[;,)]/g],
  ['importScripts', /importScripts\s*\(/g],
  ['a remote import', /(?:import\s*\(|from)\s*["'`](?:https?:)?\/\//g],
  ['a remote script URL', /["'`](?:https?:)?\/\/[^"'`\s]+\.m?js(?:[?#][^"'`]*)?["'`]/g],
];
/**
 * Known and harmless, by exact text (docs/permissions.md#code-in-the-build): zod tests once whether it
 * may compile validators, which the CSP refuses, and then never compiles one.
 */
const ALLOWED = [
  'if (globalConfig.jitless) return false;\n\tif (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;\n\ttry {\n\t\tnew Function("");',
  'compile() {\n\t\tconst F = Function;',
];

describe('the built manifest asks only for what docs/permissions.md lists', () => {
  it('permissions: exactly the documented ones, no optional API permission', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(documented('Permissions').sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('host permissions: exactly the documented hosts; optional ones exactly as documented', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(documented('Host permissions').sort());
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(
      documented('Optional host permissions').sort(),
    );
  });

  it('the content script runs on documented hosts only; its files are exposed to those sites only', () => {
    const hosts = new Set(documented('Host permissions'));
    const origins = new Set([...hosts].map(originOf));
    for (const cs of manifest.content_scripts ?? [])
      for (const m of cs.matches ?? []) expect(hosts.has(m), `content script on ${m}`).toBe(true);
    for (const war of manifest.web_accessible_resources ?? []) {
      expect(war.extension_ids ?? [], 'exposed to other extensions').toEqual([]);
      for (const m of war.matches ?? [])
        expect(origins.has(originOf(m)) && m.endsWith('/*'), `exposed to ${m}`).toBe(true);
    }
  });

  it('no web page or other extension can message the extension, and no page is sandboxed', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });
});

describe('the extension pages have a strict content security policy', () => {
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  const csp = directives(policy);

  /** Forwarding's endpoint is a setting: HTTPS anywhere, plain HTTP to loopback only (docs/forwarding.md). */
  const FORWARDING = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'];

  it('scripts from the package only; no plugins, no base URL; connections for forwarding only', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", ...FORWARDING]);
  });

  it("allows nothing beyond 'self' in any directive but forwarding's connections, and is the one documented", () => {
    for (const [name, sources] of csp)
      for (const s of sources)
        expect(["'self'", "'none'", ...(name === 'connect-src' ? FORWARDING : [])], `${name} ${s}`).toContain(s);
    const shown = doc.match(/## Content security policy of the extension pages\n+```\n(.+)\n```/)?.[1];
    expect(shown).toBe(policy);
  });
});

describe('the build runs only its own code', () => {
  const files = filesOf(DIST);
  const scripts = files.filter((f) => /\.m?js$/.test(f));

  it('has scripts to scan', () => {
    expect(scripts.length).toBeGreaterThan(3);
  });

  it('no file evaluates text as code or imports a script from the network', () => {
    const found: string[] = [];
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      const allowed = ALLOWED.map((a) => [text.indexOf(a), a.length] as const).filter(([at]) => at >= 0);
      for (const [what, re] of FORBIDDEN)
        for (const m of text.matchAll(re)) {
          if (allowed.some(([at, len]) => m.index >= at && m.index < at + len)) continue;
          const line = text.slice(0, m.index).split('\n').length;
          found.push(`${path.relative(DIST, file)}:${line}: ${what}: ${m[0]}`);
        }
    }
    expect(found).toEqual([]);
  });

  it('no page loads a script from the network, or has an inline one', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
        const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1];
        if (!src || /^(?:https?:)?\/\//i.test(src)) found.push(`${path.relative(DIST, file)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    const hits = (code: string) => FORBIDDEN.filter(([, re]) => [...code.matchAll(re)].length > 0).map(([w]) => w);
    expect(hits('x = eval ("1")')).toEqual(['eval(']);
    expect(hits('const F = Function; new F("x")')).toEqual(['Function under another name']);
    expect(hits('return new Function("a", b)')).toEqual(['new Function(']);
    expect(hits('await import("https://cdn.example/x.js")')).toEqual(['a remote import', 'a remote script URL']);
    expect(hits('s.src = "//cdn.example/lib.js?v=2"')).toEqual(['a remote script URL']);
    expect(hits('importScripts("a.js")')).toEqual(['importScripts']);
    expect(hits('retrieval(x); obj.eval(y); "http://www.w3.org/2000/svg"')).toEqual([]);
  });
});
