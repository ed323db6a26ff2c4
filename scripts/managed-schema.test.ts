import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SettingsSchema } from '../src/common/settings';
import {
  DOC_FILE,
  extensionIdOf,
  generated,
  managedSchema,
  NOT_POLICY,
  policyDoc,
  ROOT,
  SCHEMA_FILE,
  schemaProblems,
  settingsJsonSchema,
  walk,
  type PolicyNode,
} from './managed-schema';

const committed = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const schema = JSON.parse(committed(SCHEMA_FILE)) as PolicyNode;

/** Every path of a Chromium schema, as walk() names them. */
function policyPaths(node: PolicyNode, at = ''): string[] {
  const out: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const here = at ? `${at}.${key}` : key;
    out.push(here, ...policyPaths(child, here));
  }
  if (node.items?.type === 'object') out.push(`${at}[]`, ...policyPaths(node.items, `${at}[]`));
  return out;
}

describe('public/managed_schema.json', () => {
  it('declares every settings key but the storage version', () => {
    const missing = Object.keys(SettingsSchema.shape).filter((k) => !NOT_POLICY.has(k) && !schema.properties?.[k]);
    expect(missing).toEqual([]);
    expect(Object.keys(schema.properties ?? {})).not.toContain('version');
  });

  it('declares every field down to its leaves, so Chromium drops none of a class', () => {
    const fromZod = [...walk(settingsJsonSchema())].map(([at]) => at);
    expect(policyPaths(schema)).toEqual(fromZod);
    // The defect this file once had: classes' items were bare objects and arrived as {}.
    const roster = schema.properties?.['classes']?.items?.properties?.['roster']?.items?.properties;
    expect(Object.keys(roster ?? {})).toEqual(['name', 'aliases']);
  });

  it('gives every entry a title and a description, and every key an example the extension reads whole', () => {
    expect(schemaProblems()).toEqual([]);
    for (const at of policyPaths(schema)) {
      const node = at
        .split(/\.|(?=\[\])/)
        .reduce<PolicyNode | undefined>((n, k) => (k === '[]' ? n?.items : n?.properties?.[k]), schema);
      expect(node?.title, at).toBeTruthy();
      expect(node?.description, at).toBeTruthy();
    }
  });

  it('uses only what Chromium’s policy schema accepts', () => {
    const allowed = new Set(['type', 'title', 'description', 'properties', 'items', 'enum']);
    const visit = (n: PolicyNode): void => {
      for (const k of Object.keys(n)) expect(allowed, k).toContain(k);
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(n.type);
      Object.values(n.properties ?? {}).forEach(visit);
      if (n.items) visit(n.items);
    };
    visit(schema);
  });

  it('is the one generated from the settings schema, as is docs/policy.md (npm run managed-schema)', () => {
    for (const [rel, text] of generated()) expect(committed(rel), `${rel} is stale`).toBe(text);
    execFileSync('npx', ['tsx', 'scripts/managed-schema.ts', '--check'], { cwd: ROOT, stdio: 'pipe' });
  });
});

describe('the checks themselves', () => {
  const js = (s: z.ZodType) => settingsJsonSchema(s);

  it('find a key without a title or description, and one without an example', () => {
    const bare = z.object({
      described: z
        .boolean()
        .default(false)
        .meta({ title: 'T', description: 'D', examples: [true] }),
      nested: z.object({ leaf: z.string() }).meta({ title: 'N', description: 'N', examples: [{ leaf: 'x' }] }),
    });
    expect(schemaProblems(js(bare))).toEqual(['nested.leaf: no title', 'nested.leaf: no description']);
    const noExample = z.object({ language: z.string().meta({ title: 'L', description: 'L' }) });
    expect(schemaProblems(js(noExample))).toEqual(['language: no example']);
  });

  it('refuse what Chromium cannot express instead of writing a schema that loses it', () => {
    expect(() => managedSchema(js(z.object({ a: z.union([z.string(), z.number()]) })))).toThrow(/a: /);
    expect(() => managedSchema(js(z.object({ a: z.record(z.string(), z.string()) })))).toThrow(/a: /);
  });
});

describe('docs/policy.md', () => {
  it('has a section for every policy key, with its type, default and an example', () => {
    const doc = committed(DOC_FILE);
    for (const key of Object.keys(schema.properties ?? {})) {
      const section = doc.split(/^## /m).find((s) => s.startsWith(`\`${key}\``));
      expect(section, key).toBeDefined();
      expect(section).toMatch(/^- Type: /m);
      expect(section).toMatch(/^- Default: /m);
      expect(section).toContain(`"${key}":`);
    }
    expect(policyDoc()).toBe(doc);
  });
});

describe('the extension id', () => {
  it('the manifest’s key gives the id docs/deploy.md tells IT to use', () => {
    const { key } = JSON.parse(committed('manifest.json')) as { key: string };
    const id = extensionIdOf(Buffer.from(key, 'base64'));
    expect(id).toMatch(/^[a-p]{32}$/);
    const deploy = committed('docs/deploy.md');
    expect(deploy).toContain(`\n${id}\n`);
    // No other id slipped into the examples.
    expect(new Set(deploy.match(/\b[a-p]{32}\b/g))).toEqual(new Set([id]));
  });
});
