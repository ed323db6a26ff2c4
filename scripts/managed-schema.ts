/**
 * Writes `public/managed_schema.json` (the managed-storage schema Chromium filters policy with) and
 * `docs/policy.md` (its reference for school IT) from the zod settings schema, so that a setting
 * added there is a policy at once. `--check` writes nothing and fails when either file differs.
 *
 * Chromium drops every property of a policy value that the schema does not declare: a class declared
 * as a bare object arrives as `{}`. So every object is declared down to its leaves. Limits (lengths,
 * ranges, counts) stay out of the Chromium schema: Chromium would drop an out-of-range value without
 * a word, while the extension leaves it out itself and tells the teacher and IT which and why.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readableLayer, SettingsSchema } from '../src/common/settings';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SCHEMA_FILE = 'public/managed_schema.json';
export const DOC_FILE = 'docs/policy.md';

/** Keys of the stored settings that are not settings: the storage format's version is the extension's own. */
export const NOT_POLICY: ReadonlySet<string> = new Set(['version']);

/** What zod's JSON Schema export gives for our schemas (the parts read here). */
export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: (string | number)[];
  default?: unknown;
  examples?: unknown[];
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  [other: string]: unknown;
}

/** A node of Chromium's policy schema: the subset of JSON Schema it accepts in an extension. */
export interface PolicyNode {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, PolicyNode>;
  items?: PolicyNode;
  enum?: (string | number)[];
}

const TYPES: ReadonlySet<string> = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);
/** Attributes zod writes that carry nothing Chromium should enforce (see the comment at the top). */
const DROPPED: ReadonlySet<string> = new Set([
  'default',
  'examples',
  'required',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'additionalProperties',
]);
const KEPT: ReadonlySet<string> = new Set(['type', 'title', 'description', 'properties', 'items', 'enum']);

/** The settings as JSON Schema, without the keys policy cannot set. */
export function settingsJsonSchema(schema: z.ZodType = SettingsSchema): JsonSchema {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as JsonSchema;
  const properties = Object.fromEntries(Object.entries(js.properties ?? {}).filter(([k]) => !NOT_POLICY.has(k)));
  return { type: 'object', properties };
}

/** Chromium's schema of one node, typed to its leaves; throws on what Chromium's subset cannot say. */
export function policyNode(js: JsonSchema, at = '(top)'): PolicyNode {
  for (const key of Object.keys(js))
    if (!KEPT.has(key) && !DROPPED.has(key))
      throw new Error(`${at}: “${key}” cannot be expressed in Chromium's policy schema`);
  const type = js.type;
  if (type === undefined || !TYPES.has(type)) throw new Error(`${at}: no single type Chromium knows (${String(type)})`);
  const node: PolicyNode = { type: type as PolicyNode['type'] };
  if (js.title !== undefined) node.title = js.title;
  if (js.description !== undefined) node.description = js.description;
  if (js.enum) node.enum = js.enum;
  if (type === 'object') {
    if (!js.properties || Object.keys(js.properties).length === 0)
      throw new Error(`${at}: an object without properties arrives empty from Chromium`);
    node.properties = Object.fromEntries(
      Object.entries(js.properties).map(([k, v]) => [k, policyNode(v, at === '(top)' ? k : `${at}.${k}`)]),
    );
  }
  if (type === 'array') {
    if (!js.items) throw new Error(`${at}: an array without items`);
    node.items = policyNode(js.items, `${at}[]`);
  }
  return node;
}

/** The managed-storage schema for the manifest's `storage.managed_schema`. */
export function managedSchema(js: JsonSchema = settingsJsonSchema()): PolicyNode {
  return policyNode(js);
}

/** Every property, and every object an array holds, with its path ("classes[].roster[].name"). */
export function* walk(js: JsonSchema, at = ''): Generator<[string, JsonSchema]> {
  for (const [key, child] of Object.entries(js.properties ?? {})) {
    const here = at ? `${at}.${key}` : key;
    yield [here, child];
    yield* walk(child, here);
  }
  if (js.items?.type === 'object') {
    yield [`${at}[]`, js.items];
    yield* walk(js.items, `${at}[]`);
  }
}

/** What makes the schema unfit for IT: entries without a title or description, top-level keys without an example that reads whole. */
export function schemaProblems(js: JsonSchema = settingsJsonSchema()): string[] {
  const problems: string[] = [];
  for (const [at, node] of walk(js)) {
    if (!node.title?.trim()) problems.push(`${at}: no title`);
    if (!node.description?.trim()) problems.push(`${at}: no description`);
  }
  for (const [key, node] of Object.entries(js.properties ?? {})) {
    if (!node.examples?.length) problems.push(`${key}: no example`);
    else {
      const read = readableLayer({ [key]: node.examples[0] }, 'example');
      problems.push(...read.problems.map((p) => `${key}: ${p}`));
    }
  }
  return problems;
}

const code = (v: unknown) => `\`${JSON.stringify(v)}\``;
// Markdown table cells: a pipe would end the cell.
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const SAFE = Number.MAX_SAFE_INTEGER;

function typeOf(js: JsonSchema): string {
  if (js.enum) return `${js.type ?? 'string'}: one of ${js.enum.map((v) => code(v)).join(', ')}`;
  if (js.type === 'array') {
    const items = js.items ?? {};
    return items.type === 'object' ? `array of objects (${items.title ?? 'object'})` : `array of ${items.type}s`;
  }
  return js.type ?? '?';
}

