import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from './tokens';

const css = readFileSync(new URL('../../ui/components/tokens.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` block after `from` in tokens.css. */
function rootTokens(from: number): Map<string, string> {
  const start = css.indexOf(':root {', from);
  const body = css.slice(start, css.indexOf('}', start));
  const out = new Map<string, string>();
  for (const m of body.matchAll(/(--cg-[\w-]+):\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

describe('the panel’s tokens', () => {
  it('are the pages’ tokens, light and dark', () => {
    const light = rootTokens(0);
    const dark = rootTokens(css.indexOf('prefers-color-scheme: dark'));
    expect(light.size).toBeGreaterThan(20);
    for (const [k, v] of LIGHT) expect([k, light.get(k)]).toEqual([k, v]);
    for (const [k, v] of DARK) expect([k, dark.get(k)]).toEqual([k, v]);
  });
});
