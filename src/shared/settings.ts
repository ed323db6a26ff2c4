/**
 * Settings: one zod schema is the source of truth for the user's settings, their defaults and the
 * keys school IT may set through managed policy. Precedence: managed ⊕ user ⊕ defaults.
 */
import { z } from 'zod';
import { classesSchema } from './classes';
import { visibleText } from './visible-text';

export const SETTINGS_VERSION = 1;

export const ChatSettingsSchema = z.object({
  /** Words the teacher wants flagged whatever the classifier thinks. */
  blockedWords: z.array(z.string().max(100)).max(2000).default([]),
  /** Words the teacher marked "not harmful". */
  allowedWords: z.array(z.string().max(100)).max(2000).default([]),
  /** The school's own domains: links to them are not flagged. */
  schoolDomains: z.array(z.string().max(253)).max(200).default([]),
});

export const AlertSettingsSchema = z.object({
  notifications: z.boolean().default(true),
  sound: z.boolean().default(false),
});

export const SettingsSchema = z.object({
  version: z.number().int().default(SETTINGS_VERSION),
  language: z.enum(['auto', 'vi', 'en']).default('auto'),
  /** Classes with their meetings, teachers and rosters (schema in src/shared/classes.ts). */
  classes: classesSchema,
  chat: ChatSettingsSchema.default({ blockedWords: [], allowedWords: [], schoolDomains: [] }),
  alerts: AlertSettingsSchema.default({ notifications: true, sound: false }),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** The layers' names, which begin each of their problems ("managed policy: classes › 2 …"). */
export const POLICY_LAYER = 'managed policy';
export const USER_LAYER = 'user settings';

/** At most this many problems are told; the rest are counted. */
const PROBLEMS_SHOWN = 20;
const LABEL_MAX = 60;

/** "classes › 2 (“Lớp 7A”) › roster › 17": where in a layer, with the name of each named list item on the way. */
function where(root: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const key of path) {
    // lookup-ok: a parse issue's path into this very value
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    const label =
      typeof key === 'number' && node !== null && typeof node === 'object'
        ? (node as { name?: unknown }).name
        : undefined;
    // A name may be a captured display name: its bidi overrides and invisible characters are shown, not obeyed.
    parts.push(
      typeof label === 'string' && label.trim()
        ? `${String(key)} (“${visibleText(label.trim().slice(0, LABEL_MAX))}”)`
        : String(key),
    );
  }
  return parts.join(' › ');
}

/**
 * What of one settings layer can be read, and what could not. Each unreadable part is left out on its
 * own, not the layer with it: a field with a default (one class option) first, then the list item
 * an issue lies in (one roster name, one blocked word, a class without its id), the items of a list
 * past its maximum, else the top-level key. A school's policy with one over-long name in one roster
 * still locks everything else it sets.
 */
export function readableLayer(raw: unknown, name: string): { layer: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { layer: {}, problems };
  let value: Record<string, unknown>;
  try {
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError();
    value = structuredClone(raw) as Record<string, unknown>;
  } catch {
    return { layer: {}, problems: [`${name}: not a settings object: ignored`] };
  }
  let more = 0;
  const tell = (problem: string) => (problems.length < PROBLEMS_SHOWN ? problems.push(`${name}: ${problem}`) : more++);
  /** Fields left out in the hope of their default, by path: where they were and what was wrong. */
  const tried = new Map<string, { at: string; itemAt: string | null; message: string; group: boolean }>();
  // Each pass leaves out what the last one found; a field without a default shows up again and takes its item with it.
  for (let pass = 0; pass < 8; pass++) {
    const r = SettingsSchema.partial().safeParse(value);
    if (r.success) {
      for (const { at, message, group } of tried.values())
        tell(`${at}: left out (${message})${group ? '' : ': its default applies'}`);
      if (more > 0) problems.push(`${name}: ${more} more problems like these`);
      // lookup-ok: the schema's own keys
      return { layer: Object.fromEntries(Object.entries(r.data).filter(([k]) => k in value)), problems };
    }
    const dropItems = new Map<unknown[], Set<number>>();
    const dropKeys = new Set<string>();
    for (const issue of r.error.issues) {
      const path = issue.path;
      const pathKey = path.map(String).join('\u0000');
      const before = tried.get(pathKey);
      const message = before?.message ?? issue.message;
      // Down the path to the value at fault, noting its parent and the last list item on the way.
      let parent: unknown = null;
      let node: unknown = value;
      let item: { list: unknown[]; index: number; depth: number } | null = null;
      for (let depth = 0; depth < path.length && node !== null && typeof node === 'object'; depth++) {
        const key = path[depth]!;
        if (Array.isArray(node) && typeof key === 'number') item = { list: node, index: key, depth };
        parent = node;
        // lookup-ok: a parse issue's path into this very value
        node = (node as Record<PropertyKey, unknown>)[key];
      }
      const leaf = path[path.length - 1];
      if (issue.code === 'too_big' && Array.isArray(node) && typeof issue.maximum === 'number') {
        const max = Number(issue.maximum);
        tell(`${where(value, path)}: ${node.length} items, the first ${max} read, the rest left out`);
        node.length = max;
      } else if (
        // lookup-ok: the leaf of a parse issue's path (also in the lines below)
        !before &&
        path.length > 1 &&
        typeof leaf === 'string' &&
        parent !== null &&
        typeof parent === 'object' &&
        !Array.isArray(parent) &&
        leaf in parent
      ) {
        const entry = {
          at: where(value, path),
          itemAt: item ? where(value, path.slice(0, item.depth + 1)) : null,
          message,
          group: false,
        };
        tried.set(pathKey, entry);
        delete (parent as Record<string, unknown>)[leaf]; // lookup-ok: as above
        // A top-level group left with nothing (a policy's alerts whose one field was wrong) sets nothing.
        if (path.length === 2 && Object.keys(parent).length === 0) {
          delete value[String(path[0])]; // lookup-ok: as above
          entry.group = true;
        }
      } else if (item) {
        tried.delete(pathKey);
        const at = dropItems.get(item.list) ?? new Set<number>();
        const field = path
          .slice(item.depth + 1)
          .map(String)
          .join(' › ');
        if (!at.has(item.index))
          tell(
            `${before?.itemAt ?? where(value, path.slice(0, item.depth + 1))}: left out (${field ? `${field}: ` : ''}${message})`,
          );
        at.add(item.index);
        dropItems.set(item.list, at);
      } else {
        tried.delete(pathKey);
        const key = String(path[0] ?? '');
        if (!key) return { layer: {}, problems: [...problems, `${name}: ${message}: ignored`] };
        if (!dropKeys.has(key)) tell(`${before?.at ?? where(value, path)}: left out (${message})`);
        dropKeys.add(key);
      }
    }
    // Highest index first, so the lower ones still point at their items.
    for (const [list, at] of dropItems) for (const i of [...at].sort((a, b) => b - a)) list.splice(i, 1);
    for (const key of dropKeys) delete value[key]; // lookup-ok: keys of parse issues
  }
  return { layer: {}, problems: [...problems, `${name}: could not be read: ignored`] };
}

/** Merges layers key by key (managed wins), keeping only what the schema knows; what a layer holds that cannot be read is left out with a problem, the rest applies. */
export function effectiveSettings(
  user: unknown,
  managed: unknown,
): { settings: Settings; locked: string[]; problems: string[] } {
  const u = readableLayer(user, USER_LAYER);
  const m = readableLayer(managed, POLICY_LAYER);
  const settings = SettingsSchema.parse({ ...u.layer, ...m.layer });
  return { settings, locked: Object.keys(m.layer), problems: [...m.problems, ...u.problems] };
}