function limitsOf(js: JsonSchema): string {
  const limits: string[] = [];
  if (js.minLength !== undefined && js.maxLength !== undefined)
    limits.push(`${js.minLength}–${js.maxLength} characters`);
  else if (js.maxLength !== undefined) limits.push(`at most ${js.maxLength} characters`);
  if (js.minimum !== undefined && js.minimum > -SAFE && js.maximum !== undefined && js.maximum < SAFE)
    limits.push(`${js.minimum}–${js.maximum}`);
  if (js.maxItems !== undefined) limits.push(`at most ${js.maxItems} items`);
  const item = js.items && js.items.type !== 'object' ? limitsOf(js.items) : '';
  if (item) limits.push(`each ${item}`);
  return limits.join(', ');
}

function defaultOf(js: JsonSchema, required: boolean): string {
  if (js.type === 'object' && js.properties) return 'each field’s default';
  if (js.default !== undefined) return code(js.default);
  return required ? 'required' : '—';
}

/** The fields below one top-level key, one table row each. */
function fieldRows(key: string, js: JsonSchema): string[] {
  const rows: string[] = [];
  const requiredAt = new Map<string, Set<string>>();
  const note = (at: string, node: JsonSchema) => requiredAt.set(at, new Set(node.required ?? []));
  note(key, js);
  if (js.items) note(`${key}[]`, js.items);
  for (const [at, node] of walk(js, key)) {
    if (at.endsWith('[]')) {
      note(at, node);
      continue;
    }
    const parent = at.slice(0, at.lastIndexOf('.'));
    const leaf = at.slice(at.lastIndexOf('.') + 1);
    const required = requiredAt.get(parent)?.has(leaf) ?? false;
    note(at, node);
    if (node.items) note(`${at}[]`, node.items);
    rows.push(
      `| \`${at}\` | ${cell(typeOf(node))} | ${cell(defaultOf(node, required))} | ${cell(limitsOf(node))} | ${cell(`**${node.title ?? ''}.** ${node.description ?? ''}`)} |`,
    );
  }
  return rows;
}

function keySection(key: string, js: JsonSchema): string[] {
  const lines = [`## \`${key}\`: ${js.title ?? ''}`, '', js.description ?? '', ''];
  lines.push(`- Type: ${typeOf(js)}`);
  lines.push(`- Default: ${defaultOf(js, false)}`);
  const limits = limitsOf(js);
  if (limits) lines.push(`- Limits: ${limits}`);
  lines.push('', 'Example:', '', '```json', JSON.stringify({ [key]: js.examples?.[0] }, null, 2), '```', '');
  const rows = fieldRows(key, js);
  if (rows.length)
    lines.push(
      'Fields:',
      '',
      '| Field | Type | Default | Limits | Description |',
      '|---|---|---|---|---|',
      ...rows,
      '',
    );
  return lines;
}

/** docs/policy.md: one section per key, then a complete policy of all the examples. */
export function policyDoc(js: JsonSchema = settingsJsonSchema()): string {
  const keys = Object.entries(js.properties ?? {});
  const all = Object.fromEntries(keys.map(([k, v]) => [k, v.examples?.[0]]));
  const lines = [
    '# Policy reference',
    '',
    '<!-- Generated by `npm run managed-schema` from src/common/settings.ts and src/common/classes.ts: edit those. -->',
    '',
    'Every setting of Class Guard can be set by school IT through managed browser policy (the',
    '`3rdparty` → `extensions` → extension id policy; how to deploy it: `deploy.md`). The keys below are',
    'declared in `managed_schema.json`, which the browser uses to filter the policy: a key or field not',
    'declared there never reaches the extension.',
    '',
    '- **Precedence**: a key set by policy wins over the user’s own setting, which wins over the default.',
    '- **Locked**: a top-level key set by policy is locked as a whole: the settings page shows it disabled,',
    '  with the reason, and the teacher cannot change it. Keys the policy does not set stay the user’s.',
    '- **Live**: a policy change applies without a restart, when the browser next reads its policies.',
    '- **Read part by part**: a value out of its limits (one over-long roster name, one class without an',
    '  id, an option out of range) is left out on its own, and the settings page lists what was left out',
    '  and why; an option left out takes its default. Everything else the policy sets still applies.',
    '',
    ...keys.flatMap(([k, v]) => keySection(k, v)),
    '## A complete policy',
    '',
    'All the examples above together, as the value of the extension’s policy:',
    '',
    '```json',
    JSON.stringify(all, null, 2),
    '```',
    '',
  ];
  return lines.join('\n');
}

/** The id Chromium gives an extension with this public key (DER): its SHA-256's first 32 hex digits, written a–p. */
export function extensionIdOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The generated files by path, relative to the repository. */
export function generated(): Map<string, string> {
  const js = settingsJsonSchema();
  return new Map([
    [SCHEMA_FILE, `${JSON.stringify(managedSchema(js), null, 2)}\n`],
    [DOC_FILE, policyDoc(js)],
  ]);
}

function main(check: boolean): number {
  const problems = schemaProblems();
  for (const p of problems) console.error(`settings schema: ${p}`);
  let stale = 0;
  for (const [rel, text] of generated()) {
    const file = path.join(ROOT, rel);
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      // Missing: stale.
    }
    if (current === text) continue;
    if (check) {
      stale++;
      console.error(`${rel} differs from the settings schema: run npm run managed-schema`);
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${rel}`);
    }
  }
  return problems.length > 0 || stale > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename))
  process.exitCode = main(process.argv.includes('--check'));
